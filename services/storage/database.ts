import { MongoClient, type Db } from 'mongodb';
import { collectionsOf, ensureIndexes, type Collections } from './collections';
import { upgradeData } from './upgradeData';

/** The one owner of the MongoDB connection. */
export interface Database {
  client: MongoClient;
  db: Db;
  collections: Collections;
  /** True when the server answers a ping within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /**
   * When false, a server that is away at start-up is not fatal: the driver reconnects on its own
   * and the indexes are created once it answers (the bot keeps serving 503 health until then).
   */
  requireConnection?: boolean;
  onIndexesDeferred?: (error: unknown) => void;
}

export async function connectDatabase(
  uri: string,
  dbName: string,
  options: ConnectOptions = {},
): Promise<Database> {
  const client = new MongoClient(uri, {
    // Fail a chat turn quickly with a friendly message rather than hang when the database is away.
    serverSelectionTimeoutMS: 5_000,
    connectTimeoutMS: 5_000,
  });
  const db = client.db(dbName);
  const collections = collectionsOf(db);
  let closed = false;
  const database: Database = {
    client,
    db,
    collections,
    ping: (timeoutMs = 1_000) => pingWithin(db, timeoutMs),
    close: async () => {
      closed = true;
      await client.close();
    },
  };

  if (options.requireConnection ?? true) {
    await client.connect();
    await prepare(collections);
    return database;
  }

  const createIndexesWhenReachable = async (): Promise<void> => {
    while (!closed) {
      try {
        await prepare(collections);
        return;
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        options.onIndexesDeferred?.(error);
        await new Promise((resolve) => setTimeout(resolve, 5_000).unref());
      }
    }
  };
  await Promise.race([
    createIndexesWhenReachable(),
    new Promise((resolve) => setTimeout(resolve, 6_000).unref()),
  ]);
  return database;
}

async function prepare(collections: Collections): Promise<void> {
  await ensureIndexes(collections);
  await upgradeData(collections);
}

async function pingWithin(db: Db, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const answered = db
      .command({ ping: 1 })
      .then(() => true)
      .catch(() => false);
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** Errors that mean "the database is not reachable right now", as opposed to a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (
    /MongoServerSelectionError|MongoNetworkError|MongoNetworkTimeoutError|MongoTopologyClosedError|MongoNotConnectedError|MongoPoolClearedError/.test(
      name,
    )
  )
    return true;
  // A bulk write wraps the driver's own error (mongodb 6 keeps it as `errorResponse`) in a MongoBulkWriteError.
  const { errorResponse, cause } = (error ?? {}) as { errorResponse?: unknown; cause?: unknown };
  return [errorResponse, cause].some((inner) => inner instanceof Error && isDatabaseUnavailable(inner));
}
