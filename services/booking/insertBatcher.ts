import { MongoBulkWriteError, type Collection } from 'mongodb';

// Group commit for new bookings. When many people press Book at once (a session published at 9:00), each
// request has already taken its seat with its own conditional update; storing the bookings one round trip each
// would double the database work. Requests that arrive while one insert is in flight wait and go together in
// one unordered `insertMany`, and each learns its own outcome: stored, or refused by a unique index (E11000).
// With one request at a time this is exactly one `insertOne`'s worth of waiting.

export type InsertOutcome = 'stored' | 'duplicate';

interface Waiting<T> {
  document: T;
  settle(outcome: InsertOutcome): void;
  fail(error: unknown): void;
}

const MOST_AT_ONCE = 500;

export function insertBatcher<T extends { _id: string }>(collection: Collection<T>) {
  let queue: Waiting<T>[] = [];
  let flushing = false;

  async function flush(): Promise<void> {
    flushing = true;
    try {
      await drain();
    } finally {
      flushing = false;
    }
  }

  async function drain(): Promise<void> {
    while (queue.length) {
      const batch = queue.slice(0, MOST_AT_ONCE);
      queue = queue.slice(MOST_AT_ONCE);
      const refused = new Map<number, unknown>();
      try {
        await collection.insertMany(batch.map((waiting) => waiting.document) as never, { ordered: false });
      } catch (error) {
        if (!(error instanceof MongoBulkWriteError)) {
          for (const waiting of batch) waiting.fail(error);
          continue;
        }
        const writeErrors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
        for (const writeError of writeErrors) refused.set(writeError.index, writeError);
      }
      batch.forEach((waiting, index) => {
        const problem = refused.get(index) as { code?: number } | undefined;
        if (!problem) waiting.settle('stored');
        else if (problem.code === 11000) waiting.settle('duplicate');
        else waiting.fail(problem);
      });
    }
  }

  return {
    insert(document: T): Promise<InsertOutcome> {
      return new Promise<InsertOutcome>((settle, fail) => {
        queue.push({ document, settle, fail });
        if (!flushing) void flush();
      });
    },
  };
}
