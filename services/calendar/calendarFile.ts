import { courseByCode } from '../catalogue/courseLookup';
import type { Catalogue } from '../catalogue/loadCatalogue';
import { londonIsoDay } from '../catalogue/validityWindow';
import { findSessionById } from '../sessions/sessionRepository';
import type { Collections } from '../storage/collections';
import { calendarEventFor, hasCalendarEntry } from './calendarEvent';
import { icsFileFor } from './icsFile';

export type CalendarFile =
  | { ok: true; filename: string; ics: string }
  /** No such booking, its session or course is gone, or it no longer holds a seat (declined, cancelled…). */
  | { ok: false; reason: 'not_found' };

/**
 * The .ics file for a booking that holds a seat (held or confirmed). The caller has checked the link's signature;
 * every way of not having a file is one answer, so a caller learns nothing about bookings it has no file for.
 */
export async function calendarFileFor(
  collections: Collections,
  catalogue: Catalogue,
  bookingId: string,
  now: Date,
): Promise<CalendarFile> {
  const notFound = { ok: false, reason: 'not_found' } as const;
  // A string only, whatever the caller checked: an object such as {"$ne": 1} must never become a query operator.
  if (typeof bookingId !== 'string') return notFound;
  const booking = await collections.bookings.findOne({ _id: bookingId });
  if (!booking || !hasCalendarEntry(booking.state)) return notFound;
  const session = await findSessionById(collections, booking.sessionId);
  const course = courseByCode(catalogue, booking.course);
  if (!session || !course) return notFound;
  const event = calendarEventFor({ _id: booking._id, state: booking.state }, session, course);
  return { ok: true, filename: fileNameFor(course.code, session.start), ics: icsFileFor(event, now) };
}

/** "CP-2026-11-30.ics" (the London date): ASCII only, so it needs no encoding in Content-Disposition. */
function fileNameFor(courseCode: string, start: Date): string {
  const day = londonIsoDay(start);
  return `${courseCode.replace(/[^A-Za-z0-9-]/g, '')}-${day}.ics`;
}
