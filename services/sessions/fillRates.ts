import type { Collections } from '../storage/collections';
import type { Session } from './session';
import { findUpcomingSessions } from './sessionRepository';

export interface FillRates {
  sessions: { session: Session; fillRatio: number }[];
  totals: { booked: number; capacity: number };
}

/** Upcoming sessions in the next `days` days with how full each is (coordinators' view). */
export async function fillRates(collections: Collections, now: Date, days = 42): Promise<FillRates> {
  const until = new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
  const sessions = await findUpcomingSessions(collections, { from: now, until, limit: 100 });
  return {
    sessions: sessions.map((session) => ({
      session,
      fillRatio: session.capacity ? session.booked / session.capacity : 0,
    })),
    totals: sessions.reduce(
      (sum, session) => ({ booked: sum.booked + session.booked, capacity: sum.capacity + session.capacity }),
      { booked: 0, capacity: 0 },
    ),
  };
}
