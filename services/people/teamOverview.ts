import { findPlacesHeldBy, type PlaceHeld } from '../booking/bookingRepository';
import type { Catalogue } from '../catalogue/loadCatalogue';
import { pathwayForPerson } from '../pathway/pathwayForPerson';
import { requiredProgress } from '../pathway/pathwaySteps';
import { checkReadiness, type Readiness } from '../readiness/checkReadiness';
import { clampOffset } from '../shared/paging';
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
  /** Courses with a seat held or confirmed from today on, soonest first (as their pathway shows them). */
  booked: { code: string; sessionStart: Date }[];
  /** For nominated ContactPoint users: the checks still blocking ContactPoint training. */
  contactPoint?: { ready: boolean; blockers: string[] };
  /** The readiness check says the manager must confirm IT competence: the manager can do it from the card. */
  itCompetenceAwaitsManager: boolean;
}

export interface TeamOverview {
  members: TeamMember[];
  /** How many are listed in all (after the filter); `members` is one page of them, from `offset`. */
  total: number;
  offset: number;
  /** Only those blocked for ContactPoint training ("who is blocked?"). */
  blockedOnly: boolean;
  /** The whole team, before the filter. */
  teamSize: number;
}

export const TEAM_PAGE_SIZE = 20;
/** The readiness checks a line manager settles by confirming IT competence (catalogue data, domain §6). */
function itCompetenceChecks(catalogue: Catalogue): Set<string> {
  return new Set(
    catalogue.prerequisites
      .filter((check) => check.kind === 'confirmation' && check.field === 'itCompetence')
      .map((check) => check.id),
  );
}

/** A page of a manager's line reports of record: progress, next module, ContactPoint blockers. */
export async function teamOverview(
  collections: Collections,
  catalogue: Catalogue,
  managerAadObjectId: string,
  options: { offset: number; blockedOnly?: boolean },
  now: Date,
): Promise<TeamOverview> {
  const team = await findTeam(collections, managerAadObjectId);
  const [organisations, places] = await Promise.all([
    organisationsOf(collections, team),
    findPlacesHeldBy(
      collections,
      team.map((person) => person._id),
    ),
  ]);
  const described = team.map((person) =>
    describeMember(catalogue, person, organisations, places.get(person._id) ?? [], now),
  );
  const listed = options.blockedOnly
    ? described.filter((member) => member.contactPoint && !member.contactPoint.ready)
    : described;
  const offset = clampOffset(options.offset, listed.length, TEAM_PAGE_SIZE);
  return {
    members: listed.slice(offset, offset + TEAM_PAGE_SIZE),
    total: listed.length,
    offset,
    blockedOnly: Boolean(options.blockedOnly),
    teamSize: team.length,
  };
}

export function describeMember(
  catalogue: Catalogue,
  person: StaffProfile,
  organisations: Map<string, Organisation>,
  placesHeld: readonly PlaceHeld[],
  now: Date,
): TeamMember & { readiness?: Readiness } {
  // The same pathway the person sees, booked places included, so a booked course is not their "next".
  const pathway = pathwayForPerson(catalogue, person, now, placesHeld);
  const progress = requiredProgress(pathway.items);
  const member: TeamMember & { readiness?: Readiness } = {
    aadObjectId: person._id,
    name: person.name,
    audience: person.audience,
    organisation: person.organisation,
    // The steps the person's own pathway card lists, so manager and person see the same count.
    requiredDone: progress.done,
    requiredTotal: progress.total,
    ...('code' in pathway.nextStep ? { nextCode: pathway.nextStep.code } : {}),
    booked: pathway.items
      .flatMap((item) =>
        item.status === 'booked' && item.bookedFor ? [{ code: item.code, sessionStart: item.bookedFor }] : [],
      )
      .sort((a, b) => a.sessionStart.getTime() - b.sessionStart.getTime()),
    itCompetenceAwaitsManager: false,
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
    member.readiness = readiness;
    member.contactPoint = {
      ready: readiness.ready,
      blockers: readiness.checks.filter((check) => check.status !== 'met').map((check) => check.label),
    };
    const itChecks = itCompetenceChecks(catalogue);
    member.itCompetenceAwaitsManager = readiness.checks.some(
      (check) => itChecks.has(check.id) && check.status === 'awaiting-confirmation',
    );
  }
  return member;
}

export function organisationsOf(
  collections: Collections,
  people: StaffProfile[],
): Promise<Map<string, Organisation>> {
  return findOrganisationsByKeys(collections, [
    ...new Set(people.map((person) => organisationKey(person.organisation))),
  ]);
}
