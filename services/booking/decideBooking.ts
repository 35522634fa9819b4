import type { Actor } from '../people/actorRoles';
import type { Session } from '../sessions/session';
import { findSessionById } from '../sessions/sessionRepository';
import type { Collections } from '../storage/collections';
import type { Booking, BookingActor } from './booking';
import { isManagerOrCoordinatorFor } from './bookingAuthority';
import { findBooking, moveBooking } from './bookingRepository';
import type { BookingRules } from './bookingRules';
import { freeSeat, type SeatFreed } from './promoteWaitingList';

export type Decision = 'approve' | 'decline';

export type DecisionOutcome =
  | { ok: true; booking: Booking; session?: Session; freed?: SeatFreed }
  | { ok: false; reason: 'booking_not_found' }
  | { ok: false; reason: 'not_allowed'; booking: Booking; session?: Session }
  /** Someone decided first, or it lapsed or was cancelled: the booking as it is now. */
  | { ok: false; reason: 'already_decided'; booking: Booking; session?: Session };

/**
 * The line manager of record (or a coordinator) approves or declines a held place. One conditional update on
 * `state: 'held'`: a second press, a second approver or a second bot instance finds it decided and changes
 * nothing. Declining gives the seat to the waiting list.
 */
export async function decideBooking(
  collections: Collections,
  bookingId: string,
  decision: Decision,
  actor: Actor & { name: string },
  rules: BookingRules,
  now: Date,
  reason?: string,
): Promise<DecisionOutcome> {
  const booking = await findBooking(collections, bookingId);
  if (!booking) return { ok: false, reason: 'booking_not_found' };
  const session = (await findSessionById(collections, booking.sessionId)) ?? undefined;
  if (!(await isManagerOrCoordinatorFor(collections, actor, booking)))
    return { ok: false, reason: 'not_allowed', booking, ...(session ? { session } : {}) };
  const by: BookingActor = { by: actor.aadObjectId, byName: actor.name };
  const moved = await moveBooking(
    collections,
    booking._id,
    {
      from: 'held',
      to: decision === 'approve' ? 'confirmed' : 'declined',
      actor: by,
      ...(reason ? { reason } : {}),
      isDecision: true,
    },
    now,
  );
  if (!moved) {
    const current = (await findBooking(collections, bookingId)) ?? booking;
    return { ok: false, reason: 'already_decided', booking: current, ...(session ? { session } : {}) };
  }
  const freed =
    decision === 'decline' ? await freeSeat(collections, booking.sessionId, rules, now) : undefined;
  return { ok: true, booking: moved, ...(session ? { session } : {}), ...(freed ? { freed } : {}) };
}
