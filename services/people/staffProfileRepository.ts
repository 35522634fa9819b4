import type { Filter } from 'mongodb';
import { PLACE_HELD_FIELDS, placesHeldFilter, type PlaceHeld } from '../booking/bookingRepository';
import type { Permission } from '../catalogue/vocabulary';
import { clampOffset } from '../shared/paging';
import type { Collections } from '../storage/collections';
import { findByIds, writeChanges, type DocumentChange, type WriteOutcome } from '../storage/documentChanges';
import type { AuditEntry, StaffProfile } from './staffProfile';

export function findByAadObjectId(
  collections: Collections,
  aadObjectId: string,
): Promise<StaffProfile | null> {
  return collections.people.findOne({ _id: aadObjectId });
}

export function findByAadObjectIds(
  collections: Collections,
  aadObjectIds: readonly string[],
): Promise<Map<string, StaffProfile>> {
  return findByIds(collections.people, aadObjectIds);
}

export function saveStaffProfileChanges(
  collections: Collections,
  changes: readonly DocumentChange<StaffProfile>[],
  now: Date,
  onProgress?: (written: number) => void | Promise<void>,
): Promise<WriteOutcome> {
  return writeChanges(collections.people, changes, now, onProgress);
}

export type PermissionWrite = 'changed' | 'already' | 'unknown_person' | 'not_of_record';

/**
 * Gives (`holds`) or takes away the permission in one conditional single-document update. A permission is
 * only given to someone of record: a self-declared person holds none until a coordinator confirms them.
 */
export async function setPermission(
  collections: Collections,
  aadObjectId: string,
  permission: Permission,
  holds: boolean,
  now: Date,
): Promise<PermissionWrite> {
  const result = await collections.people.updateOne(
    holds
      ? { _id: aadObjectId, source: 'roster', permissions: { $ne: permission } }
      : { _id: aadObjectId, permissions: permission },
    holds
      ? { $addToSet: { permissions: permission }, $set: { updatedAt: now } }
      : { $pull: { permissions: permission }, $set: { updatedAt: now } },
  );
  if (result.matchedCount === 1) return 'changed';
  const stored = await collections.people.findOne({ _id: aadObjectId }, { projection: { source: 1 } });
  if (!stored) return 'unknown_person';
  return holds && stored.source !== 'roster' ? 'not_of_record' : 'already';
}

/** Line reports of record: the roster's (or a coordinator's) word, never a self-declared claim. */
function reportsOf(managerAadObjectId: string): Filter<StaffProfile> {
  return { managerAadObjectId, source: 'roster' };
}

/**
 * A person's profile and whether anyone on the roster has them as line manager, in one round trip: every turn
 * needs both to know who is asking. Reads the profile and the reports of record (by index), keeps one report.
 */
export async function findWithReportsFlag(
  collections: Collections,
  aadObjectId: string,
  /** Also read this conversation's stored fingerprint, in the same round trip (a message turn needs both). */
  conversationId?: string,
): Promise<{
  profile: StaffProfile | null;
  hasReports: boolean;
  placesHeld: PlaceHeld[];
  conversationFingerprint?: string | null;
}> {
  const [found] = await collections.people
    .aggregate<{
      profile: StaffProfile[];
      reports: unknown[];
      placesHeld: PlaceHeld[];
      conversation?: { fingerprint?: string }[];
    }>([
      { $match: { $or: [{ _id: aadObjectId }, reportsOf(aadObjectId)] } },
      {
        $facet: {
          profile: [{ $match: { _id: aadObjectId } }],
          reports: [{ $match: reportsOf(aadObjectId) }, { $limit: 1 }, { $project: { _id: 1 } }],
        },
      },
      // $facet always yields one document, so what follows is looked up once, found or not: the places the
      // person holds (their pathway and searches show them), and the conversation's stored fingerprint.
      {
        $lookup: {
          from: 'bookings',
          pipeline: [{ $match: placesHeldFilter(aadObjectId) }, { $project: PLACE_HELD_FIELDS }],
          as: 'placesHeld',
        },
      },
      ...(conversationId === undefined
        ? []
        : [
            {
              $lookup: {
                from: 'conversations',
                pipeline: [{ $match: { _id: conversationId } }, { $project: { fingerprint: 1 } }],
                as: 'conversation',
              },
            },
          ]),
    ])
    .toArray();
  return {
    profile: found?.profile[0] ?? null,
    hasReports: Boolean(found?.reports.length),
    placesHeld: found?.placesHeld ?? [],
    ...(conversationId === undefined
      ? {}
      : { conversationFingerprint: found?.conversation?.[0]?.fingerprint ?? null }),
  };
}

/** Email addresses are stored in lower case (imports and declarations), so they match whatever the case typed. */
export function findByEmail(collections: Collections, email: string): Promise<StaffProfile | null> {
  return collections.people.findOne({ email: email.trim().toLowerCase() });
}

export interface Page<T> {
  items: T[];
  /** How many there are in all, so a card can say "21-40 of 137". */
  total: number;
  offset: number;
}

async function pageOf(
  collections: Collections,
  filter: Filter<StaffProfile>,
  window: PageWindow,
): Promise<Page<StaffProfile>> {
  const total = await collections.people.countDocuments(filter);
  const offset = clampOffset(window.offset, total, window.limit);
  const items = await collections.people
    .find(filter)
    .sort({ name: 1, _id: 1 })
    .skip(offset)
    .limit(window.limit)
    .toArray();
  return { items, total, offset };
}

export interface PageWindow {
  offset: number;
  limit: number;
}

/** The most line reports one manager's views read: far more than any line manager has. */
export const MOST_REPORTS = 2_000;

/** A manager's line reports of record, by name. */
export function findTeam(collections: Collections, managerAadObjectId: string): Promise<StaffProfile[]> {
  return collections.people
    .find(reportsOf(managerAadObjectId))
    .sort({ name: 1, _id: 1 })
    .limit(MOST_REPORTS)
    .toArray();
}

/**
 * Confirms a line report's IT competence: one conditional update that holds only while the confirmer is the
 * person's manager of record and it is not yet confirmed, so a double click or two managers cannot both win.
 */
export async function confirmItCompetence(
  collections: Collections,
  aadObjectId: string,
  manager: { aadObjectId: string; name: string },
  now: Date,
): Promise<boolean> {
  const decision = { by: manager.aadObjectId, byName: manager.name, at: now };
  const entry: AuditEntry = { action: 'it-competence-confirmed', ...decision };
  const result = await collections.people.updateOne(
    { _id: aadObjectId, ...reportsOf(manager.aadObjectId), itCompetence: { $ne: true } },
    {
      $set: { itCompetence: true, itCompetenceConfirmed: decision, updatedAt: now },
      $push: { audit: { $each: [entry], $slice: -AUDIT_KEPT } },
    },
  );
  return result.matchedCount === 1;
}

const WAITING: Filter<StaffProfile> = { source: 'self-declared', rejected: { $exists: false } };

/** People who entered their own details and wait for a coordinator to confirm or reject them, by name. */
export function findWaitingForConfirmation(
  collections: Collections,
  window: PageWindow,
): Promise<Page<StaffProfile>> {
  return pageOf(collections, WAITING, window);
}

/** What a person declares on the onboarding card: the only fields their card may change. */
export type DeclaredFields = Pick<
  StaffProfile,
  'audience' | 'organisation' | 'serviceGroup' | 'accessRoute' | 'contactPointUser'
> & { declaredManagerEmail?: string };

/**
 * Stores what a person declared about themselves. Only the declared fields are set: anything a coordinator,
 * manager or trainer recorded (permissions, completions, checks) stays as it is, and a new profile starts
 * with none. It never touches a roster record: the write only matches a missing or self-declared profile,
 * and a roster one makes the upsert collide on `_id`.
 */
export async function saveSelfDeclared(
  collections: Collections,
  person: { aadObjectId: string; name: string },
  declared: DeclaredFields,
  now: Date,
): Promise<'saved' | 'on_roster'> {
  const { declaredManagerEmail, ...fields } = declared;
  const insertOnly: Omit<StaffProfile, '_id' | keyof DeclaredFields | 'declaredAt' | 'updatedAt'> = {
    name: person.name,
    itCompetence: false,
    identityChecked: false,
    permissions: [],
    completed: [],
    source: 'self-declared',
  };
  const entry: AuditEntry = { action: 'declared', by: person.aadObjectId, byName: person.name, at: now };
  try {
    await collections.people.updateOne(
      { _id: person.aadObjectId, source: 'self-declared' },
      {
        $set: {
          ...fields,
          ...(declaredManagerEmail ? { declaredManagerEmail } : {}),
          declaredAt: now,
          updatedAt: now,
        },
        // A new declaration asks the coordinator again, also after a rejection.
        $unset: { rejected: '', ...(declaredManagerEmail ? {} : { declaredManagerEmail: '' }) },
        $setOnInsert: insertOnly,
        $push: { audit: { $each: [entry], $slice: -AUDIT_KEPT } },
      },
      { upsert: true },
    );
    return 'saved';
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return 'on_roster';
    throw error;
  }
}

/** The newest audit entries kept on a profile: a person saving their card again and again cannot grow it. */
export const AUDIT_KEPT = 50;

/** A coordinator's decision, applied only to the version of the declaration they saw. */
export async function recordDecision(
  collections: Collections,
  aadObjectId: string,
  expected: { declaredAt?: Date; notRejected: boolean },
  change: { set: Partial<StaffProfile>; unset: (keyof StaffProfile)[]; entry: AuditEntry },
): Promise<boolean> {
  const filter: Filter<StaffProfile> = {
    _id: aadObjectId,
    source: 'self-declared',
    ...(expected.declaredAt ? { declaredAt: expected.declaredAt } : {}),
    ...(expected.notRejected ? { rejected: { $exists: false } } : {}),
  };
  const result = await collections.people.updateOne(filter, {
    $set: { ...change.set, updatedAt: change.entry.at },
    ...(change.unset.length ? { $unset: Object.fromEntries(change.unset.map((key) => [key, ''])) } : {}),
    $push: { audit: { $each: [change.entry], $slice: -AUDIT_KEPT } },
  });
  return result.matchedCount === 1;
}
