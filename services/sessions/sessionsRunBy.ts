import type { Collections } from '../storage/collections';
import type { Session } from './session';

export interface TrainerSessions {
  sessions: Session[];
  /** How many there are in all; `sessions` is the first of them. */
  total: number;
}

const SHOWN = 10;

/** The coming sessions a trainer is down to run (sessions.csv `trainer`), soonest first. */
export async function sessionsRunBy(
  collections: Collections,
  trainerAadObjectId: string,
  now: Date,
): Promise<TrainerSessions> {
  // A cancelled session is no longer theirs to run.
  const filter = { trainer: trainerAadObjectId, start: { $gt: now }, cancelled: { $exists: false } };
  const [sessions, total] = await Promise.all([
    collections.sessions.find(filter).sort({ start: 1 }).limit(SHOWN).toArray(),
    collections.sessions.countDocuments(filter),
  ]);
  return { sessions, total };
}
