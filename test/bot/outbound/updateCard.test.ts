import type { ConversationReference } from 'botbuilder';
import { sendToPerson } from '../../../bot/outbound/sendToPerson';
import { updateActivity, updateCardForPerson } from '../../../bot/outbound/updateCard';
import type { AdaptiveCard } from '../../../cards/adaptiveCard';
import { conversationRepository } from '../../../services/conversations/conversationRepository';
import { staffProfile } from '../../support/people';
import { startOutbound, type OutboundHarness } from '../../support/outboundHarness';

// Issue 13 item 7: a card sent earlier (an approval card) is replaced once someone decides.

const cardSaying = (text: string): AdaptiveCard => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [{ type: 'TextBlock', text, wrap: true }],
});

describe('replacing a card sent outside a turn', () => {
  let harness: OutboundHarness;
  const mark = 'aad-mark';

  beforeAll(async () => {
    harness = await startOutbound('outbound_update');
    await harness.services.database.collections.people.insertOne(staffProfile(mark, { name: 'Mark Evans' }));
    await harness.storeChat(mark);
  });
  afterAll(() => harness.stop());
  beforeEach(() => {
    harness.connector.answerWith(undefined);
    harness.connector.requests.length = 0;
    harness.sleeps.length = 0;
  });

  const updates = () => harness.connector.requests.filter((request) => request.method === 'PUT');

  it('replaces the card in place, in the person’s chat, by the id sending gave', async () => {
    const sent = await sendToPerson(harness.services, mark, { card: cardSaying('Approve Priya for IS02?') });
    if (!sent.ok || !sent.activityId) throw new Error('not sent');

    const result = await updateCardForPerson(harness.services, mark, sent.activityId, cardSaying('Approved'));

    expect(result).toEqual({ ok: true, activityId: sent.activityId, conversationId: sent.conversationId });
    expect(updates()).toHaveLength(1);
    expect(updates()[0]!.path).toBe(`/v3/conversations/${sent.conversationId}/activities/${sent.activityId}`);
    expect(updates()[0]!.body).toMatchObject({
      type: 'message',
      id: sent.activityId,
      attachments: [
        { contentType: 'application/vnd.microsoft.card.adaptive', content: cardSaying('Approved') },
      ],
    });
  });

  it('retries a throttled update as it retries a send', async () => {
    let throttled = false;
    harness.connector.answerWith((request) =>
      request.method === 'PUT' && !throttled && (throttled = true)
        ? { status: 429, headers: { 'Retry-After': '2' } }
        : undefined,
    );

    const result = await updateCardForPerson(harness.services, mark, 'activity-1', cardSaying('Declined'));

    expect(result.ok).toBe(true);
    expect(harness.sleeps).toEqual([2_000]);
    expect(updates()).toHaveLength(2);
  });

  it('updates a card in any stored conversation given its reference', async () => {
    const stored = await conversationRepository(harness.services.database.collections).findPersonal(mark);
    const reference = stored!.reference as Partial<ConversationReference>;

    const result = await updateActivity(
      harness.services,
      reference,
      'activity-2',
      cardSaying('Session moved'),
    );

    expect(result).toEqual({ ok: true, activityId: 'activity-2', conversationId: stored!._id });
    expect(updates()[0]!.path).toBe(`/v3/conversations/${stored!._id}/activities/activity-2`);
  });

  it('reports a person with no stored chat as unreachable, and a refused update as failed', async () => {
    expect(await updateCardForPerson(harness.services, 'aad-nobody', 'a', cardSaying('x'))).toEqual({
      ok: false,
      reason: 'unreachable',
    });
    harness.connector.answerWith(() => ({ status: 400 }));
    expect(await updateCardForPerson(harness.services, mark, 'a', cardSaying('x'))).toEqual({
      ok: false,
      reason: 'failed',
    });
    expect(updates()).toHaveLength(1);
  });
});
