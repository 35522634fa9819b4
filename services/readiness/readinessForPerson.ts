import type { Catalogue } from '../catalogue/loadCatalogue';
import { organisationKey, type Organisation } from '../people/organisation';
import type { StaffProfile } from '../people/staffProfile';
import { findOrganisation } from '../people/organisationRepository';
import { findByAadObjectId } from '../people/staffProfileRepository';
import type { Session } from '../sessions/session';
import { findSessionById } from '../sessions/sessionRepository';
import type { Collections } from '../storage/collections';
import { checkReadiness, type Readiness } from './checkReadiness';

export type ReadinessResult =
  | { ok: true; profile: StaffProfile; organisation?: Organisation; readiness: Readiness; session?: Session }
  | { ok: false; reason: 'not_on_roster' | 'session_not_found' };

/**
 * "Am I ready for ContactPoint training?" With a session in view, dated checks are measured
 * against its date (domain §6); otherwise against today.
 */
export async function readinessForPerson(
  collections: Collections,
  catalogue: Catalogue,
  aadObjectId: string,
  now: Date,
  sessionId?: string,
): Promise<ReadinessResult> {
  const [profile, session] = await Promise.all([
    findByAadObjectId(collections, aadObjectId),
    sessionId ? findSessionById(collections, sessionId) : Promise.resolve(null),
  ]);
  if (!profile) return { ok: false, reason: 'not_on_roster' };
  if (sessionId && !session) return { ok: false, reason: 'session_not_found' };
  const organisation =
    (await findOrganisation(collections, organisationKey(profile.organisation))) ?? undefined;
  const readiness = checkReadiness(catalogue, profile, organisation, {
    today: now,
    ...(session ? { sessionDate: session.start } : {}),
  });
  return { ok: true, profile, organisation, readiness, ...(session ? { session } : {}) };
}
