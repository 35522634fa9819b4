import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { connectDatabase, type Database } from '../services/storage/database';
import { startEmbeddedServer, type EmbeddedServer } from '../services/storage/embeddedServer';
import type { Config } from './config';
import type { Logger } from './logger';

export const REPO_ROOT = path.resolve(__dirname, '..');
const JAVA_LAUNCHER_DIR = path.join(REPO_ROOT, 'scripts', 'mongo-java-server');

export interface OpenedDatabase {
  database: Database;
  /** Which server we talk to, for the start-up log. */
  source: 'MONGODB_URI' | EmbeddedServer['kind'] | 'embedded (shared with a running bot)';
  /** Stops the database connection and, if this process started it, the embedded server. */
  close(): Promise<void>;
}

interface EmbeddedMarker {
  uri: string;
  kind: EmbeddedServer['kind'];
  pid: number;
}

/**
 * Opens the configured database: MONGODB_URI when set; otherwise the embedded server under DATA_DIR.
 * The embedded server's address is written to DATA_DIR/embedded.json so that `npm run demo` and
 * `npm run admin` use the same data while the bot is running (its files can only be opened once).
 */
export async function openDatabase(
  config: Config,
  logger: Logger,
  options: { requireConnection?: boolean } = {},
): Promise<OpenedDatabase> {
  const connect = (uri: string) =>
    connectDatabase(uri, config.MONGODB_DB, {
      requireConnection: options.requireConnection,
      onIndexesDeferred: () => logger.warn('database unreachable; indexes will be created when it answers'),
    });

  if (config.MONGODB_URI) {
    const database = await connect(config.MONGODB_URI);
    return { database, source: 'MONGODB_URI', close: () => database.close() };
  }

  const dataDir = path.resolve(REPO_ROOT, config.DATA_DIR);
  const markerFile = path.join(dataDir, 'embedded.json');
  const shared = await connectToRunningEmbedded(markerFile, config.MONGODB_DB);
  if (shared) {
    return { database: shared, source: 'embedded (shared with a running bot)', close: () => shared.close() };
  }

  mkdirSync(dataDir, { recursive: true });
  const server = await startEmbeddedServer({ dataDir, javaLauncherDir: JAVA_LAUNCHER_DIR, logger });
  const marker: EmbeddedMarker = { uri: server.uri, kind: server.kind, pid: process.pid };
  writeFileSync(markerFile, JSON.stringify(marker));
  const database = await connectDatabase(server.uri, config.MONGODB_DB);
  return {
    database,
    source: server.kind,
    close: async () => {
      await database.close();
      rmSync(markerFile, { force: true });
      await server.stop();
    },
  };
}

async function connectToRunningEmbedded(markerFile: string, dbName: string): Promise<Database | undefined> {
  if (!existsSync(markerFile)) return undefined;
  try {
    const marker = JSON.parse(readFileSync(markerFile, 'utf8')) as EmbeddedMarker;
    process.kill(marker.pid, 0); // throws when that process is gone
    const database = await connectDatabase(marker.uri, dbName);
    if (await database.ping(2_000)) return database;
    await database.close();
  } catch {
    // A stale marker from a bot that did not shut down cleanly.
  }
  rmSync(markerFile, { force: true });
  return undefined;
}
