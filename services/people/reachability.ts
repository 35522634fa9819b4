import type { Collections } from '../storage/collections';
import type { StaffProfile } from './staffProfile';

function stringId(value: unknown): string {
  // An object such as {"$ne": "x"} would be read by MongoDB as an operator and match someone else.
  if (typeof value !== 'string') throw new TypeError('aadObjectId must be a string');
  return value;
}

/** Notes that Teams would not let the bot reach this person. One write; someone not on the roster is skipped. */
export async function markUnreachable(
  collections: Collections,
  aadObjectId: string,
  reason: string,
  now: Date,
): Promise<void> {
  await collections.people.updateOne(
    { _id: stringId(aadObjectId) },
    { $set: { unreachable: { at: now, reason } } },
  );
}

/** The bot reached this person (or they wrote to it): no longer one for the coordinator to chase. */
export async function markReachable(collections: Collections, aadObjectId: string): Promise<void> {
  await collections.people.updateOne(
    { _id: stringId(aadObjectId), unreachable: { $exists: true } },
    { $unset: { unreachable: '' } },
  );
}

export type UnreachablePerson = Pick<StaffProfile, '_id' | 'name' | 'email' | 'organisation'> &
  Required<Pick<StaffProfile, 'unreachable'>>;

/** People the bot could not reach, most recent first, for a coordinator to contact another way. */
export async function listUnreachable(collections: Collections, limit = 50): Promise<UnreachablePerson[]> {
  return collections.people
    .find<UnreachablePerson>(
      // Every stored date is after the epoch: the range walks the index and skips people without the field.
      { 'unreachable.at': { $gte: new Date(0) } },
      { projection: { _id: 1, name: 1, email: 1, organisation: 1, unreachable: 1 } },
    )
    .sort({ 'unreachable.at': -1 })
    .limit(limit)
    .toArray();
}
