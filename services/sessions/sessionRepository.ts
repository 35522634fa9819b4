import type { AccessRoute, SessionAudience } from '../catalogue/vocabulary';
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
  onProgress?: (written: number) => void | Promise<void>,
): Promise<WriteOutcome> {
  return writeChanges(collections.sessions, changes, now, onProgress);
}

export interface UpcomingSessionQuery {
  from: Date;
  until?: Date;
  course?: string;
  accessRoute?: AccessRoute;
  /** Sessions for this audience and sessions open to anyone. */
  audience?: SessionAudience;
  limit: number;
}

/** Sessions starting after `from` (and up to `until`), soonest first. */
export function findUpcomingSessions(
  collections: Collections,
  query: UpcomingSessionQuery,
): Promise<Session[]> {
  return collections.sessions
    .find({
      start: { $gt: query.from, ...(query.until ? { $lte: query.until } : {}) },
      cancelled: { $exists: false },
      ...(query.course ? { course: query.course } : {}),
      ...(query.accessRoute ? { accessRoute: query.accessRoute } : {}),
      ...(query.audience ? { $or: [{ audience: query.audience }, { audience: { $exists: false } }] } : {}),
    })
    .sort({ start: 1 })
    .limit(query.limit)
    .toArray();
}
