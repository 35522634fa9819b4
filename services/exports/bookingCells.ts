import { DateTime } from 'luxon';
import type { Booking } from '../booking/booking';
import type { Session } from '../sessions/session';
import { LONDON_TIME_ZONE } from '../shared/londonTime';

/** The columns of `admin export bookings`, in this order (contracts.md §2: extend only, never rename or remove). */
export const BOOKING_EXPORT_COLUMNS = [
  'bookingId',
  'aadObjectId',
  'name',
  'course',
  'sessionId',
  'sessionStart',
  'venue',
  'state',
  'attendance',
  'approver',
  'approvedAt',
  'bookedAt',
  'updatedAt',
] as const;
export type BookingExportColumn = (typeof BOOKING_EXPORT_COLUMNS)[number];

/** London wall-clock time as sessions.csv writes it, `YYYY-MM-DDTHH:MM`, so a spreadsheet reads it as a date. */
export function londonDateTimeCell(instant: Date): string {
  return (
    DateTime.fromJSDate(instant, { zone: LONDON_TIME_ZONE }).toISO({ includeOffset: false }) ?? ''
  ).slice(0, 16);
}

/**
 * One booking as the cells of its export row. The session gives the venue and the current start; when it is no
 * longer stored the row is still written, with the start the booking copied and a blank venue. The approval is
 * the last move to `confirmed` in the audit trail (a manager's approval, or their nomination, issue 13 item 6).
 */
export function bookingCells(
  booking: Booking,
  session: Session | undefined,
): Record<BookingExportColumn, string> {
  const approval = [...booking.audit].reverse().find((entry) => entry.to === 'confirmed');
  return {
    bookingId: booking._id,
    aadObjectId: booking.person.aadObjectId,
    name: booking.person.name,
    course: booking.course,
    sessionId: booking.sessionId,
    sessionStart: londonDateTimeCell(session?.start ?? booking.sessionStart),
    venue: session?.venue ?? '',
    state: booking.state,
    attendance: booking.state === 'attended' || booking.state === 'no-show' ? booking.state : '',
    approver: approval?.byName ?? '',
    approvedAt: approval ? londonDateTimeCell(approval.at) : '',
    bookedAt: londonDateTimeCell(booking.createdAt),
    updatedAt: londonDateTimeCell(booking.updatedAt),
  };
}
