import type { Catalogue } from '../catalogue/loadCatalogue';
import type { StaffProfile } from '../people/staffProfile';
import { findByAadObjectId } from '../people/staffProfileRepository';
import type { Collections } from '../storage/collections';
import { buildPathway, type Pathway } from './buildPathway';

export type PathwayResult =
  { ok: true; profile: StaffProfile; pathway: Pathway } | { ok: false; reason: 'not_on_roster' };

/** "What training do I need?" for the person asking. Bookings join when the booking feature lands. */
export async function pathwayForPerson(
  collections: Collections,
  catalogue: Catalogue,
  aadObjectId: string,
  now: Date,
): Promise<PathwayResult> {
  const profile = await findByAadObjectId(collections, aadObjectId);
  if (!profile) return { ok: false, reason: 'not_on_roster' };
  return { ok: true, profile, pathway: buildPathway(catalogue, profile, { today: now }) };
}
