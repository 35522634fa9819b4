import type { Catalogue } from '../catalogue/loadCatalogue';
import type { StaffProfile } from '../people/staffProfile';
import { checkReadiness, type Readiness } from '../readiness/checkReadiness';
import type { Session } from '../sessions/session';
import type { Collections } from '../storage/collections';
import { recentOrganisation } from '../storage/recentReads';

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
  const organisation = await recentOrganisation(collections, profile.organisation);
  const readiness = checkReadiness(catalogue, profile, organisation, {
    today: now,
    sessionDate: session.start,
  });
  return readiness.ready ? undefined : readiness;
}
