import { DateTime } from 'luxon';
import type { Booking } from '../../services/booking/booking';
import type { Session } from '../../services/sessions/session';
import { LONDON_TIME_ZONE } from '../../services/shared/londonTime';

// Sessions and bookings to insert directly, for tests of what reads them (calendar files, the bookings export).

/** A London wall-clock time ("2026-06-15T09:30") as an instant. */
export function london(local: string): Date {
  return DateTime.fromISO(local, { zone: LONDON_TIME_ZONE }).toJSDate();
}

export function sessionAt(start: string, end: string, overrides: Partial<Session> = {}): Session {
  return {
    _id: 'CP-2026-11-30-AM',
    course: 'CP',
    start: london(start),
    end: london(end),
    venue: 'Civic Centre, IT Suite 2',
    capacity: 12,
    accessRoute: 'care-first',
    booked: 1,
    updatedAt: new Date('2026-10-01T09:00:00Z'),
    ...overrides,
  };
}

export function bookingOn(session: Session, overrides: Partial<Booking> = {}): Booking {
  const at = new Date('2026-10-05T10:00:00Z');
  return {
    _id: '4f6c2a1e-9b7d-4c3a-8e21-5d0f7a9b3c11',
    person: { aadObjectId: '11111111-1111-4111-8111-000000000001', name: 'Priya Shah' },
    course: session.course,
    sessionId: session._id,
    sessionStart: session.start,
    state: 'confirmed',
    activeKey: `11111111-1111-4111-8111-000000000001|${session.course}`,
    audit: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
