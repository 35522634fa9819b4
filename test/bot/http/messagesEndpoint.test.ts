import { request } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import type { Activity } from 'botbuilder';
import { loadCatalogue } from '../../../services/catalogue/loadCatalogue';
import { createUnderstander, type Understander } from '../../../services/intents/understander';
import { cardsIn, startTestBot, textsIn, type TestBot } from '../../support/botHarness';
import playground from './playgroundActivities.json';

// What reaches /api/messages from the wire, through the real HTTP server: each test here is a fault that was
// once reachable with one request (issue 11, item 1).

const priya = { aadObjectId: 'aad-priya', name: 'Priya Shah' };

/** An error answer is short, generic JSON: no stack, URL, host name or library message. */
function expectGenericError(response: { status: number; text: string }, status: number): void {
  expect(response.status).toBe(status);
  expect(JSON.parse(response.text)).toEqual({ error: expect.any(String) });
  expect(response.text.length).toBeLessThan(80);
  expect(response.text).not.toMatch(/Error|https?:\/\/|ENOTFOUND|\n/);
}

/** Sends `bytes` as a chunked body and never ends it: resolves with the status once the bot answers. */
function postWithoutEnd(url: string, bytes: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    req.on('response', (response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      req.destroy();
    });
    req.on('error', reject);
    req.write(bytes);
  });
}

describe('the /api/messages edge', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot('edge');
  });
  afterAll(() => bot.stop());

  const message = (extra: Partial<Activity> = {}) => ({
    ...bot.activityFrom(priya, { type: 'message', text: 'help' }),
    deliveryMode: 'expectReplies',
    ...extra,
  });
  const healthStatus = async () => (await fetch(`${bot.running.url}/healthz`)).status;
  const conversationCount = () => bot.database.collections.conversations.countDocuments({});

  it('refuses a gzip header on a body that is not gzip with 415, and stays up', async () => {
    expectGenericError(await bot.post(JSON.stringify(message()), { 'content-encoding': 'gzip' }), 415);
    expect(await healthStatus()).toBe(200);
    expect((await bot.post(message())).status).toBe(200);
  });

  it('refuses a gzip bomb with 415 instead of inflating it', async () => {
    // 64 MB of JSON whitespace before a valid activity: well under the byte limit once compressed.
    const bomb = gzipSync(
      Buffer.concat([Buffer.alloc(64 * 1024 * 1024, ' '), Buffer.from(JSON.stringify(message()))]),
    );
    expect(bomb.length).toBeLessThan(256 * 1024);
    expectGenericError(await bot.post(bomb, { 'content-encoding': 'gzip' }), 415);
    expect(await healthStatus()).toBe(200);
  });

  it.each([
    ['deflate', (body: Buffer) => deflateSync(body)],
    ['br', (body: Buffer) => brotliCompressSync(body)],
    ['gzip, identity', (body: Buffer) => gzipSync(body)],
    ['compress', (body: Buffer) => body],
  ])('refuses Content-Encoding %s with 415', async (encoding, encode) => {
    const body = encode(Buffer.from(JSON.stringify(message())));
    expectGenericError(await bot.post(body, { 'content-encoding': encoding }), 415);
  });

  it('takes a body whose Content-Encoding is identity', async () => {
    expect((await bot.post(message(), { 'content-encoding': 'identity' })).status).toBe(200);
  });

  it('refuses a body over 256 KB with 413', async () => {
    const big = message({ text: 'a '.repeat(150 * 1024) });
    expectGenericError(await bot.post(big), 413);
    expect(await healthStatus()).toBe(200);
  });

  it('answers 413 as soon as a chunked body passes the limit, without waiting for the rest', async () => {
    const status = await postWithoutEnd(
      `${bot.running.url}/api/messages`,
      Buffer.from(`{"type":"message","text":"${'a'.repeat(300 * 1024)}`),
    );
    expect(status).toBe(413);
    expect(await healthStatus()).toBe(200);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''])(
    'refuses content type %j with 415',
    async (contentType) => {
      expectGenericError(await bot.post(JSON.stringify(message()), { 'content-type': contentType }), 415);
    },
  );

  it('takes JSON with a charset parameter', async () => {
    expect((await bot.post(message(), { 'content-type': 'application/json; charset=utf-8' })).status).toBe(
      200,
    );
  });

  it.each(['{not json', '', '[]', '42', '"message"', 'null'])(
    'answers 400 to %j, which is not a JSON object',
    async (body) => {
      expectGenericError(await bot.post(body), 400);
    },
  );

  it('refuses an uninstall whose conversation id is a query operator, and deletes nothing', async () => {
    for (const n of [1, 2, 3]) await bot.say({ aadObjectId: `aad-install-${n}`, name: `Person ${n}` }, 'hi');
    const before = await conversationCount();
    expect(before).toBeGreaterThanOrEqual(3);

    const response = await bot.post({
      ...bot.activityFrom(priya, { type: 'installationUpdate', action: 'remove' }),
      conversation: { id: { $ne: 'x' }, conversationType: 'personal' },
    });

    expectGenericError(response, 400);
    expect(await conversationCount()).toBe(before);
  });

  const long = 'x'.repeat(10_000);
  it.each<[string, (activity: any) => void]>([
    ['conversation.id is an object', (a) => (a.conversation.id = { $gt: '' })],
    ['conversation.id is absurdly long', (a) => (a.conversation.id = long)],
    ['conversation is missing', (a) => delete a.conversation],
    ['from.id is an object', (a) => (a.from.id = { $ne: null })],
    ['from.id is absurdly long', (a) => (a.from.id = long)],
    ['from.aadObjectId is an object', (a) => (a.from.aadObjectId = { $ne: null })],
    ['from.aadObjectId is absurdly long', (a) => (a.from.aadObjectId = long)],
    ['serviceUrl is an object', (a) => (a.serviceUrl = { href: 'http://127.0.0.1/' })],
    ['serviceUrl is absurdly long', (a) => (a.serviceUrl = `http://127.0.0.1/${long}`)],
    ['serviceUrl is not a web address', (a) => (a.serviceUrl = 'file:///etc/passwd')],
    ['replyToId is an object', (a) => (a.replyToId = { $ne: null })],
    ['replyToId is absurdly long', (a) => (a.replyToId = long)],
    ['recipient.id is an object', (a) => (a.recipient.id = { $ne: null })],
    ['conversation.tenantId is an object', (a) => (a.conversation.tenantId = { $ne: null })],
    ['conversation.conversationType is an object', (a) => (a.conversation.conversationType = {})],
    ['type is missing', (a) => delete a.type],
    ['type is an object', (a) => (a.type = { $ne: null })],
    ['channelId is an object', (a) => (a.channelId = {})],
    ['id is an object', (a) => (a.id = {})],
    ['text is a number', (a) => (a.text = 42)],
    ['text is an object', (a) => (a.text = { $ne: null })],
    ['text is a list', (a) => (a.text = ['help'])],
    ['a mention has no mentioned account', (a) => (a.entities = [{ type: 'mention', text: '<at>x</at>' }])],
  ])('answers 400 and stores nothing when %s', async (_, damage) => {
    const activity = message({ from: { id: '29:aad-damaged', aadObjectId: 'aad-damaged', name: 'D' } });
    activity.conversation = {
      id: 'personal-aad-damaged',
      conversationType: 'personal',
      tenantId: 't',
    } as never;
    damage(activity);
    const before = await conversationCount();
    expectGenericError(await bot.post(activity), 400);
    expect(await conversationCount()).toBe(before);
  });

  it.each<[string, unknown]>([
    ['a card action with no value', undefined],
    ['a card action with no action', {}],
    ['a card action whose action is text', { action: 'Action.Execute' }],
    ['a card action whose verb is an object', { action: { type: 'Action.Execute', verb: { $ne: null } } }],
  ])('answers 400, not the apology, to %s', async (_, value) => {
    const response = await bot.post({
      ...bot.activityFrom(priya, { type: 'invoke', name: 'adaptiveCard/action' }),
      ...(value === undefined ? {} : { value }),
    });
    expectGenericError(response, 400);
  });

  it.each<[string, unknown]>([
    ['a typeahead search with no value', undefined],
    ['a typeahead search whose text is an object', { queryText: { $ne: null }, dataset: 'organisations' }],
  ])('answers 400 to %s', async (_, value) => {
    const response = await bot.post({
      ...bot.activityFrom(priya, { type: 'invoke', name: 'application/search' }),
      ...(value === undefined ? {} : { value }),
    });
    expectGenericError(response, 400);
  });

  it('keeps fields Teams adds that it does not check, such as channelData and locale', async () => {
    const replies = await bot.send(
      message({
        locale: 'en-GB',
        channelData: { tenant: { id: 'tenant-1' }, source: { name: 'message' } },
        entities: [
          { type: 'clientInfo', locale: 'en-GB', platform: 'Web' },
          { type: 'https://schema.org/Message', '@type': 'Message' },
        ],
      }),
    );
    expect(cardsIn(replies).length).toBeGreaterThan(0);
  });

  it.each(playground.activities.map((activity) => [activity.type, activity] as const))(
    'accepts the %s activity Agents Playground 0.2.28 sends',
    async (_, activity) => {
      const response = await bot.post({ ...activity, serviceUrl: bot.connector.url });
      expect(response.status).toBe(200);
    },
  );
});

describe('a huge message at the edge', () => {
  let bot: TestBot;
  const seen: number[] = [];
  beforeAll(async () => {
    const real = createUnderstander(loadCatalogue());
    const recording: Understander = {
      understand: (text) => {
        seen.push(text.length);
        return real.understand(text);
      },
    };
    bot = await startTestBot('edge_text', { understander: recording });
  });
  afterAll(() => bot.stop());

  it('is answered normally, with the text cut to 28,000 characters before it is understood', async () => {
    await bot.say(priya, 'hi');
    const paragraph =
      'I started last month as a family support worker in the early help team and my manager asked me ' +
      'to check which Integrated Working courses I still have to do before the end of the quarter. ';
    const replies = await bot.say(priya, paragraph.repeat(Math.ceil(200_000 / paragraph.length)));

    expect(textsIn(replies).concat(cardsIn(replies).map(String)).length).toBeGreaterThan(0);
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBeLessThanOrEqual(28_000);
    expect((await fetch(`${bot.running.url}/healthz`)).status).toBe(200);
  });
});
