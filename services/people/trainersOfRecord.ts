import type { Collections } from '../storage/collections';

/** More than any authority has; a choice list longer than this would not be usable anyway. */
const MOST_TRAINERS = 100;

/** People of record with the trainer permission, by name: who a coordinator can put down to run a session. */
export async function trainersOfRecord(
  collections: Collections,
): Promise<{ aadObjectId: string; name: string }[]> {
  const found = await collections.people
    .find({ permissions: 'trainer', source: 'roster' }, { projection: { name: 1 } })
    .sort({ name: 1 })
    .limit(MOST_TRAINERS)
    .toArray();
  return found.map((person) => ({ aadObjectId: person._id, name: person.name }));
}
