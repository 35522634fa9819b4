import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedServer, type EmbeddedServer } from '../../services/storage/embeddedServer';

export const SERVER_INFO_FILE = path.join(__dirname, '..', '..', 'test-output', 'test-server.json');

declare global {
  var __TEST_MONGO__: EmbeddedServer | undefined;
}

/**
 * Storage tests run on a real server: MONGODB_URI if set, else mongod (mongodb-memory-server),
 * else mongo-java-server in memory. Failing to start one fails the run; storage tests never skip.
 */
export default async function globalSetup(): Promise<void> {
  let uri = process.env.MONGODB_URI;
  let kind = 'MONGODB_URI';
  if (!uri) {
    const server = await startEmbeddedServer({
      javaLauncherDir: path.join(__dirname, '..', '..', 'scripts', 'mongo-java-server'),
      logger: { info: () => undefined, warn: () => undefined },
      mongodTimeoutMs: 12_000,
    });
    globalThis.__TEST_MONGO__ = server;
    uri = server.uri;
    kind = server.kind;
  }
  process.env.TEST_MONGODB_URI = uri;
  process.env.TEST_MONGODB_KIND = kind;
  mkdirSync(path.dirname(SERVER_INFO_FILE), { recursive: true });
  writeFileSync(SERVER_INFO_FILE, JSON.stringify({ uri, kind }));
  process.stdout.write(`\nStorage tests use ${kind} at ${uri}\n`);
}
