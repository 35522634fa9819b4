import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import type { Collection, CommandFailedEvent, CommandStartedEvent, CommandSucceededEvent } from 'mongodb';
import pino from 'pino';
import restify from 'restify';
import { startBot, type RunningBot } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import type { StaffProfile } from '../../services/people/staffProfile';
import { LONDON_TIME_ZONE } from '../../services/shared/londonTime';
import { connectDatabase } from '../../services/storage/database';
import { startEmbeddedServer } from '../../services/storage/embeddedServer';
import { loadDemoData } from '../demo/loadDemoData';
import { PERSONAS, TENANT_ID } from '../demo/personas';
import { ms, type Section, type Table } from './section';

// Issue 12 §8: how much slower a turn of the training bot is than a turn of a bare botbuilder echo bot, with
// 50 people chatting at once, and what each turn costs in database round trips and calls to the Bot Connector.
//
// Both bots run in this process, on the same stand-in Bot Connector, and are driven alike: the same people
// send the same messages, with the normal delivery mode (replies are POSTed to the connector, as Teams has
// them). Each simulated person sends their next message as soon as the last one is answered (no think time),
// so 50 turns are in flight at all times: a measure of how much work a turn is, as the bots are saturated and
// a turn's time is mostly waiting behind the others. Then the same people are paced as people chat, where a
// turn's time is its own. The two bots take turns in short rounds, so machine noise falls on both alike; the
// figures come from this one run.

// Two knobs for other questions, e.g. how the bots compare when the connector is a network hop away, as Teams'
// is: BENCH_USERS=10 BENCH_CONNECTOR_MS=50 npm run bench.
const USERS = Number(process.env.BENCH_USERS ?? 50);
/** How long the stand-in connector takes to answer each call. */
const CONNECTOR_MS = Number(process.env.BENCH_CONNECTOR_MS ?? 0);
/** People not on the roster, about one in seventeen (they meet the onboarding card). */
const NEWCOMERS = Math.round(USERS * 0.06);
const WARM_UP_MS = 2_000;
/** Paced like people: a pause of 0.5-1.5 s after each answer (about 50 messages a second from 50 people). */
const PAUSE_MS = { min: 500, max: 1_500 };
const PACED_ROUND_MS = 2_500;
const PACED_ROUNDS = 6;
const ROUND_MS = 1_250;
/** Rounds per bot, alternating (bot, echo, echo, bot, ...): short, so noise from other work falls on both. */
const ROUNDS = 8;
/** A turn whose replies have not all reached the connector by then counts as failed. */
const TURN_TIMEOUT_MS = 10_000;

const BOT_ACCOUNT = { id: '28:training-bot', name: 'IW Training' };

/** What people send: typed questions, and the `ask` buttons on the welcome and pathway cards. */
const MIX: Step[] = [
  { kind: '"what training do I need?"', text: 'what training do I need?' },
  { kind: '"am I ready?"', text: 'am I ready?' },
  { kind: '"find a session"', text: 'find a session' },
  { kind: '"help"', text: 'help' },
  { kind: 'ask button: My training', ask: { intent: 'pathway' } },
  { kind: 'ask button: Find a session', ask: { intent: 'find_session' } },
  { kind: 'ask button: Am I ready?', ask: { intent: 'readiness' } },
];

const HELP = MIX[3]!;
/** The people whose turns are counted one at a time (demo personas; newcomer is not on the roster). */
const CENSUS_ROLES = ['practitioner', 'manager', 'coordinator', 'newcomer'];

interface Step {
  kind: string;
  text?: string;
  ask?: Record<string, unknown>;
}

interface SimUser {
  aadObjectId: string;
  name: string;
  /** Their personal chat with the bot; by default one per person. */
  conversationId?: string;
  /** The demo persona they are (practitioner, manager, coordinator, trainer), newcomer, or other staff. */
  role: string;
}

interface Target {
  label: string;
  endpoint: string;
  /** Visible replies each (user, step) gets, learnt in the warm-up. */
  expected: Map<string, number>;
  /** Database commands this target sent so far (0 for the echo bot). */
  commands: () => number;
}

interface Sample {
  kind: string;
  /** Until the HTTP answer and every visible reply are in: the person has their answer. */
  ms: number;
  /** Until the HTTP answer: for a card button, when Teams stops its spinner. */
  answeredMs: number;
}

export const turnLatencySection: Section = {
  name: `Turn latency: the training bot against a bare echo bot (${USERS} concurrent users)`,
  run: runTurnLatency,
};

async function runTurnLatency(): Promise<Table[]> {
  const stack: (() => Promise<unknown>)[] = [];
  try {
    return await measure(stack);
  } finally {
    for (const stop of stack.reverse()) await stop().catch(() => undefined);
  }
}

async function measure(stack: (() => Promise<unknown>)[]): Promise<Table[]> {
  // The test-style database: mongo-java-server in memory, as test/support/testServer.ts starts it.
  const server = await startEmbeddedServer({
    javaLauncherDir: path.join(__dirname, '..', 'mongo-java-server'),
    logger: { info: () => undefined, warn: () => undefined },
    skipMongod: true,
  });
  stack.push(() => server.stop());
  const dbName = `bench_turns_${randomBytes(4).toString('hex')}`;
  const catalogue = loadCatalogue();
  const seeding = await connectDatabase(server.uri, dbName);
  stack.push(() => seeding.close());
  await loadDemoData(seeding.collections, { catalogue });
  const users = await simulatedUsers(seeding.collections.people);

  const connector = await startConnector();
  stack.push(() => connector.close());

  // The bot as `npm start` runs it, logging at info (to nowhere, so the bench prints only its tables).
  const config = loadConfig({
    PORT: '0',
    MONGODB_URI: `${server.uri}/?monitorCommands=true`,
    MONGODB_DB: dbName,
    LOG_LEVEL: 'info',
  });
  const logger = pino(
    { level: 'info', base: { service: 'iw-training-bot' } },
    pino.destination({ dest: '/dev/null', sync: true }),
  );
  const bot = await startBot(config, logger);
  stack.push(() => bot.stop());
  const db = watchCommands(bot);

  const echo = await startEchoBot();
  stack.push(() => echo.close());

  const targets: Target[] = [
    { label: 'training bot', endpoint: `${bot.url}/api/messages`, expected: new Map(), commands: db.count },
    { label: 'echo bot', endpoint: echo.endpoint, expected: new Map(), commands: () => 0 },
  ];
  const [trainingBot, echoBot] = targets as [Target, Target];
  const driver = new Driver(connector, users);

  // Census, one turn at a time: what each kind of message costs. First messages open each conversation.
  const census = await driver.census(trainingBot, db);
  const echoCensus = await driver.census(echoBot);

  // Warm-up: every person sends every kind once to each bot (pools, JIT), and the replies each gets are learnt.
  for (const target of targets) await driver.warmUp(target, WARM_UP_MS);

  const connectionsBefore = db.connectionsCreated();
  const results = await alternate(targets, ROUNDS, (target) => driver.round(target, ROUND_MS), connector);
  const connectionsOpened = db.connectionsCreated() - connectionsBefore;

  // The same people paced as people chat: each reads the answer before the next message. Here the bots are far
  // from busy, so a turn's time is the work it does rather than time queued behind other turns.
  const paced = await alternate(
    targets,
    PACED_ROUNDS,
    (target) => driver.round(target, PACED_ROUND_MS, pause),
    connector,
  );

  const ours = results.get(trainingBot)!;
  const theirs = results.get(echoBot)!;
  const p = (samples: Sample[], q: number) =>
    percentile(
      samples.map((s) => s.ms),
      q,
    );
  const ratio = (q: number) => p(ours.samples, q) / p(theirs.samples, q);
  const perTurn = (value: number, samples: Sample[]) => (value / samples.length).toFixed(2);
  const throughput = (totals: typeof ours) => `${((totals.samples.length / totals.ms) * 1000).toFixed(0)}/s`;

  // Failed turns of those rounds; the first failure of the whole run names what went wrong.
  const failures = (totals: Totals, target: Target) =>
    totals.failed ? `${totals.failed} (first: ${driver.firstFailure.get(target) ?? ''})` : 0;
  const summary: Table = {
    title:
      `${USERS} people at once (${NEWCOMERS} not on the roster), no pause between messages, a connector that answers ` +
      `in ${CONNECTOR_MS} ms; ${ROUNDS} alternating rounds of ${ROUND_MS / 1000} s per bot`,
    columns: ['figure', 'training bot', 'echo bot', 'ratio'],
    rows: [
      ['turns measured', ours.samples.length, theirs.samples.length, ''],
      ['turns per second', throughput(ours), throughput(theirs), ''],
      ['p50 turn time', ms(p(ours.samples, 0.5)), ms(p(theirs.samples, 0.5)), `${ratio(0.5).toFixed(2)}x`],
      ['p95 turn time', ms(p(ours.samples, 0.95)), ms(p(theirs.samples, 0.95)), `${ratio(0.95).toFixed(2)}x`],
      ['p99 turn time', ms(p(ours.samples, 0.99)), ms(p(theirs.samples, 0.99)), `${ratio(0.99).toFixed(2)}x`],
      ['database round trips per turn', perTurn(ours.commands, ours.samples), '0', ''],
      [
        'Bot Connector calls per turn',
        perTurn(ours.calls, ours.samples),
        perTurn(theirs.calls, theirs.samples),
        '',
      ],
      ['database connections opened while measuring', connectionsOpened, '', ''],
      ['failed turns', failures(ours, trainingBot), failures(theirs, echoBot), ''],
    ],
  };

  const byKind: Table = {
    title:
      'Training bot by message kind, in the same rounds (HTTP answered: when the invoke or message POST was answered)',
    columns: ['message', 'turns', 'p50', 'p95', 'HTTP answered p95', 'echo bot p95'],
    rows: MIX.map((step) => {
      const mine = ours.samples.filter((s) => s.kind === step.kind);
      const echoes = theirs.samples.filter((s) => s.kind === step.kind);
      const answered = mine.map((s) => ({ ...s, ms: s.answeredMs }));
      return [
        step.kind,
        mine.length,
        ms(p(mine, 0.5)),
        ms(p(mine, 0.95)),
        ms(p(answered, 0.95)),
        ms(p(echoes, 0.95)),
      ];
    }),
  };

  const echoCalls = [...new Set(echoCensus.map((row) => row.calls))].join(' or ');
  const costs: Table = {
    title:
      'What one turn costs, one at a time: database commands as the driver reports them, Bot Connector calls',
    columns: ['message', 'person', 'db round trips', 'commands', 'connector calls'],
    rows: [
      ...mergeRoles(census).map((row) => [
        row.kind,
        row.role,
        row.commands.length,
        summariseCommands(row.commands),
        row.calls,
      ]),
      ['any message (echo bot)', 'anyone', 0, '-', echoCalls],
    ],
  };
  const pacedOurs = paced.get(trainingBot)!;
  const pacedTheirs = paced.get(echoBot)!;
  const pacedRatio = (q: number) => p(pacedOurs.samples, q) / p(pacedTheirs.samples, q);
  const pacedSummary: Table = {
    title:
      `The same ${USERS} people paced as people chat (a ${PAUSE_MS.min / 1000}-${PAUSE_MS.max / 1000} s pause ` +
      `after each answer), the same connector; ${PACED_ROUNDS} alternating rounds of ${PACED_ROUND_MS / 1000} s per bot`,
    columns: ['figure', 'training bot', 'echo bot', 'ratio'],
    rows: [
      ['turns measured', pacedOurs.samples.length, pacedTheirs.samples.length, ''],
      ['turns per second', throughput(pacedOurs), throughput(pacedTheirs), ''],
      [
        'p50 turn time',
        ms(p(pacedOurs.samples, 0.5)),
        ms(p(pacedTheirs.samples, 0.5)),
        `${pacedRatio(0.5).toFixed(2)}x`,
      ],
      [
        'p95 turn time',
        ms(p(pacedOurs.samples, 0.95)),
        ms(p(pacedTheirs.samples, 0.95)),
        `${pacedRatio(0.95).toFixed(2)}x`,
      ],
      ['failed turns', failures(pacedOurs, trainingBot), failures(pacedTheirs, echoBot), ''],
    ],
  };
  return [summary, byKind, costs, pacedSummary];
}

/** The turns of one round: those answered, and how many failed. */
type Round = { samples: Sample[]; failed: number };
type Totals = Round & { ms: number; commands: number; calls: number };

/** Rounds of each target in turn (training, echo, echo, training, ...), so noise falls on both alike. */
async function alternate(
  targets: Target[],
  rounds: number,
  round: (target: Target) => Promise<Round>,
  connector: Connector,
): Promise<Map<Target, Totals>> {
  const results = new Map<Target, Totals>();
  for (const target of targets) results.set(target, { samples: [], failed: 0, ms: 0, commands: 0, calls: 0 });
  for (let r = 0; r < rounds; r++) {
    for (const target of r % 2 === 0 ? targets : [...targets].reverse()) {
      const totals = results.get(target)!;
      const commandsBefore = target.commands();
      const callsBefore = connector.calls();
      const started = performance.now();
      const { samples, failed } = await round(target);
      totals.samples.push(...samples);
      totals.failed += failed;
      totals.ms += performance.now() - started;
      totals.commands += target.commands() - commandsBefore;
      totals.calls += connector.calls() - callsBefore;
    }
  }
  return results;
}

/** Everyone on the demo roster, then copies of its practitioners, then a few people not on the roster. */
async function simulatedUsers(people: Collection<StaffProfile>): Promise<SimUser[]> {
  const roster = await people.find({ source: 'roster' }).sort({ _id: 1 }).toArray();
  const practitioners = roster.filter((person) => person.audience === 'practitioner');
  const copies: StaffProfile[] = [];
  for (let i = 0; roster.length + copies.length < USERS - NEWCOMERS; i++) {
    const original = practitioners[i % practitioners.length]!;
    const id = `33333333-3333-4333-8333-${String(i).padStart(12, '0')}`;
    copies.push({ ...original, _id: id, name: `${original.name} ${i}`, email: `bench.${i}@example.gov.uk` });
  }
  if (copies.length) await people.insertMany(copies);
  const roleOf = (person: StaffProfile) =>
    PERSONAS.find((persona) => persona.aadObjectId === person._id)?.key ?? 'staff';
  const newcomers = Array.from({ length: NEWCOMERS }, (_, i) => ({
    aadObjectId: `44444444-4444-4444-8444-${String(i).padStart(12, '0')}`,
    name: `New Person ${i}`,
    role: 'newcomer',
  }));
  return [
    ...[...roster, ...copies]
      .slice(0, USERS - NEWCOMERS)
      .map((person) => ({ aadObjectId: person._id, name: person.name, role: roleOf(person) })),
    ...newcomers,
  ];
}

/** Counts the commands the bot's own MongoClient sends (it was opened with monitorCommands). */
function watchCommands(bot: RunningBot) {
  const log: string[] = [];
  const started = new Map<number, number>();
  let created = 0;
  bot.database.client.on('commandStarted', (event: CommandStartedEvent) => {
    started.set(event.requestId, log.length);
    log.push(`${event.commandName} ${String(event.command[event.commandName])}`);
  });
  // An update that matched and changed nothing (a conditional upsert finding the same details) wrote nothing.
  const settled = (event: CommandSucceededEvent | CommandFailedEvent) => {
    const at = started.get(event.requestId);
    started.delete(event.requestId);
    const reply =
      'reply' in event ? (event.reply as { n?: number; nModified?: number; upserted?: unknown }) : {};
    if (
      at !== undefined &&
      event.commandName === 'update' &&
      reply.n === 1 &&
      !reply.nModified &&
      !reply.upserted
    )
      log[at] += ' (nothing written)';
  };
  bot.database.client.on('commandSucceeded', settled);
  bot.database.client.on('commandFailed', settled);
  bot.database.client.on('connectionCreated', () => (created += 1));
  return {
    count: () => log.length,
    since: (start: number) => log.slice(start),
    connectionsCreated: () => created,
  };
}

type CommandWatch = ReturnType<typeof watchCommands>;

type CensusRow = { kind: string; role: string; commands: string[]; calls: number };

/** One row for the people whose turn of a kind cost the same. */
function mergeRoles(rows: CensusRow[]): CensusRow[] {
  const merged: CensusRow[] = [];
  for (const row of rows) {
    const same = merged.find(
      (other) =>
        other.kind === row.kind && other.calls === row.calls && other.commands.join() === row.commands.join(),
    );
    if (same) same.role += `, ${row.role}`;
    else merged.push({ ...row });
  }
  return merged;
}

function summariseCommands(commands: string[]): string {
  const counts = new Map<string, number>();
  for (const command of commands) counts.set(command, (counts.get(command) ?? 0) + 1);
  return [...counts].map(([command, n]) => (n > 1 ? `${n}x ${command}` : command)).join(', ') || '-';
}

class Driver {
  /** What went wrong first, per bot, for the failed-turns rows (each round counts its own failures). */
  readonly firstFailure = new Map<Target, string>();
  private readonly position: number[];

  constructor(
    private readonly connector: Connector,
    private readonly users: SimUser[],
  ) {
    // Each person starts at a different point of the mix, so every kind is in flight at once.
    this.position = users.map((_, i) => i % MIX.length);
  }

  /**
   * One message of each kind from one person of each role, one turn at a time, after a first message from a
   * roster person who never chatted before (their conversation is new).
   */
  async census(target: Target, db?: CommandWatch) {
    const rows: CensusRow[] = [];
    const oneOfEach = CENSUS_ROLES.map((role) => this.users.find((user) => user.role === role)!);
    const measureOne = async (user: SimUser, step: Step, kind = step.kind) => {
      const commandsBefore = db?.count() ?? 0;
      const callsBefore = this.connector.calls();
      await this.turn(target, user, step, 'settle');
      rows.push({
        kind,
        role: user.role,
        commands: db ? db.since(commandsBefore) : [],
        calls: this.connector.calls() - callsBefore,
      });
    };
    const practitioner = oneOfEach[0]!;
    await measureOne(
      { ...practitioner, conversationId: `a:first-${randomBytes(4).toString('hex')}` },
      HELP,
      `first message ever (${HELP.kind})`,
    );
    for (const user of oneOfEach) await this.turn(target, user, HELP, 'settle');
    for (const step of MIX) for (const user of oneOfEach) await measureOne(user, step);
    return rows;
  }

  async warmUp(target: Target, minimumMs: number): Promise<void> {
    // The first message opens each conversation (a welcome comes first), so it does not count.
    await Promise.all(this.users.map((user) => this.turn(target, user, HELP, 'settle')));
    const started = performance.now();
    const replies = new Map<string, number>();
    do {
      await Promise.all(
        this.users.map(async (user, u) => {
          for (let s = 0; s < MIX.length; s++) {
            const done = await this.turn(target, user, MIX[s]!, 'settle');
            replies.set(`${u}:${s}`, done?.visible ?? 0);
          }
        }),
      );
    } while (performance.now() - started < minimumMs);
    for (const [key, count] of replies) target.expected.set(key, count);
  }

  /** Each person sends, waits for the answer, pauses (`pause()` ms, none by default) and sends again. */
  async round(target: Target, durationMs: number, pause?: () => number): Promise<Round> {
    const end = performance.now() + durationMs;
    const samples: Sample[] = [];
    let failed = 0;
    await Promise.all(
      this.users.map(async (user, u) => {
        // Paced people do not all start at the same moment, or the first messages would queue behind each other.
        if (pause) await new Promise((resolve) => setTimeout(resolve, Math.random() * pause()));
        while (performance.now() < end) {
          const s = this.position[u]!;
          this.position[u] = (s + 1) % MIX.length;
          const step = MIX[s]!;
          const done = await this.turn(target, user, step, target.expected.get(`${u}:${s}`) ?? 1);
          if (done) samples.push({ kind: step.kind, ms: done.ms, answeredMs: done.answeredMs });
          else failed += 1;
          if (pause) await new Promise((resolve) => setTimeout(resolve, pause()));
        }
      }),
    );
    return { samples, failed };
  }

  /**
   * Sends one activity and waits until the HTTP answer is back and `needed` visible replies have reached the
   * connector (a reply sent after the HTTP answer still counts towards the turn), or with 'settle' a moment for
   * late replies. Undefined when the turn failed.
   */
  private async turn(
    target: Target,
    user: SimUser,
    step: Step,
    needed: number | 'settle',
  ): Promise<{ visible: number; ms: number; answeredMs: number } | undefined> {
    const activity = activityFor(user, step, this.connector.url);
    const watch = this.connector.watch(activity.id);
    const started = performance.now();
    try {
      const response = await fetch(target.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      await response.text();
      if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
      const answeredMs = performance.now() - started;
      if (typeof needed === 'number') await watch.until(needed, TURN_TIMEOUT_MS);
      const answerInMs = performance.now() - started;
      if (needed === 'settle') await settle();
      return { visible: watch.visible(), ms: answerInMs, answeredMs };
    } catch (error) {
      if (!this.firstFailure.has(target)) this.firstFailure.set(target, `${step.kind}: ${String(error)}`);
      return undefined;
    } finally {
      watch.stop();
    }
  }
}

const pause = () => PAUSE_MS.min + Math.random() * (PAUSE_MS.max - PAUSE_MS.min);

/** Lets replies sent after the HTTP answer arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

function activityFor(user: SimUser, step: Step, serviceUrl: string) {
  const common = {
    id: randomBytes(8).toString('hex'),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'en-GB',
    from: { id: `29:${user.aadObjectId}`, name: user.name, aadObjectId: user.aadObjectId },
    recipient: BOT_ACCOUNT,
    conversation: {
      id: user.conversationId ?? `a:personal-${user.aadObjectId}`,
      conversationType: 'personal',
      tenantId: TENANT_ID,
    },
    entities: [
      { type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: LONDON_TIME_ZONE },
    ],
    channelData: { tenant: { id: TENANT_ID } },
  };
  if (step.ask) {
    return {
      ...common,
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: randomBytes(8).toString('hex'),
      value: { action: { type: 'Action.Execute', verb: 'ask', data: step.ask }, trigger: 'manual' },
    };
  }
  return { ...common, type: 'message', text: step.text, textFormat: 'plain' };
}

interface Watch {
  visible(): number;
  until(count: number, timeoutMs: number): Promise<void>;
  stop(): void;
}

interface Connector {
  url: string;
  /** Every request the bots made to the connector so far. */
  calls(): number;
  /** Follows the visible replies (not typing) to one incoming activity. */
  watch(activityId: string): Watch;
  close(): Promise<void>;
}

/**
 * A stand-in Bot Connector, as in test/support/botHarness.ts: answers every post at once with an id. Replies
 * name the activity they answer in the path (/v3/conversations/{id}/activities/{replyToId}).
 */
async function startConnector(): Promise<Connector> {
  let calls = 0;
  const watches = new Map<string, { count: number; wake?: () => void; target: number }>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      calls += 1;
      const match = /\/v3\/conversations\/[^/]+\/activities\/([^/?]+)/.exec(req.url ?? '');
      if (req.method === 'POST' && match) {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { type?: string };
        const watch = watches.get(decodeURIComponent(match[1]!));
        if (watch && body.type !== 'typing') {
          watch.count += 1;
          if (watch.count >= watch.target) watch.wake?.();
        }
      }
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: randomBytes(4).toString('hex') }));
      }, CONNECTOR_MS);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls: () => calls,
    watch: (activityId) => {
      const watch: { count: number; wake?: () => void; target: number } = { count: 0, target: Infinity };
      watches.set(activityId, watch);
      return {
        visible: () => watch.count,
        until: (count, timeoutMs) =>
          watch.count >= count
            ? Promise.resolve()
            : new Promise<void>((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error('replies did not all arrive')), timeoutMs);
                watch.target = count;
                watch.wake = () => {
                  clearTimeout(timer);
                  resolve();
                };
              }),
        stop: () => watches.delete(activityId),
      };
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}

/** The bare botbuilder echo bot of Microsoft's samples: CloudAdapter, restify and an ActivityHandler. */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    await context.sendActivity(`Echo: ${invokeValue.action.verb}`);
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Echoed.' as never };
  }
}

async function startEchoBot(): Promise<{ endpoint: string; close(): Promise<void> }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new EchoBot();
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address();
  return {
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.server.closeAllConnections();
      }),
  };
}

/** Nearest rank. */
function percentile(values: number[], q: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
