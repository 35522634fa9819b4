import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { CalendarEvent } from './calendarEvent';

/**
 * An iCalendar file (RFC 5545) with the one event. Times are written in UTC (`DTSTART:20261130T093000Z`), which
 * every calendar shows in its own zone, so the file needs no VTIMEZONE block for Europe/London's GMT and BST.
 * ical-generator does the escaping and the 75-octet line folding that hand-written files tend to get wrong.
 */
export function icsFileFor(event: CalendarEvent, now: Date): string {
  const calendar = ical({
    prodId: { company: 'IW Training', product: 'Training bot', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: event.uid,
    stamp: now,
    start: event.start,
    end: event.end,
    summary: event.title,
    location: event.location,
    description: event.description,
    status: event.status === 'tentative' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
