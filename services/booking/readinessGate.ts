import type { Catalogue } from '../catalogue/loadCatalogue';
import { organisationKey } from '../people/organisation';
import { findOrganisation } from '../people/organisationRepository';
import type { StaffProfile } from '../people/staffProfile';
import { checkReadiness, type Readiness } from '../readiness/checkReadiness';
import type { Session } from '../sessions/session';
import type { Collections } from '../storage/collections';

/**
 * The ContactPoint prerequisites measured on the session's date, not today (domain §6: an eCRB that is fine
 * today but three years old on the day blocks). Other courses have no gate. Undefined means the person may book.
 */
export async function readinessBlocking(
  collections: Collections,
  catalogue: Catalogue,
  profile: StaffProfile,
  session: Session,
  now: Date,
): Promise<Readiness | undefined> {
  if (session.course !== catalogue.contactPointCourse) return undefined;
  const organisation = await findOrganisation(collections, organisationKey(profile.organisation));
  const readiness = checkReadiness(catalogue, profile, organisation ?? undefined, {
    today: now,
    sessionDate: session.start,
  });
  return readiness.ready ? undefined : readiness;
}
