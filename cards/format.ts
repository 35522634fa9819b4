import { DateTime } from 'luxon';
import type { DatedText } from '../services/shared/datedText';
import { LONDON_TIME_ZONE } from '../services/shared/londonTime';

// The one place dates and times are formatted for people: UK style, in London time.

const toLondon = (instant: Date) => DateTime.fromJSDate(instant, { zone: LONDON_TIME_ZONE });

/** "Mon 30 Nov 2026" */
export function formatDate(instant: Date): string {
  return toLondon(instant).toFormat('ccc d LLL yyyy');
}

/** "Mon 30 Nov 2026, 09:30" */
export function formatDateTime(instant: Date): string {
  return toLondon(instant).toFormat('ccc d LLL yyyy, HH:mm');
}

/** "09:30" */
export function formatTime(instant: Date): string {
  return toLondon(instant).toFormat('HH:mm');
}

/** "Mon 30 Nov 2026, 09:30 to 13:00" */
export function formatSessionTime(start: Date, end: Date): string {
  return `${formatDateTime(start)} to ${formatTime(end)}`;
}

/** A calendar date stored as `YYYY-MM-DD`, shown as "2 Mar 2026". */
export function formatCalendarDate(isoDate: string): string {
  const date = DateTime.fromISO(isoDate, { zone: LONDON_TIME_ZONE });
  return date.isValid ? date.toFormat('d LLL yyyy') : isoDate;
}

/** Words from a service with their dates as data, each date shown as `formatCalendarDate` shows it. */
export function formatDatedText(text: DatedText): string {
  return text.map((part) => (typeof part === 'string' ? part : formatCalendarDate(part.day))).join('');
}
