import type { Collections } from '../storage/collections';
import type { Booking } from './booking';
import { findOverdueHolds, moveBooking } from './bookingRepository';
import type { BookingRules } from './bookingRules';
import { BOOKING_SYSTEM, freeSeat, type SeatFreed } from './promoteWaitingList';

export interface Lapsed {
  booking: Booking;
  freed: SeatFreed;
}

/**
 * Held places nobody decided on within the hold window lapse, and their seats go to the waiting list. Safe to
 * run from every bot instance at once: each lapse is a conditional move, so only one instance frees each seat.
 */
export async function lapseOverdueHolds(
  collections: Collections,
  rules: BookingRules,
  now: Date,
  batch = 100,
): Promise<Lapsed[]> {
  const lapsed: Lapsed[] = [];
  for (const overdue of await findOverdueHolds(collections, now, batch)) {
    const moved = await moveBooking(
      collections,
      overdue._id,
      { from: 'held', to: 'lapsed', actor: BOOKING_SYSTEM, reason: 'no decision within the hold window' },
      now,
    );
    if (moved)
      lapsed.push({ booking: moved, freed: await freeSeat(collections, overdue.sessionId, rules, now) });
  }
  return lapsed;
}
