import type { Catalogue } from '../catalogue/loadCatalogue';
import { accessRouteFor } from '../catalogue/accessRoutes';
import { AUDIENCE_LABELS, type Audience, type ServiceGroup } from '../catalogue/vocabulary';
import type { Collections } from '../storage/collections';
import { ensureOrganisation } from './organisationRepository';
import type { AuditEntry, Decision, StaffProfile } from './staffProfile';
import { findByAadObjectId, findByEmail, recordDecision } from './staffProfileRepository';

/** Who decides: a coordinator of record, or the administrator at the CLI. Never taken from card data. */
export interface Reviewer {
  id: string;
  name: string;
  isCoordinator: boolean;
}

/** What a coordinator may correct while confirming (issue: confirming may correct role, organisation and manager). */
export interface Corrections {
  audience?: Audience;
  organisation?: string;
  serviceGroup?: ServiceGroup;
  /** The line manager's email; blank keeps the person's own claim (when it names someone on the roster). */
  managerEmail?: string;
  /** Link no manager at all, whatever the person claimed. */
  noManager?: boolean;
}

export type ReviewRefusal =
  | { ok: false; reason: 'not_allowed' }
  | { ok: false; reason: 'unknown_person' }
  | { ok: false; reason: 'already_confirmed'; person: StaffProfile; decision?: Decision }
  | { ok: false; reason: 'already_rejected'; person: StaffProfile; decision: Decision }
  /** The person saved new details after the card was shown: the coordinator should look again. */
  | { ok: false; reason: 'changed_since'; person: StaffProfile }
  | { ok: false; reason: 'invalid'; person: StaffProfile; problems: string[] };

export type ConfirmResult =
  | {
      ok: true;
      person: StaffProfile;
      manager?: Pick<StaffProfile, '_id' | 'name'>;
      organisationAdded: boolean;
      corrected: string[];
    }
  | ReviewRefusal;

export type RejectResult = { ok: true; person: StaffProfile } | ReviewRefusal;

/**
 * Puts a self-declared person on the roster, as declared or corrected. One conditional update on the version
 * of the declaration the coordinator saw, so a double click, two coordinators or two bot instances cannot
 * both win, and a person who changed their details meanwhile is not confirmed on the old ones.
 */
export async function confirmSelfDeclared(
  collections: Collections,
  catalogue: Catalogue,
  request: {
    reviewer: Reviewer;
    aadObjectId: string;
    /** The version of the declaration the coordinator saw (cards); absent at the CLI. */
    declaredAt?: Date;
    corrections?: Corrections;
    /** The CLI may confirm someone turned down before; a card never overrides another coordinator's decision. */
    evenIfRejected?: boolean;
  },
  now: Date,
): Promise<ConfirmResult> {
  const { reviewer, corrections = {} } = request;
  if (!reviewer.isCoordinator) return { ok: false, reason: 'not_allowed' };
  const person = await findByAadObjectId(collections, request.aadObjectId.toLowerCase());
  const rejectedBlocks = !request.evenIfRejected;
  const stateRefusal = refusalFor(person, request.declaredAt, { rejectedBlocks });
  if (stateRefusal) return stateRefusal;
  const declared = person as StaffProfile;

  const managerChoice = await chooseManager(collections, declared, corrections);
  if ('problem' in managerChoice)
    return { ok: false, reason: 'invalid', person: declared, problems: [managerChoice.problem] };
  const manager = managerChoice.manager;

  const audience = corrections.audience ?? declared.audience;
  const serviceGroup = corrections.serviceGroup ?? declared.serviceGroup;
  const organisationName = corrections.organisation?.trim() || declared.organisation;
  const { organisation, created } = await ensureOrganisation(collections, organisationName, now);

  const corrected = [
    audience !== declared.audience
      ? `role: ${AUDIENCE_LABELS[declared.audience]} → ${AUDIENCE_LABELS[audience]}`
      : '',
    organisation.name !== declared.organisation
      ? `organisation: ${declared.organisation} → ${organisation.name}`
      : '',
    serviceGroup !== declared.serviceGroup ? `service: ${declared.serviceGroup} → ${serviceGroup}` : '',
    manager && declared.declaredManagerEmail !== manager.email
      ? `manager: ${declared.declaredManagerEmail ?? 'none given'} → ${manager.name}`
      : '',
    !manager && declared.declaredManagerEmail ? `manager: ${declared.declaredManagerEmail} not linked` : '',
  ].filter(Boolean);
  const decision: Decision = { by: reviewer.id, byName: reviewer.name, at: now };
  const entry: AuditEntry = {
    action: 'confirmed',
    ...decision,
    ...(corrected.length ? { note: corrected.join('; ') } : {}),
  };
  const written = await recordDecision(
    collections,
    declared._id,
    { declaredAt: declared.declaredAt, notRejected: rejectedBlocks },
    {
      set: {
        source: 'roster',
        confirmed: decision,
        audience,
        organisation: organisation.name,
        serviceGroup,
        accessRoute: accessRouteFor(catalogue, serviceGroup),
        ...(manager ? { managerAadObjectId: manager._id } : {}),
      },
      unset: [
        'declaredManagerEmail',
        'declaredAt',
        'rejected',
        ...(manager ? [] : ['managerAadObjectId' as const]),
      ],
      entry,
    },
  );
  if (!written) return raceLost(collections, declared._id, request.declaredAt);
  const confirmed = (await findByAadObjectId(collections, declared._id)) as StaffProfile;
  return {
    ok: true,
    person: confirmed,
    ...(manager ? { manager: { _id: manager._id, name: manager.name } } : {}),
    organisationAdded: created,
    corrected,
  };
}

/** Turns a self-declared person down: they keep no role, and are told to contact the coordinator. */
export async function rejectSelfDeclared(
  collections: Collections,
  request: { reviewer: Reviewer; aadObjectId: string; declaredAt?: Date },
  now: Date,
): Promise<RejectResult> {
  const { reviewer } = request;
  if (!reviewer.isCoordinator) return { ok: false, reason: 'not_allowed' };
  const person = await findByAadObjectId(collections, request.aadObjectId.toLowerCase());
  const stateRefusal = refusalFor(person, request.declaredAt, { rejectedBlocks: true });
  if (stateRefusal) return stateRefusal;
  const declared = person as StaffProfile;
  const decision: Decision = { by: reviewer.id, byName: reviewer.name, at: now };
  const written = await recordDecision(
    collections,
    declared._id,
    { declaredAt: declared.declaredAt, notRejected: true },
    { set: { rejected: decision }, unset: [], entry: { action: 'rejected', ...decision } },
  );
  if (!written) return raceLost(collections, declared._id, request.declaredAt);
  return { ok: true, person: (await findByAadObjectId(collections, declared._id)) as StaffProfile };
}

/** Why a decision cannot be made on this person as they stand now, if it cannot. */
function refusalFor(
  person: StaffProfile | null,
  seenDeclaredAt: Date | undefined,
  options: { rejectedBlocks: boolean },
): ReviewRefusal | undefined {
  if (!person) return { ok: false, reason: 'unknown_person' };
  if (person.source === 'roster')
    return {
      ok: false,
      reason: 'already_confirmed',
      person,
      ...(person.confirmed ? { decision: person.confirmed } : {}),
    };
  if (seenDeclaredAt && person.declaredAt?.getTime() !== seenDeclaredAt.getTime())
    return { ok: false, reason: 'changed_since', person };
  if (options.rejectedBlocks && person.rejected)
    return { ok: false, reason: 'already_rejected', person, decision: person.rejected };
  return undefined;
}

/** The conditional update matched nothing: someone else decided, or the person saved again, in between. */
async function raceLost(
  collections: Collections,
  aadObjectId: string,
  seenDeclaredAt: Date | undefined,
): Promise<ReviewRefusal> {
  const now = await findByAadObjectId(collections, aadObjectId);
  return (
    refusalFor(now, seenDeclaredAt, { rejectedBlocks: true }) ?? {
      ok: false,
      reason: 'changed_since',
      person: now as StaffProfile,
    }
  );
}

/**
 * The manager of record to link: the one the coordinator named, else the person's own claim when it names
 * someone on the roster. Never the person themselves, and never someone who (through their own managers)
 * reports to the person: that would make a loop.
 */
async function chooseManager(
  collections: Collections,
  person: StaffProfile,
  corrections: Corrections,
): Promise<{ manager?: StaffProfile } | { problem: string }> {
  if (corrections.noManager) return {};
  const named = corrections.managerEmail?.trim().toLowerCase();
  const email = named || person.declaredManagerEmail;
  if (!email) return {};
  const manager = await findByEmail(collections, email);
  if (!manager || manager.source !== 'roster') {
    // A claim that names nobody on the roster is simply not linked; a coordinator's choice must be right.
    return named ? { problem: `No one on the roster has the email ${named}.` } : {};
  }
  if (manager._id === person._id) return { problem: `${person.name} cannot be their own line manager.` };
  let above = manager.managerAadObjectId;
  for (let step = 0; above && step < 100; step += 1) {
    if (above === person._id)
      return { problem: `${manager.name} reports to ${person.name}, so cannot be their line manager.` };
    above = (await findByAadObjectId(collections, above))?.managerAadObjectId;
  }
  return { manager };
}
