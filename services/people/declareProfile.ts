import { z } from 'zod';
import type { Catalogue } from '../catalogue/loadCatalogue';
import { accessRouteFor } from '../catalogue/accessRoutes';
import { Audience, ServiceGroup } from '../catalogue/vocabulary';
import type { Collections } from '../storage/collections';
import { organisationKey } from './organisation';
import { findOrganisation } from './organisationRepository';
import type { StaffProfile } from './staffProfile';
import { findByEmail, saveSelfDeclared } from './staffProfileRepository';

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
  | { ok: true; profile: StaffProfile; managerFound: boolean }
  | { ok: false; reason: 'already_on_roster' }
  | { ok: false; reason: 'invalid'; problems: string[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Stores a self-declared profile for someone not on the roster; a roster record is never overwritten. */
export async function declareProfile(
  collections: Collections,
  catalogue: Catalogue,
  person: { aadObjectId: string; name: string; email?: string },
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

  const [knownOrganisation, manager] = await Promise.all([
    findOrganisation(collections, organisationKey(organisationName)),
    managerEmail ? findByEmail(collections, managerEmail) : Promise.resolve(null),
  ]);
  const declared: Omit<StaffProfile, '_id'> = {
    name: person.name,
    ...(person.email ? { email: person.email.toLowerCase() } : {}),
    audience: details.audience,
    organisation: knownOrganisation?.name ?? organisationName,
    serviceGroup: details.serviceGroup,
    accessRoute: accessRouteFor(catalogue, details.serviceGroup),
    ...(manager ? { managerAadObjectId: manager._id } : {}),
    ...(managerEmail ? { declaredManagerEmail: managerEmail } : {}),
    contactPointUser: details.contactPointUser === 'yes',
    itCompetence: false,
    identityChecked: false,
    permissions: [],
    completed: [],
    source: 'self-declared',
    updatedAt: now,
  };
  const profile: StaffProfile = { _id: person.aadObjectId, ...declared };
  if ((await saveSelfDeclared(collections, profile)) === 'on_roster')
    return { ok: false, reason: 'already_on_roster' };
  return { ok: true, profile, managerFound: Boolean(manager) };
}
