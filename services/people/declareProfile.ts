import { z } from 'zod';
import type { Catalogue } from '../catalogue/loadCatalogue';
import { accessRouteFor } from '../catalogue/accessRoutes';
import { Audience, ServiceGroup } from '../catalogue/vocabulary';
import type { Collections } from '../storage/collections';
import { organisationKey } from './organisation';
import type { StaffProfile } from './staffProfile';

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

/**
 * Stores a self-declared profile for someone not on the roster. It never overwrites a roster record:
 * the write only matches a missing or self-declared profile, and a roster one makes the upsert collide.
 */
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
    collections.organisations.findOne({ _id: organisationKey(organisationName) }),
    managerEmail
      ? collections.people.findOne({ email: { $regex: `^${escapeRegExp(managerEmail)}$`, $options: 'i' } })
      : Promise.resolve(null),
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
  try {
    await collections.people.updateOne(
      { _id: person.aadObjectId, source: 'self-declared' },
      { $set: declared },
      { upsert: true },
    );
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return { ok: false, reason: 'already_on_roster' };
    throw error;
  }
  return { ok: true, profile: { _id: person.aadObjectId, ...declared }, managerFound: Boolean(manager) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
