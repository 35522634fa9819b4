import { LRUCache } from 'lru-cache';
import { DateTime } from 'luxon';
import { LONDON_TIME_ZONE } from '../shared/londonTime';

// Calendar-date maths for windows such as "eCRB under 3 years old" (domain §6). Dates are days in
// Europe/London, so an instant late in the evening UTC still counts as the London day it falls on.

/** A calendar day: `YYYY-MM-DD`, or an instant (its day in London). */
export type CalendarInput = Date | string;

/**
 * The London calendar day of an instant, or a `YYYY-MM-DD` date, at the start of that day. Days are held as
 * UTC midnights: only the instant's day needs the London zone, and day arithmetic in a fixed zone is cheap
 * (a London DateTime looks its offset up through Intl on every step, a third of a pathway's time).
 */
export function londonDay(input: CalendarInput): DateTime {
  const iso = typeof input === 'string' ? input : londonIsoDay(input);
  try {
    return days.memo(iso);
  } catch {
    throw new Error(`Not a calendar date: ${String(input)}`);
  }
}

// The same few instants ("now", a session's start) and dates (an eCRB's issue day) come up again and again, in a
// turn and across a rush of bookings; both conversions are pure and a DateTime is immutable, so they are kept.
const instants = new LRUCache<number, string>({
  max: 1_000,
  memoMethod: (time) => DateTime.fromMillis(time, { zone: LONDON_TIME_ZONE }).toISODate() ?? '',
});
const days = new LRUCache<string, DateTime>({
  max: 1_000,
  memoMethod: (iso) => {
    const day = DateTime.fromISO(iso, { zone: 'utc' });
    if (!day.isValid) throw new Error('not a calendar date');
    return day.startOf('day');
  },
});

/** `YYYY-MM-DD` of an instant in London. */
function londonIsoDay(instant: Date): string {
  return instants.memo(instant.getTime());
}

/** `YYYY-MM-DD`. */
export function isoDay(day: DateTime): string {
  return day.toISODate() ?? '';
}

/**
 * The first day on which something started on `from` no longer counts: "less than 36 months before the
 * session date" means valid on every day before `from + 36 months`.
 */
export function windowEnd(from: CalendarInput, months: number): DateTime {
  return londonDay(from).plus({ months });
}

/** "3 years", "18 months". */
export function windowLabel(months: number): string {
  if (months % 12 === 0) return months === 12 ? '1 year' : `${months / 12} years`;
  return months === 1 ? '1 month' : `${months} months`;
}
