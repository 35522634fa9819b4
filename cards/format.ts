import { LRUCache } from 'lru-cache';
import { DateTime } from 'luxon';
import type { DatedText } from '../services/shared/datedText';
import { LONDON_TIME_ZONE } from '../services/shared/londonTime';

// The one place dates and times are formatted for people: UK style, in London time.

// Every card shows the same few sessions' times and records' dates, and a London DateTime asks Intl for its
// offset at each step; formatting is pure, so what was formatted is kept (keyed by format and instant or day).
const formatted = new LRUCache<string, string>({
  max: 5_000,
  memoMethod: (key) => {
    const [pattern, value] = key.split('|') as [string, string];
    return DateTime.fromMillis(Number(value), { zone: LONDON_TIME_ZONE }).toFormat(pattern);
  },
});

function inLondon(instant: Date, pattern: string): string {
  return formatted.memo(`${pattern}|${instant.getTime()}`);
}

/** "Mon 30 Nov 2026" */
export function formatDate(instant: Date): string {
  return inLondon(instant, 'ccc d LLL yyyy');
}

/** "Mon 30 Nov 2026, 09:30" */
export function formatDateTime(instant: Date): string {
  return inLondon(instant, 'ccc d LLL yyyy, HH:mm');
}

/** "09:30" */
export function formatTime(instant: Date): string {
  return inLondon(instant, 'HH:mm');
}

/** "Mon 30 Nov 2026, 09:30 to 13:00" */
export function formatSessionTime(start: Date, end: Date): string {
  return `${formatDateTime(start)} to ${formatTime(end)}`;
}

/** A calendar date stored as `YYYY-MM-DD`, shown as "2 Mar 2026". */
export function formatCalendarDate(isoDate: string): string {
  return calendarDates.memo(isoDate);
}

// A calendar date has no time of day, so no zone to look up: UTC formats it as cheaply as it gets.
const calendarDates = new LRUCache<string, string>({
  max: 5_000,
  memoMethod: (isoDate) => {
    const date = DateTime.fromISO(isoDate, { zone: 'utc' });
    return date.isValid ? date.toFormat('d LLL yyyy') : isoDate;
  },
});

/** Words from a service with their dates as data, each date shown as `formatCalendarDate` shows it. */
export function formatDatedText(text: DatedText): string {
  return text.map((part) => (typeof part === 'string' ? part : formatCalendarDate(part.day))).join('');
}
