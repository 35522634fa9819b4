import type { Catalogue } from '../catalogue/loadCatalogue';
import { buildPathway } from '../pathway/buildPathway';
import { requiredProgress } from '../pathway/pathwaySteps';
import { checkReadiness } from '../readiness/checkReadiness';
import type { Collections } from '../storage/collections';
import { organisationKey, type Organisation } from './organisation';
import { findOrganisationsByKeys } from './organisationRepository';
import type { StaffProfile } from './staffProfile';
import { findTeam } from './staffProfileRepository';

export interface TeamMember {
  aadObjectId: string;
  name: string;
  audience: StaffProfile['audience'];
  organisation: string;
  requiredDone: number;
  requiredTotal: number;
  nextCode?: string;
  /** For nominated ContactPoint users: the checks still blocking ContactPoint training. */
  contactPoint?: { ready: boolean; blockers: string[] };
}

export interface TeamOverview {
  members: TeamMember[];
  /** The whole team's size; `members` is one page of it, from `offset`. */
  total: number;
  offset: number;
}

export const TEAM_PAGE_SIZE = 20;

/** One page of a manager's line reports of record: progress, next module, ContactPoint blockers. */
export async function teamOverview(
  collections: Collections,
  catalogue: Catalogue,
  managerAadObjectId: string,
  offset: number,
  now: Date,
): Promise<TeamOverview> {
  const page = await findTeam(collections, managerAadObjectId, { offset, limit: TEAM_PAGE_SIZE });
  const organisations = await organisationsOf(collections, page.items);
  return {
    members: page.items.map((person) => describeMember(catalogue, person, organisations, now)),
    total: page.total,
    offset: page.offset,
  };
}

function describeMember(
  catalogue: Catalogue,
  person: StaffProfile,
  organisations: Map<string, Organisation>,
  now: Date,
): TeamMember {
  const pathway = buildPathway(catalogue, person, { today: now });
  const progress = requiredProgress(pathway.items);
  const member: TeamMember = {
    aadObjectId: person._id,
    name: person.name,
    audience: person.audience,
    organisation: person.organisation,
    // The steps the person's own pathway card lists, so manager and person see the same count.
    requiredDone: progress.done,
    requiredTotal: progress.total,
    ...('code' in pathway.nextStep ? { nextCode: pathway.nextStep.code } : {}),
  };
  if (person.contactPointUser) {
    const readiness = checkReadiness(
      catalogue,
      person,
      organisations.get(organisationKey(person.organisation)),
      { today: now },
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
