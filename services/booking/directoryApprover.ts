import type { ManagerDirectory } from '../people/managerDirectory';
import type { Collections } from '../storage/collections';
import type { Booking } from './booking';
import { setDirectoryManager } from './bookingRepository';

/**
 * A held place with no approver (the roster names no line manager: a place moved up from the waiting list, say)
 * gets the directory's line manager, as a Book press would have. Unchanged when there is no directory, it names
 * nobody (or the person themselves), or the place moved meanwhile.
 */
export async function withDirectoryApprover(
  collections: Collections,
  booking: Booking,
  managerOf: ManagerDirectory['managerOf'] | undefined,
  now: Date,
): Promise<Booking> {
  if (!managerOf || booking.state !== 'held' || booking.managerAadObjectId) return booking;
  const manager = await managerOf(booking.person.aadObjectId).catch(() => undefined);
  if (!manager || manager.aadObjectId === booking.person.aadObjectId) return booking;
  return (await setDirectoryManager(collections, booking._id, manager, now)) ?? booking;
}
