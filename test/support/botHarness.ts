import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Activity } from 'botbuilder';
import { startBot, type RunningBot } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import type { RetryPolicy } from '../../bot/outbound/retryPolicy';
import type { Understander } from '../../services/intents/understander';
import type { ManagerDirectory } from '../../services/people/managerDirectory';
import type { Clock } from '../../services/shared/clock';
import { connectDatabase, type Database } from '../../services/storage/database';
import { testMongoUri } from './testDatabase';

export interface TestUser {
  aadObjectId: string;
  name: string;
}

export interface TestBot {
  running: RunningBot;
  /** This bot's own stand-in Bot Connector: what it posted outside expectReplies turns. */
  connector: StandInConnector;
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
  /** An activity from `user`, addressed so that the bot's replies reach this bot's connector. */
  activityFrom(user: TestUser, activity: Partial<Activity>): Partial<Activity>;
  /**
   * POSTs to /api/messages as JSON (an object is serialised; a string or bytes go as they are). Headers
   * override the defaults, e.g. `content-type` or `content-encoding`.
   */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  stop(): Promise<void>;
}

export interface TestBotOptions {
  clock?: Clock;
  /** In place of the understander trained from the catalogue, e.g. one that records what it was given. */
  understander?: Understander;
  /** Where the bot asks for line managers the roster does not name (a fake in place of Microsoft Graph). */
  managerDirectory?: ManagerDirectory;
  /** Runs with an app id and password, so every request must carry a Bot Framework token. */
  authenticated?: boolean;
  /** How long a message waits for its first reply before the bot shows typing (the bot's default otherwise). */
  typingDelayMs?: number;
  /** Another test bot's database (`TestBot.dbName`), for two bot instances side by side. */
  dbName?: string;
  /** Where the bot reaches the test server, e.g. through a proxy that slows it (the checks connect directly). */
  mongoUri?: string;
  /** Retries of messages sent outside a turn: e.g. a sleep that records the waits instead of waiting. */
  outboundRetry?: Partial<RetryPolicy>;
  /** How often the bot sweeps held places past their window (the bot's default otherwise). */
  holdSweepMs?: number;
}

/** The app id the bot gets when `authenticated` is set. */
export const TEST_APP_ID = '11111111-2222-4333-8444-555555555555';

/** One request the stand-in connector got, with when it arrived (ms, monotonic). */
export interface ConnectorRequest {
  method: string;
  path: string;
  body: any;
  at: number;
}

/** What the stand-in answers instead of its default 200. */
export interface ConnectorAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface StandInConnector {
  url: string;
  received: Partial<Activity>[];
  /** Every request, in order of arrival: creates (POST /v3/conversations), sends, updates (PUT). */
  requests: ConnectorRequest[];
  /**
   * Answers requests with `answer`'s result where it gives one (e.g. 429 with Retry-After), the default otherwise.
   * A create's default answer names the conversation after its member: `personal-created-<member id>`.
   */
  answerWith(answer: ((request: ConnectorRequest) => ConnectorAnswer | undefined) | undefined): void;
  /** From now on, posts are recorded but not answered (the bot's turn stays in flight) until `release`. */
  hold(): void;
  /** Answers the posts held so far and stops holding. */
  release(): void;
  /** How many posts are waiting for an answer. */
  heldCount(): number;
  close(): Promise<void>;
}

const BOT_ACCOUNT = { id: '28:training-bot', name: 'IW Training' };

export function personalConversation(user: TestUser) {
  return { id: `personal-${user.aadObjectId}`, conversationType: 'personal', tenantId: 'tenant-1' };
}

/**
 * A stand-in for the Bot Connector service: it records what the bot posts to a conversation outside
 * an expectReplies turn (answers to card buttons, proactive messages).
 */
export async function startConnector(): Promise<StandInConnector> {
  const received: Partial<Activity>[] = [];
  const requests: ConnectorRequest[] = [];
  let scripted: ((request: ConnectorRequest) => ConnectorAnswer | undefined) | undefined;
  let holding = false;
  const held: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const request: ConnectorRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        body: body ? JSON.parse(body) : undefined,
        at: performance.now(),
      };
      requests.push(request);
      const special = scripted?.(request);
      if (special) {
        res.writeHead(special.status, { 'content-type': 'application/json', ...special.headers });
        res.end(
          JSON.stringify(special.body ?? { error: { code: 'StandIn', message: `HTTP ${special.status}` } }),
        );
        return;
      }
      if (request.method === 'POST' && /\/v3\/conversations\/[^/]+\/activities/.test(request.path)) {
        received.push(request.body as Partial<Activity>);
      }
      const isCreate = request.method === 'POST' && /\/v3\/conversations\/?$/.test(request.path);
      const answer = () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id: isCreate
              ? `personal-created-${request.body?.members?.[0]?.id}`
              : randomBytes(4).toString('hex'),
          }),
        );
      };
      if (holding) held.push(answer);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    requests,
    answerWith: (answer) => {
      scripted = answer;
    },
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      held.splice(0).forEach((answer) => answer());
    },
    heldCount: () => held.length,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Where replies go when a test does not care: nothing listens on the discard port. */
const NO_CONNECTOR = 'http://127.0.0.1:9/';

export function activityFrom(
  user: TestUser,
  activity: Partial<Activity>,
  serviceUrl = NO_CONNECTOR,
): Partial<Activity> {
  return {
    channelId: 'msteams',
    serviceUrl,
    id: randomBytes(6).toString('hex'),
    timestamp: new Date(),
    from: { id: `29:${user.aadObjectId}`, aadObjectId: user.aadObjectId, name: user.name },
    recipient: { ...BOT_ACCOUNT },
    conversation: personalConversation(user) as Activity['conversation'],
    ...activity,
  };
}

export async function startTestBot(label: string, options: TestBotOptions = {}): Promise<TestBot> {
  const dbName =
    options.dbName ??
    `test_${label.replace(/[^a-zA-Z0-9]/g, '_').slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    PORT: '0',
    MONGODB_URI: options.mongoUri ?? testMongoUri(),
    MONGODB_DB: dbName,
    LOG_LEVEL: 'silent',
    ...(options.authenticated
      ? {
          MicrosoftAppId: TEST_APP_ID,
          MicrosoftAppPassword: 'not-a-secret',
          CALENDAR_LINK_SECRET: 'a-test-calendar-link-secret-of-32-chars',
        }
      : {}),
  });
  const connector = await startConnector();
  const running = await startBot(config, createLogger('silent'), {
    clock: options.clock,
    understander: options.understander,
    managerDirectory: options.managerDirectory,
    typingDelayMs: options.typingDelayMs,
    outboundRetry: options.outboundRetry,
    holdSweepMs: options.holdSweepMs,
  });
  const database = await connectDatabase(testMongoUri(), dbName);
  const endpoint = `${running.url}/api/messages`;

  const ownActivity = (user: TestUser, activity: Partial<Activity>) =>
    activityFrom(user, activity, connector.url);

  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body:
        typeof body === 'string'
          ? body
          : body instanceof Uint8Array
            ? new Blob([new Uint8Array(body)])
            : JSON.stringify(body),
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
    connector,
    database,
    dbName,
    send,
    activityFrom: ownActivity,
    say: (user, text, extra = {}) => send(ownActivity(user, { type: 'message', text, ...extra })),
    execute: async (user, verb, data = {}) => {
      const before = connector.received.length;
      const response = await post(
        ownActivity(user, {
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
