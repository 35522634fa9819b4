import { courseByCode } from '../catalogue/courseLookup';
import type { Catalogue } from '../catalogue/loadCatalogue';
import { findByAadObjectIds } from '../people/staffProfileRepository';
import type { Session } from '../sessions/session';
import { findSessionsByIds } from '../sessions/sessionRepository';
import type { Collections } from '../storage/collections';
import { ACTIVE_STATES, type Booking } from './booking';
import { findBookingsOfPerson } from './bookingRepository';
import type { BookingRules } from './bookingRules';
import { cancelCutoff } from './cancelBooking';

export interface BookingView {
  booking: Booking;
  session?: Session;
  course: { code: string; title: string; bring: string[] };
  /** Who decides on a held place: the line manager of record's name (a coordinator when absent). */
  approverName?: string;
  /** Until when the person can cancel in chat; after it they contact the coordinator. */
  cancelUntil: Date;
  canCancel: boolean;
}

const MOST_SHOWN = 20;

/** The person's active bookings for sessions still to come, soonest first. */
export async function myBookings(
  collections: Collections,
  catalogue: Catalogue,
  personAadObjectId: string,
  rules: BookingRules,
  now: Date,
): Promise<BookingView[]> {
  const bookings = await findBookingsOfPerson(collections, personAadObjectId, now, ACTIVE_STATES, MOST_SHOWN);
  const sessions = await findSessionsByIds(
    collections,
    bookings.map((booking) => booking.sessionId),
  );
  const managerIds = [...new Set(bookings.flatMap((booking) => booking.managerAadObjectId ?? []))];
  const managers = await findByAadObjectIds(collections, managerIds);
  return bookings.map((booking) => ({
    ...bookingViewOf(catalogue, booking, sessions.get(booking.sessionId), rules, now),
    ...(booking.managerAadObjectId && managers.get(booking.managerAadObjectId)
      ? { approverName: managers.get(booking.managerAadObjectId)!.name }
      : booking.managerName
        ? { approverName: booking.managerName }
        : {}),
  }));
}

/** One booking as its person sees it: the course, the session, and whether they can still cancel. */
export function bookingViewOf(
  catalogue: Catalogue,
  booking: Booking,
  session: Session | undefined,
  rules: BookingRules,
  now: Date,
): BookingView {
  const cancelUntil = cancelCutoff(booking.sessionStart, rules);
  const course = courseByCode(catalogue, booking.course);
  return {
    booking,
    ...(session ? { session } : {}),
    course: { code: booking.course, title: course?.title ?? booking.course, bring: course?.bring ?? [] },
    cancelUntil,
    canCancel: now < cancelUntil,
  };
}
