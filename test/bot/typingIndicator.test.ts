import { createServer, connect, type Server, type Socket } from 'node:net';
import { startTestBot, type TestBot } from '../support/botHarness';
import { testMongoUri } from '../support/testDatabase';

// Issue 12 §8: "typing…" costs a call to the Bot Connector, so the bot shows it only when the answer is slow to
// come. Messages here are delivered as Teams delivers them: the replies are POSTed to the (stand-in) connector.

const priya = { aadObjectId: 'aad-priya', name: 'Priya Shah' };

/** A database that answers every request late: a proxy to the test server that holds each answer a while. */
async function slowDatabase(delayMs: number): Promise<{ uri: string; close(): Promise<void> }> {
  const target = new URL(testMongoUri());
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => [client, upstream].forEach((other) => other.destroy()));
    }
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => setTimeout(() => client.write(chunk), delayMs));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}

async function typesOfRepliesTo(bot: TestBot, text: string): Promise<(string | undefined)[]> {
  const before = bot.connector.received.length;
  const response = await bot.post(bot.activityFrom(priya, { type: 'message', text }));
  expect(response.status).toBe(200);
  return bot.connector.received.slice(before).map((activity) => activity.type);
}

describe('the typing indicator', () => {
  it('is not sent when the answer comes before the typing delay', async () => {
    const bot = await startTestBot('typing_quick', { typingDelayMs: 60_000 });
    try {
      await bot.say(priya, 'hello');
      expect(await typesOfRepliesTo(bot, 'what is ContactPoint?')).toEqual(['message']);
    } finally {
      await bot.stop();
    }
  });

  it('is sent before the answer when the database is slow, and only once', async () => {
    const database = await slowDatabase(100);
    const bot = await startTestBot('typing_slow', { typingDelayMs: 0, mongoUri: database.uri });
    try {
      await bot.say(priya, 'hello');
      expect(await typesOfRepliesTo(bot, 'what is ContactPoint?')).toEqual(['typing', 'message']);
    } finally {
      await bot.stop();
      await database.close();
    }
  });

  it('is not among the replies of an expectReplies turn, which all come back at once', async () => {
    const database = await slowDatabase(100);
    const bot = await startTestBot('typing_expect_replies', { typingDelayMs: 0, mongoUri: database.uri });
    try {
      const replies = await bot.say(priya, 'help');
      expect(replies.map((reply) => reply.type)).not.toContain('typing');
    } finally {
      await bot.stop();
      await database.close();
    }
  });
});
