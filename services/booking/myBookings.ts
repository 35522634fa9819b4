import { courseByCode } from '../catalogue/courseLookup';
import type { Catalogue } from '../catalogue/loadCatalogue';
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
  course: { code: string; title: string };
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
  return bookings.map((booking) => {
    const cancelUntil = cancelCutoff(booking.sessionStart, rules);
    const session = sessions.get(booking.sessionId);
    return {
      booking,
      ...(session ? { session } : {}),
      course: {
        code: booking.course,
        title: courseByCode(catalogue, booking.course)?.title ?? booking.course,
      },
      cancelUntil,
      canCancel: now < cancelUntil,
    };
  });
}
