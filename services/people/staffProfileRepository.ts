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
  onProgress?: (written: number) => void,
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
