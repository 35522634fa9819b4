import { clampOffset } from '../shared/paging';
import type { Collections } from '../storage/collections';
import type { Session } from './session';

export interface FillRates {
  /** One page of the upcoming sessions, soonest first. */
  sessions: { session: Session; fillRatio: number }[];
  /** Over every session in the window, not just this page. */
  totals: { sessions: number; booked: number; capacity: number };
  offset: number;
}

export const FILL_RATES_PAGE_SIZE = 25;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Upcoming sessions in the next `days` days with how full each is (coordinators' view), a page at a time. */
export async function fillRates(
  collections: Collections,
  now: Date,
  options: { offset?: number; days?: number } = {},
): Promise<FillRates> {
  const window = { start: { $gt: now, $lte: new Date(now.getTime() + (options.days ?? 42) * DAY_MS) } };
  const [summary] = await collections.sessions
    .aggregate<{ sessions: number; booked: number; capacity: number }>([
      { $match: window },
      {
        $group: {
          _id: null,
          sessions: { $sum: 1 },
          booked: { $sum: '$booked' },
          capacity: { $sum: '$capacity' },
        },
      },
    ])
    .toArray();
  const totals = {
    sessions: summary?.sessions ?? 0,
    booked: summary?.booked ?? 0,
    capacity: summary?.capacity ?? 0,
  };
  const offset = clampOffset(options.offset ?? 0, totals.sessions, FILL_RATES_PAGE_SIZE);
  const sessions = await collections.sessions
    .find(window)
    .sort({ start: 1, _id: 1 })
    .skip(offset)
    .limit(FILL_RATES_PAGE_SIZE)
    .toArray();
  return {
    sessions: sessions.map((session) => ({
      session,
      fillRatio: session.capacity ? session.booked / session.capacity : 0,
    })),
    totals,
    offset,
  };
}
