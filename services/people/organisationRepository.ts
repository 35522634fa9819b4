import type { Collections } from '../storage/collections';
import { findByIds, writeChanges, type DocumentChange, type WriteOutcome } from '../storage/documentChanges';
import { organisationKey, organisationWords, type Organisation } from './organisation';

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

/** Organisation names in alphabetical order (`_id` is the name in lower case), for a short choice list. */
export async function listOrganisationNames(collections: Collections, limit: number): Promise<string[]> {
  const found = await collections.organisations
    .find({}, { projection: { name: 1 } })
    .sort({ _id: 1 })
    .limit(limit)
    .toArray();
  return found.map((organisation) => organisation.name);
}

/** How many candidates one indexed word lookup reads before the other words narrow them down. */
const SEARCH_CANDIDATES = 500;

/**
 * Organisations whose name has a word starting with each word typed ("mary prim" finds "St Mary's Primary"),
 * in alphabetical order: the typeahead on the onboarding card. Blank text gives the first ones.
 */
export async function searchOrganisations(
  collections: Collections,
  text: string,
  limit: number,
): Promise<Organisation[]> {
  const typed = organisationWords(text);
  if (typed.length === 0) {
    return collections.organisations.find({}).sort({ _id: 1 }).limit(limit).toArray();
  }
  // The longest word narrows the most: read by the words index, then check the rest here.
  const [longest] = [...typed].sort((a, b) => b.length - a.length);
  const candidates = await collections.organisations
    .find({ words: { $regex: `^${escapeRegExp(longest ?? '')}` } })
    .sort({ _id: 1 })
    .limit(SEARCH_CANDIDATES)
    .toArray();
  return candidates
    .filter((organisation) => {
      const words = organisation.words ?? organisationWords(organisation.name);
      return typed.every((part) => words.some((word) => word.startsWith(part)));
    })
    .slice(0, limit);
}

/** Adds an organisation a coordinator confirmed someone into, unless it exists; a new one is not accredited. */
export async function ensureOrganisation(
  collections: Collections,
  name: string,
  now: Date,
): Promise<{ organisation: Organisation; created: boolean }> {
  const key = organisationKey(name);
  const cleanName = name.trim().replace(/\s+/g, ' ');
  const result = await collections.organisations.findOneAndUpdate(
    { _id: key },
    {
      $setOnInsert: {
        name: cleanName,
        accredited: false,
        words: organisationWords(cleanName),
        updatedAt: now,
      },
    },
    { upsert: true, returnDocument: 'after', includeResultMetadata: true },
  );
  const organisation = result.value as Organisation;
  return { organisation, created: !result.lastErrorObject?.updatedExisting };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
