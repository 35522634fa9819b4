import type { Catalogue } from '../catalogue/loadCatalogue';
import { buildPathway } from '../pathway/buildPathway';
import { checkReadiness } from '../readiness/checkReadiness';
import type { Collections } from '../storage/collections';
import { organisationKey, type Organisation } from './organisation';
import { findOrganisationsByKeys } from './organisationRepository';
import type { StaffProfile } from './staffProfile';
import { findSelfDeclared, findTeam } from './staffProfileRepository';

export interface TeamMember {
  aadObjectId: string;
  name: string;
  audience: StaffProfile['audience'];
  organisation: string;
  /** Self-declared: not yet confirmed by the roster (issue: shown as unverified to managers and coordinators). */
  unverified: boolean;
  /** Named this manager by email but is not linked on the roster yet. */
  claimsThisManager: boolean;
  requiredDone: number;
  requiredTotal: number;
  nextCode?: string;
  /** For nominated ContactPoint users: the checks still blocking ContactPoint training. */
  contactPoint?: { ready: boolean; blockers: string[] };
}

export interface TeamOverview {
  scope: 'manager' | 'coordinator';
  members: TeamMember[];
}

const MAX_LISTED = 50;

/** A manager's reports (and anyone who named them as manager); for a coordinator, everyone still unverified. */
export async function teamOverview(
  collections: Collections,
  catalogue: Catalogue,
  viewer: { aadObjectId: string; email?: string; scope: 'manager' | 'coordinator' },
  now: Date,
): Promise<TeamOverview> {
  const people =
    viewer.scope === 'coordinator'
      ? await findSelfDeclared(collections, MAX_LISTED)
      : await findTeam(collections, viewer, MAX_LISTED);
  const organisations = await organisationsOf(collections, people);
  return {
    scope: viewer.scope,
    members: people.map((person) => describeMember(catalogue, person, organisations, viewer, now)),
  };
}

function describeMember(
  catalogue: Catalogue,
  person: StaffProfile,
  organisations: Map<string, Organisation>,
  viewer: { aadObjectId: string; scope: 'manager' | 'coordinator' },
  now: Date,
): TeamMember {
  const pathway = buildPathway(catalogue, person, { today: now });
  const required = pathway.items.filter((item) => !item.optional);
  const member: TeamMember = {
    aadObjectId: person._id,
    name: person.name,
    audience: person.audience,
    organisation: person.organisation,
    unverified: person.source === 'self-declared',
    claimsThisManager:
      viewer.scope === 'manager' &&
      person.source === 'self-declared' &&
      person.managerAadObjectId !== viewer.aadObjectId,
    requiredDone: required.filter((item) => item.status === 'done').length,
    requiredTotal: required.length,
    ...('code' in pathway.nextStep ? { nextCode: pathway.nextStep.code } : {}),
  };
  if (person.contactPointUser) {
    const readiness = checkReadiness(
      catalogue,
      person,
      organisations.get(organisationKey(person.organisation)),
      {
        today: now,
      },
    );
    member.contactPoint = {
      ready: readiness.ready,
      blockers: readiness.checks.filter((check) => check.status !== 'met').map((check) => check.label),
    };
  }
  return member;
}

function organisationsOf(
  collections: Collections,
  people: StaffProfile[],
): Promise<Map<string, Organisation>> {
  return findOrganisationsByKeys(collections, [
    ...new Set(people.map((person) => organisationKey(person.organisation))),
  ]);
}
