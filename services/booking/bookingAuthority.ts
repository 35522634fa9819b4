import type { Actor } from '../people/actorRoles';
import { findByAadObjectId } from '../people/staffProfileRepository';
import { isOfRecord } from '../people/staffProfile';
import type { Collections } from '../storage/collections';
import type { Booking } from './booking';

/**
 * Whether `actor` decides for the person on this booking: a coordinator always; otherwise only the person's line
 * manager of record as the roster says now (a manager who has since moved on no longer decides). When the roster
 * names none and the directory named a manager as the place was booked, that manager decides this booking: the
 * organisation's directory says so, not the person (issue 13 item 5), and it makes nobody a manager of record.
 */
export async function isManagerOrCoordinatorFor(
  collections: Collections,
  actor: Actor,
  booking: Booking,
): Promise<boolean> {
  if (actor.isCoordinator) return true;
  const person = await findByAadObjectId(collections, booking.person.aadObjectId);
  const rosterManager = person && isOfRecord(person) ? person.managerAadObjectId : undefined;
  if (!rosterManager && booking.managerSource === 'graph')
    return booking.managerAadObjectId !== undefined && booking.managerAadObjectId === actor.aadObjectId;
  const manager = person && isOfRecord(person) ? rosterManager : booking.managerAadObjectId;
  return (
    manager !== undefined &&
    manager === actor.aadObjectId &&
    actor.profile !== null &&
    isOfRecord(actor.profile)
  );
}
