import type { Activity } from 'botbuilder';
import { startTestBot, type TestBot } from '../support/botHarness';

// Issue 12 §8: where to reach a person later is written when it is new or changed, not on every message, and
// bot instances side by side never lose a change another one stored.

const priya = { aadObjectId: 'aad-priya', name: 'Priya Shah' };
const conversationId = 'personal-aad-priya';
const botAccount = { id: '28:training-bot', name: 'IW Training' };
const EMEA = 'https://smba.trafficmanager.net/emea/';
const UK = 'https://smba.trafficmanager.net/uk/';

/** A clock the test moves on: each stored `updatedAt` says which message wrote it. */
function steppingClock() {
  let now = new Date('2026-11-23T09:00:00Z');
  return {
    clock: () => now,
    tick: () => {
      now = new Date(now.getTime() + 60_000);
      return now;
    },
  };
}

function installation(action: 'add' | 'remove', serviceUrl: string): Partial<Activity> {
  return {
    type: 'installationUpdate',
    action,
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:${priya.aadObjectId}`, aadObjectId: priya.aadObjectId, name: priya.name },
    recipient: botAccount,
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-1' } as never,
  };
}

describe('remembering where to reach a person', () => {
  const time = steppingClock();
  let first: TestBot;
  let second: TestBot;
  beforeAll(async () => {
    first = await startTestBot('conversation_references', { clock: time.clock });
    second = await startTestBot('conversation_references', { clock: time.clock, dbName: first.dbName });
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  const stored = () => first.database.collections.conversations.findOne({ _id: conversationId });
  const say = (bot: TestBot, serviceUrl: string, text = 'thanks') => bot.say(priya, text, { serviceUrl });

  it('stores a new chat on its first message, without the message id', async () => {
    const firstWritten = time.tick();
    await say(first, EMEA, 'hello');
    const record = await stored();
    expect(record).toMatchObject({
      aadObjectId: priya.aadObjectId,
      conversationType: 'personal',
      reference: { serviceUrl: EMEA, user: { aadObjectId: priya.aadObjectId }, bot: botAccount },
      updatedAt: firstWritten,
    });
    expect(record?.reference).not.toHaveProperty('activityId');
  });

  it('does not rewrite it on the next messages from the same person', async () => {
    const before = await stored();
    time.tick();
    await say(first, EMEA);
    time.tick();
    await say(second, EMEA, 'what training do I need?');
    expect(await stored()).toEqual(before);
  });

  it('rewrites it when where to reach them changes', async () => {
    const changed = time.tick();
    await say(first, UK);
    expect(await stored()).toMatchObject({ reference: { serviceUrl: UK }, updatedAt: changed });
  });

  it('keeps a change stored through one instance, and stores a change back through the other', async () => {
    await say(first, EMEA);
    await say(second, UK);
    expect((await stored())?.reference).toMatchObject({ serviceUrl: UK });

    const back = time.tick();
    await say(first, EMEA);
    expect(await stored()).toMatchObject({ reference: { serviceUrl: EMEA }, updatedAt: back });
  });

  it('stores the chat again when the app is installed again, whichever instance heard of the removal', async () => {
    await say(first, EMEA);
    await second.send(installation('remove', EMEA));
    expect(await stored()).toBeNull();

    await first.send(installation('add', EMEA));
    expect(await stored()).toMatchObject({ reference: { serviceUrl: EMEA } });
  });
});
