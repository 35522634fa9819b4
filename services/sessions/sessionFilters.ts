import { DateTime } from 'luxon';
import type { PartOfDay, WhenPhrase } from '../intents/understanding';
import { LONDON_TIME_ZONE } from '../shared/londonTime';
import type { Session } from './session';

// The filters people put on a session search ("afternoons only", "next week", "before Christmas",
// "in Training Room 2"), as plain rules over a session. Dates and times are UK ones: Europe/London.

export interface SessionFilters {
  partOfDay?: PartOfDay;
  when?: WhenPhrase;
  venue?: string;
}

/** The instants a `WhenPhrase` covers, from `now`: `from` inclusive, `until` exclusive. */
export function windowOf(when: WhenPhrase, now: Date): { from: Date; until?: Date } {
  const today = DateTime.fromJSDate(now, { zone: LONDON_TIME_ZONE }).startOf('day');
  const span = (from: DateTime, until?: DateTime) => ({
    from: from.toJSDate(),
    ...(until ? { until: until.toJSDate() } : {}),
  });
  switch (when.kind) {
    case 'today':
      return span(today, today.plus({ days: 1 }));
    case 'tomorrow':
      return span(today.plus({ days: 1 }), today.plus({ days: 2 }));
    case 'this-week':
      return span(today, today.startOf('week').plus({ weeks: 1 }));
    case 'next-week': {
      const monday = today.startOf('week').plus({ weeks: 1 });
      return span(monday, monday.plus({ weeks: 1 }));
    }
    case 'this-month':
      return span(today, today.startOf('month').plus({ months: 1 }));
    case 'next-month': {
      const first = today.startOf('month').plus({ months: 1 });
      return span(first, first.plus({ months: 1 }));
    }
    case 'month': {
      // "In January" said in December means the coming January.
      let first = today.set({ month: when.month, day: 1 });
      if (first.plus({ months: 1 }) <= today) first = first.plus({ years: 1 });
      return span(first, first.plus({ months: 1 }));
    }
    case 'before':
    case 'after': {
      let day = today.set({ month: when.month, day: when.day });
      if (day < today) day = day.plus({ years: 1 });
      return when.kind === 'before' ? span(today, day) : span(day.plus({ days: 1 }));
    }
  }
}

/** Morning sessions start before noon, afternoon ones at noon or later (UK time). */
export function partOfDayOf(session: Pick<Session, 'start'>): PartOfDay {
  return DateTime.fromJSDate(session.start, { zone: LONDON_TIME_ZONE }).hour < 12 ? 'morning' : 'afternoon';
}

/** Venue as typed against the session's: every word typed appears in the venue, any case. */
export function venueMatches(venue: string, typed: string): boolean {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  const wanted = venue.toLowerCase();
  return words.length > 0 && words.every((word) => wanted.includes(word));
}

/** Which of the filters this session fails, in the order they would be said. */
export function filtersFailed(
  session: Session,
  filters: SessionFilters,
  now: Date,
): (keyof SessionFilters)[] {
  const failed: (keyof SessionFilters)[] = [];
  if (filters.when) {
    const { from, until } = windowOf(filters.when, now);
    if (session.start < from || (until && session.start >= until)) failed.push('when');
  }
  if (filters.partOfDay && partOfDayOf(session) !== filters.partOfDay) failed.push('partOfDay');
  if (filters.venue && !venueMatches(session.venue, filters.venue)) failed.push('venue');
  return failed;
}

export function hasFilters(filters: SessionFilters): boolean {
  return Boolean(filters.partOfDay || filters.when || filters.venue);
}
