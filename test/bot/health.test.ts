import path from 'node:path';
import { startBot, type RunningBot } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { freePort, startEmbeddedServer, type EmbeddedServer } from '../../services/storage/embeddedServer';
import { activityFrom, textsIn } from '../support/botHarness';

const launcherDir = path.join(__dirname, '..', '..', 'scripts', 'mongo-java-server');
const quiet = { info: () => undefined, warn: () => undefined };
const priya = { aadObjectId: 'aad-priya', name: 'Priya Shah' };

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

describe('health and an unreachable database', () => {
  let port: number;
  let server: EmbeddedServer;
  let bot: RunningBot;
  const start = () =>
    startEmbeddedServer({ javaLauncherDir: launcherDir, logger: quiet, skipMongod: true, port });
  const healthStatus = async () => (await fetch(`${bot.url}/healthz`)).status;
  const say = async (text: string) => {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...activityFrom(priya, { type: 'message', text }),
        deliveryMode: 'expectReplies',
      }),
    });
    return textsIn(((await response.json()) as { activities: never[] }).activities);
  };

  beforeAll(async () => {
    port = await freePort();
    server = await start();
    const config = loadConfig({ PORT: '0', MONGODB_URI: server.uri, LOG_LEVEL: 'silent' });
    bot = await startBot(config, createLogger('silent'));
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await server?.stop();
  });

  it('is healthy while the database answers, 503 with friendly replies while it is away, and recovers', async () => {
    expect(await healthStatus()).toBe(200);

    await server.stop();
    expect(await healthStatus()).toBe(503);
    expect((await say('help')).join(' ')).toMatch(
      /can't reach the training records just now.*Reference [0-9a-f]{8}/,
    );

    server = await start();
    expect(await until(async () => (await healthStatus()) === 200, 30_000)).toBe(true);
    await say('hi'); // the in-memory server came back empty: this is a first contact again
    expect((await say('qwerty')).join(' ')).toMatch(/didn't catch that/);
  }, 90_000);
});
