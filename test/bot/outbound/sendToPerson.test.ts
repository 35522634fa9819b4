import { sendToPerson } from '../../../bot/outbound/sendToPerson';
import type { AdaptiveCard } from '../../../cards/adaptiveCard';
import { conversationRepository } from '../../../services/conversations/conversationRepository';
import { listUnreachable, markUnreachable } from '../../../services/people/reachability';
import { staffProfile } from '../../support/people';
import { BOT_ACCOUNT, NOW, startOutbound, TENANT, type OutboundHarness } from '../../support/outboundHarness';

// Issue 13 item 7: one outbound module for proactive messages, through the real CloudAdapter and a stand-in Bot
// Connector that answers as Teams does when it throttles, fails or refuses.

const card: AdaptiveCard = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Approve Priya for IS02?', wrap: true }],
};

let person = 0;
/** A fresh person on the roster for each test, so what one test stores never helps another. */
async function newPerson(harness: OutboundHarness): Promise<string> {
  const id = `aad-person-${++person}`;
  await harness.services.database.collections.people.insertOne(
    staffProfile(id, { name: `Person ${person}` }),
  );
  return id;
}

/** Answers the first `times` requests that match with `status` (and headers), then as usual. */
function failFirst(
  harness: OutboundHarness,
  times: number,
  status: number,
  headers: Record<string, string> = {},
) {
  let failed = 0;
  harness.connector.answerWith((request) =>
    request.method !== 'GET' && failed++ < times ? { status, headers } : undefined,
  );
}

describe('sending to a person outside a turn', () => {
  let harness: OutboundHarness;

  beforeAll(async () => {
    harness = await startOutbound('outbound_send');
  });
  afterAll(() => harness.stop());
  beforeEach(() => {
    harness.connector.answerWith(undefined);
    harness.connector.requests.length = 0;
    harness.sleeps.length = 0;
    harness.logs.length = 0;
  });

  it('sends through the stored conversation reference', async () => {
    const id = await newPerson(harness);
    const conversationId = await harness.storeChat(id);

    const result = await sendToPerson(harness.services, id, { text: 'Your place on IS02 is confirmed.' });

    expect(result).toEqual({ ok: true, activityId: expect.any(String), conversationId });
    expect(harness.creates()).toHaveLength(0);
    expect(harness.sends()).toHaveLength(1);
    expect(harness.sends()[0]!.path).toMatch(`/v3/conversations/${conversationId}/activities`);
    expect(harness.sends()[0]!.body).toMatchObject({
      type: 'message',
      text: 'Your place on IS02 is confirmed.',
    });
  });

  it('sends a card with its line in one message', async () => {
    const id = await newPerson(harness);
    await harness.storeChat(id);

    const result = await sendToPerson(harness.services, id, { text: 'Please decide:', card });

    expect(result.ok).toBe(true);
    expect(harness.sends()).toHaveLength(1);
    expect(harness.sends()[0]!.body).toMatchObject({
      text: 'Please decide:',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    });
  });

  it('starts a chat through the connector for someone the bot never talked to, stores it, and reuses it next time', async () => {
    await harness.storeChat(await newPerson(harness)); // someone else's chat tells where Teams is
    const id = await newPerson(harness);

    const first = await sendToPerson(harness.services, id, { text: 'Mark asks you to book IS02.' });

    expect(first).toEqual({
      ok: true,
      activityId: expect.any(String),
      conversationId: `personal-created-${id}`,
    });
    expect(harness.creates()).toHaveLength(1);
    expect(harness.creates()[0]!.body).toEqual({
      isGroup: false,
      bot: BOT_ACCOUNT,
      members: [{ id }],
      tenantId: TENANT,
      channelData: { tenant: { id: TENANT } },
    });
    expect(harness.sends()).toHaveLength(1);
    expect(harness.sends()[0]!.path).toMatch(`/v3/conversations/personal-created-${id}/activities`);
    const stored = await conversationRepository(harness.services.database.collections).findPersonal(id);
    expect(stored).toMatchObject({
      _id: `personal-created-${id}`,
      conversationType: 'personal',
      tenantId: TENANT,
      reference: { serviceUrl: harness.connector.url, conversation: { id: `personal-created-${id}` } },
    });

    const second = await sendToPerson(harness.services, id, { text: 'A reminder.' });

    expect(second).toMatchObject({ ok: true, conversationId: `personal-created-${id}` });
    expect(harness.creates()).toHaveLength(1);
    expect(harness.sends()).toHaveLength(2);
  });

  it('matches a person whatever the case of their id, as the conversation store keeps it in lower case', async () => {
    const id = await newPerson(harness);
    await harness.storeChat(id);

    const result = await sendToPerson(harness.services, id.toUpperCase(), { text: 'Hello' });

    expect(result.ok).toBe(true);
    expect(harness.creates()).toHaveLength(0);
  });

  it('waits as a 429 Retry-After in seconds asks, then delivers once', async () => {
    const id = await newPerson(harness);
    await harness.storeChat(id);
    failFirst(harness, 1, 429, { 'Retry-After': '7' });

    const result = await sendToPerson(harness.services, id, { text: 'Throttled once' });

    expect(result.ok).toBe(true);
    expect(harness.sleeps).toEqual([7_000]);
    expect(harness.sends()).toHaveLength(2);
    expect(harness.connector.received.filter((activity) => activity.text === 'Throttled once')).toHaveLength(
      1,
    );
  });

  it('reads a Retry-After given as an HTTP date', async () => {
    const id = await newPerson(harness);
    await harness.storeChat(id);
    failFirst(harness, 1, 429, { 'Retry-After': new Date(NOW.getTime() + 3_000).toUTCString() });

    const result = await sendToPerson(harness.services, id, { text: 'Throttled till a date' });

    expect(result.ok).toBe(true);
    expect(harness.sleeps).toEqual([3_000]);
  });

  it('retries 503 twice with jittered exponential back-off, then delivers (the SDK adds no retries of its own)', async () => {
    const id = await newPerson(harness);
    await harness.storeChat(id);
    failFirst(harness, 2, 503);

    const result = await sendToPerson(harness.services, id, { text: 'After two 503s' });

    expect(result.ok).toBe(true);
    // Half to all of 1 s, then of 2 s; the test's random() is 0.5.
    expect(harness.sleeps).toEqual([750, 1_500]);
    expect(harness.sends()).toHaveLength(3);
  });

  it.each([412, 502, 504])('retries %i as Teams asks', async (status) => {
    const id = await newPerson(harness);
    await harness.storeChat(id);
    failFirst(harness, 1, status);

    const result = await sendToPerson(harness.services, id, { text: `After a ${status}` });

    expect(result.ok).toBe(true);
    expect(harness.sends()).toHaveLength(2);
  });

  it('does not retry a 400: the same message would be refused again', async () => {
    const id = await newPerson(harness);
    await harness.storeChat(id);
    failFirst(harness, 1, 400);

    const result = await sendToPerson(harness.services, id, { text: 'Malformed' });

    expect(result).toEqual({ ok: false, reason: 'failed' });
    expect(harness.sends()).toHaveLength(1);
    expect(harness.sleeps).toEqual([]);
    expect(
      (await harness.services.database.collections.people.findOne({ _id: id }))?.unreachable,
    ).toBeUndefined();
  });

  it('gives up after 5 attempts, reports failed and logs the failure once', async () => {
    const id = await newPerson(harness);
    await harness.storeChat(id);
    failFirst(harness, 100, 503);

    const result = await sendToPerson(harness.services, id, { text: 'Never arrives' });

    expect(result).toEqual({ ok: false, reason: 'failed' });
    expect(harness.sends()).toHaveLength(5);
    expect(harness.sleeps).toEqual([750, 1_500, 3_000, 6_000]);
    const warnings = harness.logs.filter((line) => line.level === 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ person: id, reason: 'failed', status: 503, attempts: 5 });
  });

  it('does not wait for a Retry-After longer than a minute: reports failed at once', async () => {
    const id = await newPerson(harness);
    await harness.storeChat(id);
    failFirst(harness, 1, 429, { 'Retry-After': '3600' });

    const result = await sendToPerson(harness.services, id, { text: 'Come back in an hour' });

    expect(result).toEqual({ ok: false, reason: 'failed' });
    expect(harness.sleeps).toEqual([]);
  });

  it('retries when the connector cannot be reached at all', async () => {
    const id = await newPerson(harness);
    await harness.storeChat(id, NOW, 'http://127.0.0.1:9/'); // nothing listens on the discard port

    const result = await sendToPerson(harness.services, id, { text: 'Nobody home' });

    expect(result).toEqual({ ok: false, reason: 'failed' });
    expect(harness.sleeps).toHaveLength(4);
  });

  it('records a person Teams refuses (403 on creating the chat) as unreachable, without throwing', async () => {
    await harness.storeChat(await newPerson(harness));
    const id = await newPerson(harness);
    harness.connector.answerWith((request) =>
      request.path.endsWith('/v3/conversations')
        ? { status: 403, body: { error: { code: 'BotNotInConversationRoster', message: 'not installed' } } }
        : undefined,
    );

    const result = await sendToPerson(harness.services, id, { text: 'Unheard' });

    expect(result).toEqual({ ok: false, reason: 'unreachable' });
    expect(harness.creates()).toHaveLength(1);
    expect(harness.sends()).toHaveLength(0);
    expect(harness.sleeps).toEqual([]);
    const profile = await harness.services.database.collections.people.findOne({ _id: id });
    expect(profile?.unreachable).toEqual({ at: NOW, reason: '403 BotNotInConversationRoster' });
    expect((await listUnreachable(harness.services.database.collections)).map((p) => p._id)).toContain(id);
    expect(await conversationRepository(harness.services.database.collections).findPersonal(id)).toBeNull();
    expect(harness.logs.filter((line) => line.level === 40)).toHaveLength(1);
  });

  it('records a person as unreachable when their stored chat is refused (404)', async () => {
    const id = await newPerson(harness);
    await harness.storeChat(id);
    failFirst(harness, 1, 404);

    const result = await sendToPerson(harness.services, id, { text: 'Gone' });

    expect(result).toEqual({ ok: false, reason: 'unreachable' });
    expect(
      (await harness.services.database.collections.people.findOne({ _id: id }))?.unreachable,
    ).toMatchObject({
      reason: '404 StandIn',
    });
  });

  it('clears the unreachable mark when a later message reaches the person', async () => {
    const id = await newPerson(harness);
    await harness.storeChat(id);
    await markUnreachable(harness.services.database.collections, id, '403 ConversationBlockedByUser', NOW);

    const result = await sendToPerson(harness.services, id, { text: 'Back in touch' });

    expect(result.ok).toBe(true);
    expect(
      (await harness.services.database.collections.people.findOne({ _id: id }))?.unreachable,
    ).toBeUndefined();
  });
});

describe('knowing where Teams is before anyone has chatted', () => {
  it('reports no-outbound and sends nothing when no conversation is stored and nothing is configured', async () => {
    const harness = await startOutbound('outbound_nowhere');
    try {
      const result = await sendToPerson(harness.services, 'aad-nobody', { text: 'Hello?' });

      expect(result).toEqual({ ok: false, reason: 'no-outbound' });
      expect(harness.connector.requests).toHaveLength(0);
    } finally {
      await harness.stop();
    }
  });

  it('uses the configured tenant and Bot Connector address', async () => {
    const tenantId = '0f0f0f0f-0000-4000-8000-000000000000';
    const harness = await startOutbound('outbound_configured', {
      teams: (connectorUrl) => ({ tenantId, serviceUrl: connectorUrl }),
    });
    try {
      const result = await sendToPerson(harness.services, 'aad-first', { text: 'First ever message' });

      expect(result.ok).toBe(true);
      expect(harness.creates()[0]!.body).toMatchObject({
        tenantId,
        channelData: { tenant: { id: tenantId } },
      });
      expect(harness.sends()).toHaveLength(1);
    } finally {
      await harness.stop();
    }
  });

  it('without outbound (a bot built without it) reports no-outbound', async () => {
    const harness = await startOutbound('outbound_none');
    try {
      const result = await sendToPerson({ ...harness.services, outbound: undefined }, 'aad-x', { text: 'x' });

      expect(result).toEqual({ ok: false, reason: 'no-outbound' });
    } finally {
      await harness.stop();
    }
  });
});
