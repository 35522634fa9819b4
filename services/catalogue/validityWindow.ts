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

// The same few dates (an eCRB's issue day, a session's day) come up again and again, in a turn and across a
// rush of bookings; the conversion is pure and a DateTime is immutable, so days are kept.
const days = new LRUCache<string, DateTime>({
  max: 1_000,
  memoMethod: (iso) => {
    const day = DateTime.fromISO(iso, { zone: 'utc' });
    if (!day.isValid) throw new Error('not a calendar date');
    return day.startOf('day');
  },
});

// London is UTC or UTC+1 and changes over at 01:00 UTC, so its midnight and its clock changes all fall on a
// whole UTC hour: every instant in one UTC hour has the same London day. Keyed by hour, "now" is found again on
// every turn, where a key per millisecond would never be.
const HOUR_MS = 3_600_000;
const hours = new LRUCache<number, string>({
  max: 1_000,
  memoMethod: (hour) => DateTime.fromMillis(hour * HOUR_MS, { zone: LONDON_TIME_ZONE }).toISODate() ?? '',
});

/** `YYYY-MM-DD` of an instant in London: "today", or the day a session falls on. */
export function londonIsoDay(instant: Date): string {
  return hours.memo(Math.floor(instant.getTime() / HOUR_MS));
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
