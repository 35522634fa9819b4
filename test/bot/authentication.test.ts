import { startTestBot, TEST_APP_ID, type TestBot } from '../support/botHarness';

// With an app id, every request must carry a valid Bot Framework token. Without one the answer is 401, with a
// body that names nothing inside the bot, and the bot does nothing (issue 11, items 1 and 7).

const priya = { aadObjectId: 'aad-priya', name: 'Priya Shah' };

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token shaped like one from the Bot Connector, signed by nobody. */
function forgedToken(serviceUrl: string): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid: 'forged-key' };
  const claims = {
    iss: 'https://api.botframework.com',
    aud: TEST_APP_ID,
    serviceurl: serviceUrl,
    nbf: now - 60,
    exp: now + 3600,
  };
  return `${base64url(header)}.${base64url(claims)}.${Buffer.from('not a signature').toString('base64url')}`;
}

describe('a bot with an app id', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot('authentication', { authenticated: true });
  });
  afterAll(() => bot.stop());

  const credentials: [string, () => Record<string, string>][] = [
    ['no Authorization header', () => ({})],
    ['a forged token', () => ({ authorization: `Bearer ${forgedToken(bot.connector.url)}` })],
    ['a token that is not a JWT', () => ({ authorization: 'Bearer not-a-token' })],
    ['a scheme other than Bearer', () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
  ];

  it.each(credentials)('answers a message with %s with 401 and stores nothing', async (_, headers) => {
    const response = await bot.post(
      bot.activityFrom(priya, { type: 'message', text: 'help', deliveryMode: 'expectReplies' }),
      headers(),
    );

    expect(response.status).toBe(401);
    expect(JSON.parse(response.text)).toEqual({ error: 'unauthorized' });
    for (const internal of ['login.', 'https://', 'ENOTFOUND', 'Error'])
      expect(response.text).not.toContain(internal);
    expect(await bot.database.collections.conversations.countDocuments({})).toBe(0);
    expect(await bot.database.collections.people.countDocuments({})).toBe(0);
    expect(bot.connector.received).toEqual([]);
  });

  it.each(credentials)('refuses an uninstall with %s, and deletes nothing', async (_, headers) => {
    const conversations = bot.database.collections.conversations;
    await conversations.insertOne({
      _id: 'personal-aad-priya',
      aadObjectId: 'aad-priya',
      conversationType: 'personal',
      reference: {},
      updatedAt: new Date(),
    });
    try {
      const response = await bot.post(
        bot.activityFrom(priya, { type: 'installationUpdate', action: 'remove' }),
        headers(),
      );
      expect(response.status).toBe(401);
      expect(await conversations.countDocuments({ _id: 'personal-aad-priya' })).toBe(1);
    } finally {
      await conversations.deleteMany({});
    }
  });
});
