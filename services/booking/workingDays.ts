import { DateTime } from 'luxon';
import { LONDON_TIME_ZONE } from '../shared/londonTime';

/**
 * `instant` moved on by `days` working days (Monday to Friday, London time), keeping the time of day. A start on
 * a weekend counts from the next Monday. Bank holidays are not known here and count as working days.
 */
export function addWorkingDays(instant: Date, days: number): Date {
  const at = DateTime.fromJSDate(instant, { zone: LONDON_TIME_ZONE });
  // Counted on weekdays (1 = Monday), then one calendar step: a step per day costs a zone lookup each.
  let weekday = at.weekday;
  let calendarDays = 0;
  while (weekday > 5) {
    weekday = (weekday % 7) + 1;
    calendarDays += 1;
  }
  calendarDays += Math.floor(days / 5) * 7;
  for (let left = days % 5; left > 0;) {
    weekday = (weekday % 7) + 1;
    calendarDays += 1;
    if (weekday <= 5) left -= 1;
  }
  return at.plus({ days: calendarDays }).toJSDate();
}

/** `instant` moved back by `days` working days (the cancellation cut-off before a session). */
export function subtractWorkingDays(instant: Date, days: number): Date {
  let at = DateTime.fromJSDate(instant, { zone: LONDON_TIME_ZONE });
  let left = days;
  while (left > 0) {
    at = at.minus({ days: 1 });
    if (at.weekday <= 5) left -= 1;
  }
  return at.toJSDate();
}

/** `instant` moved back by whole calendar days in London (so a BST/GMT change keeps the time of day). */
export function subtractDays(instant: Date, days: number): Date {
  return DateTime.fromJSDate(instant, { zone: LONDON_TIME_ZONE }).minus({ days }).toJSDate();
}
