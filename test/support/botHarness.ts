import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Activity } from 'botbuilder';
import { startBot, type RunningBot } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import type { Clock } from '../../services/shared/clock';
import { connectDatabase, type Database } from '../../services/storage/database';
import { testMongoUri } from './testDatabase';

export interface TestUser {
  aadObjectId: string;
  name: string;
}

export interface TestBot {
  running: RunningBot;
  /** A second connection to the bot's database, to seed data and check what the bot stored. */
  database: Database;
  dbName: string;
  /** Sends a message as Teams would and returns what the bot answered (delivery mode expectReplies). */
  say(user: TestUser, text: string, extra?: Partial<Activity>): Promise<Partial<Activity>[]>;
  /** Sends any activity and returns the replies. */
  send(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
  /** Clicks an Action.Execute button: the invoke response, and the messages the bot posted meanwhile. */
  execute(
    user: TestUser,
    verb: string,
    data?: Record<string, unknown>,
  ): Promise<{ status: number; body: any; sent: Partial<Activity>[] }>;
  post(body: unknown, contentType?: string): Promise<{ status: number; text: string }>;
  stop(): Promise<void>;
}

const BOT_ACCOUNT = { id: '28:training-bot', name: 'IW Training' };

export function personalConversation(user: TestUser) {
  return { id: `personal-${user.aadObjectId}`, conversationType: 'personal', tenantId: 'tenant-1' };
}

/**
 * A stand-in for the Bot Connector service: it records what the bot posts to a conversation outside
 * an expectReplies turn (answers to card buttons, proactive messages).
 */
export async function startConnector(): Promise<{
  url: string;
  received: Partial<Activity>[];
  close(): Promise<void>;
}> {
  const received: Partial<Activity>[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.method === 'POST' && /\/v3\/conversations\/[^/]+\/activities/.test(req.url ?? '')) {
        received.push(JSON.parse(body) as Partial<Activity>);
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: randomBytes(4).toString('hex') }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let connectorUrl = 'http://127.0.0.1:9/';

export function activityFrom(user: TestUser, activity: Partial<Activity>): Partial<Activity> {
  return {
    channelId: 'msteams',
    serviceUrl: connectorUrl,
    id: randomBytes(6).toString('hex'),
    timestamp: new Date(),
    from: { id: `29:${user.aadObjectId}`, aadObjectId: user.aadObjectId, name: user.name },
    recipient: BOT_ACCOUNT,
    conversation: personalConversation(user) as Activity['conversation'],
    ...activity,
  };
}

export async function startTestBot(label: string, options: { clock?: Clock } = {}): Promise<TestBot> {
  const dbName = `test_${label.replace(/[^a-zA-Z0-9]/g, '_').slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    PORT: '0',
    MONGODB_URI: testMongoUri(),
    MONGODB_DB: dbName,
    LOG_LEVEL: 'silent',
  });
  const connector = await startConnector();
  connectorUrl = connector.url;
  const running = await startBot(config, createLogger('silent'), options);
  const database = await connectDatabase(testMongoUri(), dbName);
  const endpoint = `${running.url}/api/messages`;

  const post = async (body: unknown, contentType = 'application/json') => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  };

  const send = async (activity: Partial<Activity>) => {
    const response = await post({ deliveryMode: 'expectReplies', ...activity });
    if (response.status !== 200) throw new Error(`bot answered HTTP ${response.status}: ${response.text}`);
    return (JSON.parse(response.text) as { activities: Partial<Activity>[] }).activities;
  };

  return {
    running,
    database,
    dbName,
    send,
    say: (user, text, extra = {}) => send(activityFrom(user, { type: 'message', text, ...extra })),
    execute: async (user, verb, data = {}) => {
      const before = connector.received.length;
      const response = await post(
        activityFrom(user, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
        }),
      );
      return {
        status: response.status,
        body: response.text ? JSON.parse(response.text) : undefined,
        sent: connector.received.slice(before),
      };
    },
    post,
    stop: async () => {
      await running.stop();
      await connector.close();
      await database.db.dropDatabase();
      await database.close();
    },
  };
}

/** The Adaptive Cards among the replies. */
export function cardsIn(replies: Partial<Activity>[]): any[] {
  return replies.flatMap((reply) =>
    (reply.attachments ?? [])
      .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
      .map((a) => a.content),
  );
}

export function textsIn(replies: Partial<Activity>[]): string[] {
  return replies
    .filter((reply) => reply.type === 'message' && reply.text)
    .map((reply) => reply.text as string);
}

/** All visible text of a card, flattened, for assertions. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'text' || key === 'title' || key === 'value') && typeof value === 'string')
          parts.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return parts.join('\n');
}
