import type { Collections } from '../storage/collections';
import { findUpcomingSessions } from './sessionRepository';

/** Where a course's coming sessions are held, each venue once, in the order of the next session there. */
export async function venuesFor(collections: Collections, course: string, now: Date): Promise<string[]> {
  const sessions = await findUpcomingSessions(collections, { from: now, course, limit: 200 });
  return [...new Set(sessions.map((session) => session.venue))];
}
