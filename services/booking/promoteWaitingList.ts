import { findSessionById } from '../sessions/sessionRepository';
import type { Session } from '../sessions/session';
import type { Collections } from '../storage/collections';
import type { Booking, BookingActor } from './booking';
import { findWaitingList, moveBooking } from './bookingRepository';
import type { BookingRules } from './bookingRules';
import { releaseSeat, takeSeat } from './seats';
import { addWorkingDays, subtractDays } from './workingDays';

export const BOOKING_SYSTEM: BookingActor = { by: 'system', byName: 'Booking system' };

/** What happened to a freed seat: who was moved up, or that it is the coordinator's to fill. */
export interface SeatFreed {
  session?: Session;
  promoted: Booking[];
  /** Too close to the session for the waiting list: a coordinator fills the seat by hand. */
  offeredToCoordinator: boolean;
}

/** Gives a seat back, then offers free seats to the waiting list. */
export async function freeSeat(
  collections: Collections,
  sessionId: string,
  rules: BookingRules,
  now: Date,
): Promise<SeatFreed> {
  await releaseSeat(collections, sessionId, now);
  return promoteWaitingList(collections, sessionId, rules, now);
}

/**
 * Moves people up from the waiting list while seats are free, first come first served. Each promotion takes a
 * seat by a conditional update and then moves the booking by another; if the booking moved meanwhile (they
 * cancelled, or another instance promoted them), the seat goes back and the next person is tried.
 */
export async function promoteWaitingList(
  collections: Collections,
  sessionId: string,
  rules: BookingRules,
  now: Date,
): Promise<SeatFreed> {
  const session = (await findSessionById(collections, sessionId)) ?? undefined;
  const promoted: Booking[] = [];
  if (!session || session.cancelled || session.start <= now)
    return { session, promoted, offeredToCoordinator: false };
  const seatsFree = () => session.capacity - session.booked - promoted.length;
  if (seatsFree() <= 0) return { session, promoted, offeredToCoordinator: false };
  // Close to the day people cannot be expected to rearrange their week: the coordinator fills it instead.
  if (now >= subtractDays(session.start, rules.promotionStopDays))
    return { session, promoted, offeredToCoordinator: true };

  for (let round = 0; round < 50 && seatsFree() > 0; round += 1) {
    const [first] = await findWaitingList(collections, sessionId, 1);
    if (!first) break;
    if (!(await takeSeat(collections, sessionId, now))) break;
    // A nomination was already the manager's approval; anyone else needs their manager to approve the place.
    const moved = await moveBooking(
      collections,
      first._id,
      first.nominatedBy
        ? {
            from: 'waitlisted',
            to: 'confirmed',
            actor: BOOKING_SYSTEM,
            reason: 'a place came free',
            isDecision: true,
          }
        : {
            from: 'waitlisted',
            to: 'held',
            actor: BOOKING_SYSTEM,
            reason: 'a place came free',
            set: { holdUntil: holdUntil(now, session, rules) },
          },
      now,
    );
    if (moved) promoted.push(moved);
    else await releaseSeat(collections, sessionId, now);
  }
  return { session, promoted, offeredToCoordinator: false };
}

/** When a held place lapses: the hold window in working days, but never after the session starts. */
export function holdUntil(now: Date, session: Pick<Session, 'start'>, rules: BookingRules): Date {
  const end = addWorkingDays(now, rules.holdWorkingDays);
  return end < session.start ? end : session.start;
}
