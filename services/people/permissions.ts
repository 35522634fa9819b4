import type { Permission } from '../catalogue/vocabulary';
import { systemClock, type Clock } from '../shared/clock';
import type { Collections } from '../storage/collections';
import type { StaffProfile } from './staffProfile';
import { findByAadObjectId, setPermission } from './staffProfileRepository';

export type PermissionChangeResult =
  | { ok: true; changed: boolean; person: Pick<StaffProfile, '_id' | 'name' | 'audience'> }
  | { ok: false; reason: 'unknown_person' }
  /** A self-declared person: confirm them first (`admin confirm`), then grant. */
  | { ok: false; reason: 'not_of_record'; person: Pick<StaffProfile, '_id' | 'name'> };

/** Gives a person on the roster the coordinator or trainer permission (`admin grant`). */
export function grantPermission(
  collections: Collections,
  aadObjectId: string,
  permission: Permission,
  clock: Clock = systemClock,
): Promise<PermissionChangeResult> {
  return changePermission(collections, aadObjectId, permission, true, clock);
}

/** Takes the permission away (`admin revoke`); a trainer by audience stays a trainer (see actorRoles). */
export function revokePermission(
  collections: Collections,
  aadObjectId: string,
  permission: Permission,
  clock: Clock = systemClock,
): Promise<PermissionChangeResult> {
  return changePermission(collections, aadObjectId, permission, false, clock);
}

async function changePermission(
  collections: Collections,
  aadObjectId: string,
  permission: Permission,
  holds: boolean,
  clock: Clock,
): Promise<PermissionChangeResult> {
  // Entra object ids arrive from Teams in lower case, and the roster import stores them so.
  const id = aadObjectId.toLowerCase();
  const outcome = await setPermission(collections, id, permission, holds, clock());
  const profile = outcome === 'unknown_person' ? null : await findByAadObjectId(collections, id);
  if (!profile) return { ok: false, reason: 'unknown_person' };
  if (outcome === 'not_of_record')
    return { ok: false, reason: 'not_of_record', person: { _id: profile._id, name: profile.name } };
  return {
    ok: true,
    changed: outcome === 'changed',
    person: { _id: profile._id, name: profile.name, audience: profile.audience },
  };
}
