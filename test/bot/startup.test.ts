import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { freePort } from '../../services/storage/embeddedServer';
import { activityFrom, startConnector } from '../support/botHarness';
import { testMongoUri } from '../support/testDatabase';

const root = path.join(__dirname, '..', '..');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs the bot as `npm start` does, on the embedded database in a folder of its own. */
function startBotProcess(env: Record<string, string>): Started {
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['--no-deprecation', 'bot/index.ts'], {
    cwd: root,
    // No mongod binary can be had here: point at a missing one so the fallback is immediate.
    env: { ...process.env, MONGODB_URI: '', MONGOMS_SYSTEM_BINARY: '/nonexistent/mongod', ...env },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForHealth(port: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      return response.status;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  throw new Error('the bot did not answer /healthz in time');
}

/** The IPv4 addresses a port listens on, read from the kernel's socket table (no traffic sent). */
function listeningAddresses(port: number): string[] {
  const portHex = port.toString(16).toUpperCase().padStart(4, '0');
  return readFileSync('/proc/net/tcp', 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields[1]?.endsWith(`:${portHex}`) && fields[3] === '0A')
    .map((fields) => {
      const hex = fields[1]!.split(':')[0]!;
      return [6, 4, 2, 0].map((i) => parseInt(hex.slice(i, i + 2), 16)).join('.');
    });
}

describe('npm start on the embedded database', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bot-data-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves health, stops cleanly on SIGTERM and keeps its data across a restart', async () => {
    const port = await freePort();
    const env = { PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'info' };

    const first = startBotProcess(env);
    expect(await waitForHealth(port, 90_000)).toBe(200);
    expect(first.output()).toContain('database: mongo-java-server');

    const priya = { aadObjectId: 'aad-priya', name: 'Priya Shah' };
    const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...activityFrom(priya, { type: 'message', text: 'help' }),
        deliveryMode: 'expectReplies',
      }),
    });
    expect(response.status).toBe(200);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('stopped cleanly');

    const second = startBotProcess(env);
    try {
      expect(await waitForHealth(port, 90_000)).toBe(200);
      const marker = JSON.parse(readFileSync(path.join(dataDir, 'embedded.json'), 'utf8')) as { uri: string };
      const client = await MongoClient.connect(marker.uri);
      try {
        const saved = await client
          .db('training')
          .collection('conversations')
          .findOne({ aadObjectId: 'aad-priya' });
        expect(saved).toMatchObject({ conversationType: 'personal' });
      } finally {
        await client.close();
      }
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  }, 180_000);

  it('listens on loopback only in local mode', async () => {
    const port = await freePort();
    const bot = startBotProcess({ PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    try {
      expect(await waitForHealth(port, 90_000)).toBe(200);
      expect(listeningAddresses(port)).toEqual(['127.0.0.1']);
    } finally {
      bot.child.kill('SIGTERM');
      await bot.exited;
    }
  }, 120_000);
});

describe('npm start on SIGTERM with a turn still running', () => {
  it('says how many turns were cut at the grace deadline, not "stopped cleanly", and exits 1', async () => {
    // The stand-in connector never answers the turn's first reply, so the turn outlives the grace period.
    const connector = await startConnector();
    connector.hold();
    const port = await freePort();
    const dbName = `test_sigterm_${randomBytes(4).toString('hex')}`;
    const bot = startBotProcess({
      PORT: String(port),
      MONGODB_URI: testMongoUri(),
      MONGODB_DB: dbName,
      LOG_LEVEL: 'info',
    });
    try {
      expect(await waitForHealth(port, 60_000)).toBe(200);
      const priya = { aadObjectId: 'aad-priya', name: 'Priya Shah' };
      fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activityFrom(priya, { type: 'message', text: 'help' }, connector.url)),
      }).catch(() => undefined);
      const deadline = Date.now() + 10_000;
      while (connector.heldCount() === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(connector.heldCount()).toBe(1);

      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(1);
      expect(bot.output()).not.toContain('stopped cleanly');
      expect(bot.output()).toMatch(/"level":40[^\n]*"cutTurns":1[^\n]*1 turn cut short/);
    } finally {
      if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
      connector.release();
      await connector.close();
      const client = await MongoClient.connect(testMongoUri());
      await client.db(dbName).dropDatabase();
      await client.close();
    }
  }, 90_000);
});
