import type { Catalogue } from '../catalogue/loadCatalogue';
import type { Session } from '../sessions/session';
import { findSessionById } from '../sessions/sessionRepository';
import type { Collections } from '../storage/collections';
import type { BookingRules } from './bookingRules';
import { findActiveOnSession } from './bookingRepository';
import { bookingViewOf, type BookingView } from './myBookings';

export type SessionBookings =
  { ok: true; session: Session; bookings: BookingView[] } | { ok: false; reason: 'session_not_found' };

/** Everyone with an active place on a session (held, confirmed, then waiting, in the order they booked). */
export async function sessionBookings(
  collections: Collections,
  catalogue: Catalogue,
  sessionId: string,
  rules: BookingRules,
  now: Date,
): Promise<SessionBookings> {
  const session = await findSessionById(collections, sessionId);
  if (!session) return { ok: false, reason: 'session_not_found' };
  const bookings = (await findActiveOnSession(collections, sessionId))
    .sort((a, b) => Number(a.state === 'waitlisted') - Number(b.state === 'waitlisted'))
    .map((booking) => bookingViewOf(catalogue, booking, session, rules, now));
  return { ok: true, session, bookings };
}
