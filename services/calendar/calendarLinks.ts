import type { Booking } from '../booking/booking';
import type { Course } from '../catalogue/loadCatalogue';
import type { Session } from '../sessions/session';
import { calendarEventFor, type CalendarState } from './calendarEvent';
import { signCalendarLink } from './calendarLinkSignature';
import { outlookComposeLink } from './outlookLink';

/** What signing calendar links needs, built once at start-up by the bot from its configuration. */
export interface CalendarLinkSettings {
  /** Where people's browsers and calendar apps reach the bot, without a trailing slash: `https://bot.example.org`. */
  publicBaseUrl: string;
  /** The HMAC key for the links (CALENDAR_LINK_SECRET, or a random one in local mode). */
  secret: string;
}

export interface CalendarLinks {
  /** Opens a filled-in new event in Outlook on the web. */
  outlookUrl: string;
  /** The signed, expiring .ics file, for any other calendar (and Outlook desktop). */
  icsUrl: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const AT_LEAST_MS = 30 * DAY_MS;

/**
 * Until the session ends or for 30 days, whichever is later. A card with the link stays in the person's chat until
 * the session, so the link must work at least that long; the 30-day floor keeps it working when the coordinator
 * moves the session a little later after the card was sent. A longer life gives nothing away: the file is served
 * only while the booking is held or confirmed (services/calendar/calendarFile.ts), which ends with the session.
 */
export function calendarLinkExpiry(session: Pick<Session, 'end'>, now: Date): Date {
  return new Date(Math.max(session.end.getTime(), now.getTime() + AT_LEAST_MS));
}

export function calendarLinksFor(
  booking: Pick<Booking, '_id'> & { state: CalendarState },
  session: Pick<Session, 'start' | 'end' | 'venue'>,
  course: Pick<Course, 'code' | 'title' | 'bring'>,
  settings: CalendarLinkSettings,
  now: Date,
): CalendarLinks {
  const signed = signCalendarLink(booking._id, calendarLinkExpiry(session, now), settings.secret);
  return {
    outlookUrl: outlookComposeLink(calendarEventFor(booking, session, course)),
    icsUrl: `${settings.publicBaseUrl}${signed}`,
  };
}
