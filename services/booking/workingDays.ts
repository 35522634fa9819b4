import Holidays from 'date-holidays';
import { LRUCache } from 'lru-cache';
import { DateTime } from 'luxon';
import { LONDON_TIME_ZONE } from '../shared/londonTime';

// Working days for the booking windows: Monday to Friday in London, less England's public holidays (the bank
// holidays, with their substitute days), as the local authorities the bot serves keep them.

const england = new Holidays('GB', 'ENG');
const holidaysByYear = new Map<number, Set<string>>();

/** England's public holidays in a year, as `YYYY-MM-DD` (worked out once a year, then remembered). */
function holidaysIn(year: number): Set<string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Set(
      england
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public' || holiday.type === 'bank')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    holidaysByYear.set(year, days);
  }
  return days;
}

/** Whether a London calendar day is a working day. */
function isWorkingDay(day: DateTime): boolean {
  return day.weekday <= 5 && !holidaysIn(day.year).has(day.toISODate() ?? '');
}

/**
 * `instant` moved on by `days` working days, keeping the London time of day. A start on a day off counts from
 * the next working day.
 */
export function addWorkingDays(instant: Date, days: number): Date {
  return stepWorkingDays(instant, days, 1);
}

/** `instant` moved back by `days` working days (the cancellation cut-off before a session). */
export function subtractWorkingDays(instant: Date, days: number): Date {
  return stepWorkingDays(instant, days, -1);
}

function stepWorkingDays(instant: Date, days: number, direction: 1 | -1): Date {
  const start = DateTime.fromJSDate(instant, { zone: LONDON_TIME_ZONE });
  const day = landingDay(start.year, start.month, start.day, days, direction);
  // The London time of day is kept; only the calendar day moves.
  return start.set({ year: day.year, month: day.month, day: day.day }).toJSDate();
}

const landings = new LRUCache<string, DateTime>({ max: 1_000 });

/** The calendar day `days` working days on (or back) from a day; the same question comes up all day long. */
function landingDay(year: number, month: number, date: number, days: number, direction: 1 | -1): DateTime {
  const key = `${year}-${month}-${date}|${days}|${direction}`;
  const known = landings.get(key);
  if (known) return known;
  // Calendar days are stepped in UTC: no zone lookups.
  let day = DateTime.utc(year, month, date);
  if (direction === 1) while (!isWorkingDay(day)) day = day.plus({ days: 1 });
  for (let left = days; left > 0;) {
    day = day.plus({ days: direction });
    if (isWorkingDay(day)) left -= 1;
  }
  landings.set(key, day);
  return day;
}

/** `instant` moved back by whole calendar days in London (so a BST/GMT change keeps the time of day). */
export function subtractDays(instant: Date, days: number): Date {
  return DateTime.fromJSDate(instant, { zone: LONDON_TIME_ZONE }).minus({ days }).toJSDate();
}
