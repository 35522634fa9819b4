import type { Actor } from '../people/actorRoles';
import type { Session } from '../sessions/session';
import { findSessionById } from '../sessions/sessionRepository';
import type { Collections } from '../storage/collections';
import { ACTIVE_STATES, SEATED_STATES, type Booking, type BookingState } from './booking';
import { isManagerOrCoordinatorFor } from './bookingAuthority';
import { findBooking, moveBooking } from './bookingRepository';
import type { BookingRules } from './bookingRules';
import { freeSeat, type SeatFreed } from './promoteWaitingList';
import { subtractWorkingDays } from './workingDays';

export type CancelOutcome =
  | { ok: true; booking: Booking; session?: Session; freed?: SeatFreed; byOther: boolean }
  | { ok: false; reason: 'booking_not_found' }
  | { ok: false; reason: 'not_allowed'; booking: Booking }
  /** Too close to the session to cancel in chat: `cutoff` is when it closed. */
  | { ok: false; reason: 'past_cutoff'; booking: Booking; session?: Session; cutoff: Date }
  | { ok: false; reason: 'not_active'; booking: Booking; session?: Session };

/** When people stop being able to cancel their own place in chat (default 2 working days before). */
export function cancelCutoff(sessionStart: Date, rules: BookingRules): Date {
  return subtractWorkingDays(sessionStart, rules.cancelCutoffWorkingDays);
}

/**
 * Cancels an active booking. The person may until the cut-off; their line manager of record until the cut-off
 * too; a coordinator at any time. A seat it held goes to the waiting list.
 */
export async function cancelBooking(
  collections: Collections,
  bookingId: string,
  actor: Actor & { name: string },
  rules: BookingRules,
  now: Date,
  reason?: string,
): Promise<CancelOutcome> {
  const booking = await findBooking(collections, bookingId);
  if (!booking) return { ok: false, reason: 'booking_not_found' };
  const own = booking.person.aadObjectId === actor.aadObjectId;
  if (!own && !(await isManagerOrCoordinatorFor(collections, actor, booking)))
    return { ok: false, reason: 'not_allowed', booking };
  const session = (await findSessionById(collections, booking.sessionId)) ?? undefined;
  const withSession = session ? { session } : {};
  if (!(ACTIVE_STATES as readonly BookingState[]).includes(booking.state))
    return { ok: false, reason: 'not_active', booking, ...withSession };
  const cutoff = cancelCutoff(booking.sessionStart, rules);
  if (!actor.isCoordinator && now >= cutoff)
    return { ok: false, reason: 'past_cutoff', booking, cutoff, ...withSession };

  const moved = await moveBooking(
    collections,
    booking._id,
    {
      from: ACTIVE_STATES,
      to: 'cancelled',
      actor: { by: actor.aadObjectId, byName: actor.name },
      ...(reason ? { reason } : {}),
      isDecision: true,
    },
    now,
  );
  if (!moved) {
    const current = (await findBooking(collections, bookingId)) ?? booking;
    return { ok: false, reason: 'not_active', booking: current, ...withSession };
  }
  // The state it left decides whether a seat comes back: the audit's last entry records it.
  const left = moved.audit[moved.audit.length - 1]?.from;
  const heldSeat =
    left !== null && left !== undefined && (SEATED_STATES as readonly BookingState[]).includes(left);
  const freed = heldSeat ? await freeSeat(collections, booking.sessionId, rules, now) : undefined;
  return { ok: true, booking: moved, ...withSession, ...(freed ? { freed } : {}), byOther: !own };
}
