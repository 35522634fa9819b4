import { z } from 'zod';
import type { Catalogue } from '../catalogue/loadCatalogue';
import { accessRouteFor } from '../catalogue/accessRoutes';
import { Audience, ServiceGroup } from '../catalogue/vocabulary';
import type { Collections } from '../storage/collections';
import { organisationKey } from './organisation';
import { findOrganisation } from './organisationRepository';
import { saveSelfDeclared } from './staffProfileRepository';

export const OTHER_ORGANISATION = 'other';

/** What a person not on the roster tells us about themselves (the onboarding card). */
export const DeclaredDetails = z
  .object({
    audience: Audience,
    organisation: z.string().trim().min(1).max(120),
    organisationOther: z.string().trim().max(120).optional(),
    serviceGroup: ServiceGroup,
    contactPointUser: z.enum(['yes', 'no', 'not-sure']),
    managerEmail: z.string().trim().max(200).optional(),
  })
  .loose();
export type DeclaredDetails = z.infer<typeof DeclaredDetails>;

export type DeclareResult =
  | { ok: true }
  | { ok: false; reason: 'already_on_roster' }
  | { ok: false; reason: 'invalid'; problems: string[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Stores what someone not on the roster says about themselves. It is a declaration, not a record: it gives
 * no role beyond practitioner and no permission (see actorRoles), and the manager's email is kept as a claim
 * for the coordinator, never as a manager of record. A roster record is never overwritten.
 */
export async function declareProfile(
  collections: Collections,
  catalogue: Catalogue,
  person: { aadObjectId: string; name: string },
  details: DeclaredDetails,
  now: Date,
): Promise<DeclareResult> {
  const problems: string[] = [];
  const organisationName =
    details.organisation === OTHER_ORGANISATION ? (details.organisationOther ?? '') : details.organisation;
  if (!organisationName) problems.push('Type the name of your organisation, or choose it from the list.');
  const managerEmail = details.managerEmail ? details.managerEmail.toLowerCase() : undefined;
  if (managerEmail && !EMAIL.test(managerEmail)) {
    problems.push(`"${details.managerEmail}" is not an email address.`);
  }
  if (problems.length) return { ok: false, reason: 'invalid', problems };

  const knownOrganisation = await findOrganisation(collections, organisationKey(organisationName));
  const saved = await saveSelfDeclared(
    collections,
    person,
    {
      audience: details.audience,
      organisation: knownOrganisation?.name ?? organisationName.replace(/\s+/g, ' '),
      serviceGroup: details.serviceGroup,
      accessRoute: accessRouteFor(catalogue, details.serviceGroup),
      contactPointUser: details.contactPointUser === 'yes',
      ...(managerEmail ? { declaredManagerEmail: managerEmail } : {}),
    },
    now,
  );
  return saved === 'on_roster' ? { ok: false, reason: 'already_on_roster' } : { ok: true };
}
