import { findPlacesHeldBy } from '../booking/bookingRepository';
import type { Catalogue } from '../catalogue/loadCatalogue';
import type { Collections } from '../storage/collections';
import { organisationKey } from './organisation';
import { findOrganisation } from './organisationRepository';
import type { StaffProfile } from './staffProfile';
import { confirmItCompetence, findByAadObjectId, findTeam } from './staffProfileRepository';
import { describeMember, type TeamMember } from './teamOverview';
import type { Readiness } from '../readiness/checkReadiness';

/** One of a manager's line reports, as the manager sees them: progress, next step, ContactPoint readiness. */
export type MemberView = TeamMember & { readiness?: Readiness };

export type MemberLookup =
  | { ok: true; member: MemberView }
  | { ok: false; reason: 'not_in_team'; name: string }
  | { ok: false; reason: 'ambiguous'; name: string; matches: string[] };

/**
 * The line report a manager names ("Liam", "Priya Shah", "O'Connor"): only among the manager's own reports of
 * record, so a question naming someone else is never answered about anyone outside the team.
 */
export async function findTeamMember(
  collections: Collections,
  catalogue: Catalogue,
  managerAadObjectId: string,
  name: string,
  now: Date,
): Promise<MemberLookup> {
  const team = await findTeam(collections, managerAadObjectId);
  const wanted = nameWords(name);
  const exact = team.filter((person) => nameWords(person.name).join(' ') === wanted.join(' '));
  const matching = exact.length
    ? exact
    : team.filter((person) => {
        const words = nameWords(person.name);
        return wanted.length > 0 && wanted.every((part) => words.some((word) => word.startsWith(part)));
      });
  if (matching.length === 0) return { ok: false, reason: 'not_in_team', name };
  if (matching.length > 1)
    return { ok: false, reason: 'ambiguous', name, matches: matching.map((p) => p.name) };
  return { ok: true, member: await viewOf(collections, catalogue, matching[0] as StaffProfile, now) };
}

/** A line report by id, for the team card's buttons; undefined when they are not (or no longer) in the team. */
export async function teamMemberById(
  collections: Collections,
  catalogue: Catalogue,
  managerAadObjectId: string,
  aadObjectId: string,
  now: Date,
): Promise<MemberView | undefined> {
  const person = await findByAadObjectId(collections, aadObjectId);
  if (!person || person.source !== 'roster' || person.managerAadObjectId !== managerAadObjectId)
    return undefined;
  return viewOf(collections, catalogue, person, now);
}

export type ItCompetenceResult =
  | { ok: true; member: MemberView }
  | { ok: false; reason: 'not_in_team' }
  | { ok: false; reason: 'already_confirmed'; member: MemberView; by?: string; at?: Date };

/** The manager of record confirms a line report's IT competence (domain §6: evidenced by the employer). */
export async function confirmTeamMemberItCompetence(
  collections: Collections,
  catalogue: Catalogue,
  manager: { aadObjectId: string; name: string },
  aadObjectId: string,
  now: Date,
): Promise<ItCompetenceResult> {
  const written = await confirmItCompetence(collections, aadObjectId, manager, now);
  const member = await teamMemberById(collections, catalogue, manager.aadObjectId, aadObjectId, now);
  if (!member) return { ok: false, reason: 'not_in_team' };
  if (written) return { ok: true, member };
  const stored = await findByAadObjectId(collections, aadObjectId);
  return {
    ok: false,
    reason: 'already_confirmed',
    member,
    ...(stored?.itCompetenceConfirmed
      ? { by: stored.itCompetenceConfirmed.byName, at: stored.itCompetenceConfirmed.at }
      : {}),
  };
}

async function viewOf(
  collections: Collections,
  catalogue: Catalogue,
  person: StaffProfile,
  now: Date,
): Promise<MemberView> {
  const [organisation, places] = await Promise.all([
    findOrganisation(collections, organisationKey(person.organisation)),
    findPlacesHeldBy(collections, [person._id]),
  ]);
  const organisations = new Map(organisation ? [[organisation._id, organisation]] : []);
  return describeMember(catalogue, person, organisations, places.get(person._id) ?? [], now);
}

/** "Liam O'Connor" → ["liam", "o'connor"]; "Priya's" → ["priya"]. */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[\s-]+/)
    .filter(Boolean);
}
