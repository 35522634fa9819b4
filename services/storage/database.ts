import { MongoClient, type Db } from 'mongodb';
import { collectionsOf, ensureIndexes, type Collections } from './collections';

/** The one owner of the MongoDB connection. */
export interface Database {
  client: MongoClient;
  db: Db;
  collections: Collections;
  /** True when the server answers a ping within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export async function connectDatabase(uri: string, dbName: string): Promise<Database> {
  const client = new MongoClient(uri, {
    // Fail a chat turn quickly with a friendly message rather than hang when the database is away.
    serverSelectionTimeoutMS: 5_000,
    connectTimeoutMS: 5_000,
  });
  await client.connect();
  const db = client.db(dbName);
  const collections = collectionsOf(db);
  await ensureIndexes(collections);
  return {
    client,
    db,
    collections,
    ping: (timeoutMs = 1_000) => pingWithin(db, timeoutMs),
    close: () => client.close(),
  };
}

async function pingWithin(db: Db, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const answered = db
      .command({ ping: 1 }, { timeoutMS: timeoutMs })
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
  return /MongoServerSelectionError|MongoNetworkError|MongoNetworkTimeoutError|MongoTopologyClosedError|MongoNotConnectedError|MongoOperationTimeoutError/.test(
    name,
  );
}
