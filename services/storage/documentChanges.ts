import {
  MongoBulkWriteError,
  type AnyBulkWriteOperation,
  type Collection,
  type Document,
  type Filter,
  type UpdateFilter,
} from 'mongodb';

/** A stored document keyed by a string `_id` and stamped with the time of its last change. */
export interface StampedDocument {
  _id: string;
  updatedAt: Date;
}

/**
 * What an import asks of one document. Only the fields in `set` and `unset` are the file's to decide;
 * `setOnInsert` gives defaults to a new document and never overwrites a stored value.
 */
export interface DocumentChange<T extends StampedDocument> {
  _id: string;
  existed: boolean;
  set: Partial<T>;
  unset: (keyof T & string)[];
  setOnInsert?: Partial<T>;
  /** For a stored document: apply only while this holds (for example, capacity not below seats booked). */
  guard?: Filter<T>;
}

export interface WriteOutcome {
  created: number;
  updated: number;
  /** Stored documents whose guard no longer held when written: left as they were. */
  refused: string[];
  /**
   * The error that stopped the writing part-way (the server went away, or refused a write). `created` and
   * `updated` then count only what the server confirmed before it; the rest may or may not be written.
   */
  failure?: unknown;
}

/** True when the stored document already has every value the change would set and none it would unset. */
export function isUnchanged<T extends StampedDocument>(
  existing: T | undefined,
  set: Partial<T>,
  unset: readonly (keyof T & string)[],
): boolean {
  if (!existing) return false;
  const stored = existing as Record<string, unknown>;
  return (
    Object.entries(set).every(([key, value]) => sameValue(stored[key], value)) &&
    unset.every((key) => stored[key] === undefined)
  );
}

/** Equality of stored values: dates by instant, arrays in order, objects whatever the key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameValue(item, b[i]))
    );
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
    const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
    return (
      keysA.length === keysB.length &&
      keysA.every((key) =>
        sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
      )
    );
  }
  return a === b;
}

const READ_BATCH = 1_000;
const WRITE_BATCH = 500;

/** The stored documents with these ids, read in batches so a 10,000-row file is a handful of queries. */
export async function findByIds<T extends { _id: string }>(
  collection: Collection<T>,
  ids: readonly string[],
): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += READ_BATCH) {
    const filter = { _id: { $in: unique.slice(i, i + READ_BATCH) } } as Filter<T>;
    for (const document of await collection.find(filter).toArray()) {
      found.set(document._id, document as T);
    }
  }
  return found;
}

/**
 * Applies the changes as single-document upserts (each atomic on its own; no transaction is needed or
 * available on every server we run on), in unordered batches. Reports progress after each batch, and waits
 * for the report. A write error stops the writing and is returned with the counts confirmed until then:
 * every change is an idempotent upsert, so running the same changes again completes them.
 */
export async function writeChanges<T extends StampedDocument>(
  collection: Collection<T>,
  changes: readonly DocumentChange<T>[],
  now: Date,
  onProgress?: (written: number) => void | Promise<void>,
): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { created: 0, updated: 0, refused: [] };
  for (let i = 0; i < changes.length; i += WRITE_BATCH) {
    const batch = changes.slice(i, i + WRITE_BATCH);
    try {
      await writeBatch(collection, batch, now, outcome);
    } catch (error) {
      // An unordered batch the server partly refused still reports what it did write.
      if (error instanceof MongoBulkWriteError) {
        outcome.created += error.result.upsertedCount;
        outcome.updated += error.result.matchedCount;
      }
      return { ...outcome, failure: error };
    }
    await onProgress?.(Math.min(i + WRITE_BATCH, changes.length));
  }
  return outcome;
}

async function writeBatch<T extends StampedDocument>(
  collection: Collection<T>,
  batch: readonly DocumentChange<T>[],
  now: Date,
  outcome: WriteOutcome,
): Promise<void> {
  const plain = batch.filter((change) => !(change.existed && change.guard));
  if (plain.length > 0) {
    const operations = plain.map((change): AnyBulkWriteOperation<T> => ({
      updateOne: { filter: { _id: change._id } as Filter<T>, update: updateOf(change, now), upsert: true },
    }));
    const result = await collection.bulkWrite(operations, { ordered: false });
    outcome.created += result.upsertedCount;
    outcome.updated += result.matchedCount;
  }
  for (const change of batch.filter((candidate) => candidate.existed && candidate.guard)) {
    const filter = { ...change.guard, _id: change._id } as Filter<T>;
    const result = await collection.updateOne(filter, updateOf(change, now));
    if (result.matchedCount === 1) outcome.updated += 1;
    else outcome.refused.push(change._id);
  }
}

function updateOf<T extends StampedDocument>(change: DocumentChange<T>, now: Date): UpdateFilter<T> {
  const update: Document = { $set: { ...change.set, updatedAt: now } };
  if (change.unset.length > 0) update.$unset = Object.fromEntries(change.unset.map((key) => [key, '']));
  if (change.setOnInsert && Object.keys(change.setOnInsert).length > 0)
    update.$setOnInsert = change.setOnInsert;
  return update as UpdateFilter<T>;
}
