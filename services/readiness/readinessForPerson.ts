import type { Catalogue } from '../catalogue/loadCatalogue';
import type { Organisation } from '../people/organisation';
import type { StaffProfile } from '../people/staffProfile';
import { recentOrganisation } from '../storage/recentReads';
import type { Session } from '../sessions/session';
import { findSessionById } from '../sessions/sessionRepository';
import type { Collections } from '../storage/collections';
import { checkReadiness, type Readiness } from './checkReadiness';

export type ReadinessResult =
  | {
      ok: true;
      profile: StaffProfile;
      organisation?: Organisation;
      readiness: Readiness;
      session?: Session;
      /** Not nominated to use ContactPoint: shown where they would stand, and told they do not need it yet. */
      nominated: boolean;
    }
  | { ok: false; reason: 'session_not_found' };

/**
 * "Am I ready for ContactPoint training?" With a session in view, dated checks are measured
 * against its date (domain §6); otherwise against today.
 */
export async function readinessForPerson(
  collections: Collections,
  catalogue: Catalogue,
  profile: StaffProfile,
  now: Date,
  sessionId?: string,
): Promise<ReadinessResult> {
  const session = sessionId ? await findSessionById(collections, sessionId) : null;
  if (sessionId && !session) return { ok: false, reason: 'session_not_found' };
  const organisation = await recentOrganisation(collections, profile.organisation);
  const readiness = checkReadiness(catalogue, profile, organisation, {
    today: now,
    ...(session ? { sessionDate: session.start } : {}),
  });
  return {
    ok: true,
    profile,
    organisation,
    readiness,
    nominated: profile.contactPointUser,
    ...(session ? { session } : {}),
  };
}
