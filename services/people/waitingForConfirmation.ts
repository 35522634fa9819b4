import type { AccessRoute, Audience, ServiceGroup } from '../catalogue/vocabulary';
import type { Collections } from '../storage/collections';
import { organisationKey } from './organisation';
import { findOrganisation, findOrganisationsByKeys } from './organisationRepository';
import type { StaffProfile } from './staffProfile';
import { findByAadObjectId, findByEmail, findWaitingForConfirmation } from './staffProfileRepository';

/** A self-declared person as a coordinator reviews them: what they said, and what the roster knows of it. */
export interface DeclaredPerson {
  aadObjectId: string;
  name: string;
  audience: Audience;
  organisation: string;
  /** False when the organisation is not in organisations.csv yet: confirming adds it, not accredited. */
  organisationKnown: boolean;
  serviceGroup: ServiceGroup;
  accessRoute: AccessRoute;
  contactPointUser: boolean;
  /** The manager's email as the person gave it: a claim the coordinator may accept or correct. */
  claimedManagerEmail?: string;
  /** Who on the roster has that email, if anyone. */
  claimedManager?: { aadObjectId: string; name: string };
  declaredAt?: Date;
}

export interface WaitingList {
  people: DeclaredPerson[];
  total: number;
  offset: number;
}

export const WAITING_PAGE_SIZE = 10;

/** One page of the people a coordinator still has to confirm or reject, by name. */
export async function waitingForConfirmation(collections: Collections, offset: number): Promise<WaitingList> {
  const page = await findWaitingForConfirmation(collections, { offset, limit: WAITING_PAGE_SIZE });
  const organisations = await findOrganisationsByKeys(
    collections,
    page.items.map((person) => organisationKey(person.organisation)),
  );
  const people = await Promise.all(
    page.items.map((person) =>
      describeDeclared(collections, person, organisations.has(organisationKey(person.organisation))),
    ),
  );
  return { people, total: page.total, offset: page.offset };
}

/** One self-declared person as a coordinator reviews them; null when they are not (or no longer) self-declared. */
export async function declaredPerson(
  collections: Collections,
  aadObjectId: string,
): Promise<DeclaredPerson | null> {
  const person = await findByAadObjectId(collections, aadObjectId.toLowerCase());
  if (!person || person.source !== 'self-declared') return null;
  const organisation = await findOrganisation(collections, organisationKey(person.organisation));
  return describeDeclared(collections, person, Boolean(organisation));
}

async function describeDeclared(
  collections: Collections,
  person: StaffProfile,
  organisationKnown: boolean,
): Promise<DeclaredPerson> {
  const claimed = person.declaredManagerEmail
    ? await findByEmail(collections, person.declaredManagerEmail)
    : null;
  return {
    aadObjectId: person._id,
    name: person.name,
    audience: person.audience,
    organisation: person.organisation,
    organisationKnown,
    serviceGroup: person.serviceGroup,
    accessRoute: person.accessRoute,
    contactPointUser: person.contactPointUser,
    ...(person.declaredManagerEmail ? { claimedManagerEmail: person.declaredManagerEmail } : {}),
    ...(claimed && claimed.source === 'roster'
      ? { claimedManager: { aadObjectId: claimed._id, name: claimed.name } }
      : {}),
    ...(person.declaredAt ? { declaredAt: person.declaredAt } : {}),
  };
}
