import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EmbeddedServer } from '../../services/storage/embeddedServer';
import { chooseTestServer } from './testServer';

export const SERVER_INFO_FILE = path.join(__dirname, '..', '..', 'test-output', 'test-server.json');

declare global {
  var __TEST_MONGO__: EmbeddedServer | undefined;
}

/**
 * Storage tests run on a real server: TEST_MONGODB_URI if set, else mongod (mongodb-memory-server), else
 * mongo-java-server in memory; never MONGODB_URI. A server that does not start or answer fails the run;
 * storage tests never skip.
 */
export default async function globalSetup(): Promise<void> {
  const server = await chooseTestServer(process.env);
  globalThis.__TEST_MONGO__ = server.embedded;
  process.env.TEST_MONGODB_URI = server.uri;
  process.env.TEST_MONGODB_KIND = server.kind;
  mkdirSync(path.dirname(SERVER_INFO_FILE), { recursive: true });
  writeFileSync(SERVER_INFO_FILE, JSON.stringify({ uri: server.uri, kind: server.kind }));
  process.stdout.write(`\nStorage tests use ${server.kind} at ${server.uri}\n`);
}
