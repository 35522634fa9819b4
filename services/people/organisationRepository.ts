import type { Collections } from '../storage/collections';
import { findByIds, writeChanges, type DocumentChange, type WriteOutcome } from '../storage/documentChanges';
import type { Organisation } from './organisation';

export function findOrganisation(collections: Collections, key: string): Promise<Organisation | null> {
  return collections.organisations.findOne({ _id: key });
}

/** By `_id` (see `organisationKey`). */
export function findOrganisationsByKeys(
  collections: Collections,
  keys: readonly string[],
): Promise<Map<string, Organisation>> {
  return findByIds(collections.organisations, keys);
}

export function saveOrganisationChanges(
  collections: Collections,
  changes: readonly DocumentChange<Organisation>[],
  now: Date,
  onProgress?: (written: number) => void | Promise<void>,
): Promise<WriteOutcome> {
  return writeChanges(collections.organisations, changes, now, onProgress);
}

/** Organisation names in alphabetical order, for choice lists. */
export async function listOrganisationNames(collections: Collections, limit: number): Promise<string[]> {
  const found = await collections.organisations
    .find({}, { projection: { name: 1 } })
    .sort({ name: 1 })
    .limit(limit)
    .toArray();
  return found.map((organisation) => organisation.name);
}
