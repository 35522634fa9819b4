import type { Permission } from '../catalogue/vocabulary';
import type { Collections } from '../storage/collections';
import { findByIds, writeChanges, type DocumentChange, type WriteOutcome } from '../storage/documentChanges';
import type { StaffProfile } from './staffProfile';

export function findByAadObjectId(
  collections: Collections,
  aadObjectId: string,
): Promise<StaffProfile | null> {
  return collections.people.findOne({ _id: aadObjectId });
}

export function findByAadObjectIds(
  collections: Collections,
  aadObjectIds: readonly string[],
): Promise<Map<string, StaffProfile>> {
  return findByIds(collections.people, aadObjectIds);
}

export function saveStaffProfileChanges(
  collections: Collections,
  changes: readonly DocumentChange<StaffProfile>[],
  now: Date,
  onProgress?: (written: number) => void | Promise<void>,
): Promise<WriteOutcome> {
  return writeChanges(collections.people, changes, now, onProgress);
}

export type PermissionWrite = 'changed' | 'already' | 'unknown_person';

/** Gives (`holds`) or takes away the permission in one conditional single-document update. */
export async function setPermission(
  collections: Collections,
  aadObjectId: string,
  permission: Permission,
  holds: boolean,
  now: Date,
): Promise<PermissionWrite> {
  const result = await collections.people.updateOne(
    { _id: aadObjectId, permissions: holds ? { $ne: permission } : permission },
    holds
      ? { $addToSet: { permissions: permission }, $set: { updatedAt: now } }
      : { $pull: { permissions: permission }, $set: { updatedAt: now } },
  );
  return result.matchedCount === 1 ? 'changed' : await alreadyOrUnknown(collections, aadObjectId);
}

async function alreadyOrUnknown(collections: Collections, aadObjectId: string): Promise<PermissionWrite> {
  const count = await collections.people.countDocuments({ _id: aadObjectId }, { limit: 1 });
  return count === 1 ? 'already' : 'unknown_person';
}

/** Whether anyone on the roster has this person as line manager. */
export async function hasReports(collections: Collections, managerAadObjectId: string): Promise<boolean> {
  return (await collections.people.countDocuments({ managerAadObjectId }, { limit: 1 })) > 0;
}

/** Email addresses are matched without regard to case (people type them as they like). */
export function findByEmail(collections: Collections, email: string): Promise<StaffProfile | null> {
  return collections.people.findOne({ email: { $regex: `^${escapeRegExp(email)}$`, $options: 'i' } });
}

/** A manager's reports, and self-declared people who named the manager's email, by name. */
export function findTeam(
  collections: Collections,
  manager: { aadObjectId: string; email?: string },
  limit: number,
): Promise<StaffProfile[]> {
  const claimedBy = manager.email
    ? [{ declaredManagerEmail: manager.email.toLowerCase(), source: 'self-declared' as const }]
    : [];
  return collections.people
    .find({ $or: [{ managerAadObjectId: manager.aadObjectId }, ...claimedBy] })
    .sort({ name: 1 })
    .limit(limit)
    .toArray();
}

/** People who entered their own details and are not yet on the roster, by name. */
export function findSelfDeclared(collections: Collections, limit: number): Promise<StaffProfile[]> {
  return collections.people.find({ source: 'self-declared' }).sort({ name: 1 }).limit(limit).toArray();
}

/**
 * Stores a self-declared profile. It never overwrites a roster record: the write only matches a missing or
 * self-declared profile, and a roster one makes the upsert collide on `_id`.
 */
export async function saveSelfDeclared(
  collections: Collections,
  profile: StaffProfile,
): Promise<'saved' | 'on_roster'> {
  const { _id, ...fields } = profile;
  try {
    await collections.people.updateOne({ _id, source: 'self-declared' }, { $set: fields }, { upsert: true });
    return 'saved';
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return 'on_roster';
    throw error;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
