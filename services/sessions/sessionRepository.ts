import type { Collections } from '../storage/collections';
import { findByIds, writeChanges, type DocumentChange, type WriteOutcome } from '../storage/documentChanges';
import type { Session } from './session';

export function findSessionById(collections: Collections, id: string): Promise<Session | null> {
  return collections.sessions.findOne({ _id: id });
}

export function findSessionsByIds(
  collections: Collections,
  ids: readonly string[],
): Promise<Map<string, Session>> {
  return findByIds(collections.sessions, ids);
}

/** A change to a stored session carries a guard (capacity not below `booked`); `booked` itself is never set here. */
export function saveSessionChanges(
  collections: Collections,
  changes: readonly DocumentChange<Session>[],
  now: Date,
  onProgress?: (written: number) => void,
): Promise<WriteOutcome> {
  return writeChanges(collections.sessions, changes, now, onProgress);
}

/**
 * Takes `seats` places at once if they fit: one conditional update, so `booked` never passes capacity.
 * Used by the demo to show a nearly full session.
 */
export async function holdSeats(collections: Collections, id: string, seats: number): Promise<boolean> {
  const result = await collections.sessions.updateOne(
    { _id: id, $expr: { $lte: [{ $add: ['$booked', seats] }, '$capacity'] } },
    { $inc: { booked: seats } },
  );
  return result.modifiedCount === 1;
}
