import type { Booking } from '../booking/booking';
import type { Course } from '../catalogue/loadCatalogue';
import type { Session } from '../sessions/session';

/** One booked session as a calendar entry, the same for the .ics file and the Outlook link. */
export interface CalendarEvent {
  /** Stable per booking, so that adding it twice updates the entry rather than duplicating it. */
  uid: string;
  /** "ContactPoint training (CP)" */
  title: string;
  start: Date;
  end: Date;
  location: string;
  description: string;
  /** A held place is not certain until the manager approves it. */
  status: 'confirmed' | 'tentative';
}

/** The states that give a calendar entry: the person holds a seat (SEATED_STATES). */
export const CALENDAR_STATES = ['held', 'confirmed'] as const satisfies readonly Booking['state'][];
export type CalendarState = (typeof CALENDAR_STATES)[number];

export function hasCalendarEntry(state: Booking['state']): state is CalendarState {
  return (CALENDAR_STATES as readonly string[]).includes(state);
}

export function calendarEventFor(
  booking: Pick<Booking, '_id'> & { state: CalendarState },
  session: Pick<Session, 'start' | 'end' | 'venue'>,
  course: Pick<Course, 'code' | 'title' | 'bring'>,
): CalendarEvent {
  const lines = [
    booking.state === 'held'
      ? 'Your place is held until your line manager approves it; the training bot in Teams will tell you.'
      : 'Your place is confirmed.',
  ];
  if (course.bring.length > 0) lines.push('', 'What to bring:', ...course.bring.map((item) => `- ${item}`));
  return {
    uid: `${booking._id}@iw-training`,
    title: `${course.title} (${course.code})`,
    start: session.start,
    end: session.end,
    location: session.venue,
    description: lines.join('\n'),
    status: booking.state === 'held' ? 'tentative' : 'confirmed',
  };
}
