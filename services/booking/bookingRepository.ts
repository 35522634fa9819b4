import { randomUUID } from 'node:crypto';
import type { Collections } from '../storage/collections';
import { perCollections } from '../storage/perCollections';
import { insertBatcher } from './insertBatcher';
import {
  ACTIVE_STATES,
  activeKeyOf,
  canMove,
  isActive,
  type Booking,
  type BookingActor,
  type BookingAuditEntry,
  type BookingState,
} from './booking';

// The only code that writes bookings. Every change of state is one conditional update that names the state it
// expects, so of two people (or two bot instances) deciding at once exactly one wins and the other sees why.

/** Ids from cards are strings only: an object such as {"$ne": ""} must never become a query operator. */
function stringId(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError('booking ids must be strings');
  return value;
}

export function findBooking(collections: Collections, id: string): Promise<Booking | null> {
  return collections.bookings.findOne({ _id: stringId(id) });
}

/** The person's active booking for a course, if any. */
export function findActiveBooking(
  collections: Collections,
  personAadObjectId: string,
  course: string,
): Promise<Booking | null> {
  return collections.bookings.findOne({ activeKey: activeKeyOf(personAadObjectId, course) });
}

export type NewBooking = Pick<
  Booking,
  | 'person'
  | 'course'
  | 'sessionId'
  | 'sessionStart'
  | 'managerAadObjectId'
  | 'managerSource'
  | 'managerName'
  | 'holdUntil'
  | 'nominatedBy'
> & { state: Extract<BookingState, 'held' | 'waitlisted' | 'confirmed'> };

/**
 * Stores a new active booking. Returns undefined when the person already has an active booking for the course:
 * the unique index decides, so two presses at once cannot both book.
 */
export async function insertBooking(
  collections: Collections,
  booking: NewBooking,
  actor: BookingActor,
  now: Date,
  reason?: string,
): Promise<Booking | undefined> {
  const entry: BookingAuditEntry = {
    ...actor,
    at: now,
    from: null,
    to: booking.state,
    ...(reason ? { reason } : {}),
  };
  const stored: Booking = {
    _id: randomUUID(),
    ...withoutUndefined(booking),
    activeKey: activeKeyOf(booking.person.aadObjectId, booking.course),
    ...(booking.state === 'waitlisted' ? { waitlistedAt: now } : {}),
    ...(booking.state === 'confirmed' ? { decision: entry } : {}),
    audit: [entry],
    createdAt: now,
    updatedAt: now,
  };
  return (await insertsInto(collections).insert(stored)) === 'stored' ? stored : undefined;
}

const insertsInto = perCollections((collections) => insertBatcher(collections.bookings));

export interface Move {
  from: BookingState | readonly BookingState[];
  to: BookingState;
  actor: BookingActor;
  reason?: string;
  /** Fields the move sets besides the state (e.g. `holdUntil` on promotion). */
  set?: Partial<Pick<Booking, 'holdUntil' | 'managerAadObjectId'>>;
  /** Whether the card shows this move as the decision ("Approved by …"). */
  isDecision?: boolean;
}

/**
 * Moves a booking from one of the expected states to `to`, appending to its audit trail. Returns the booking
 * after the move, or undefined when it was not in an expected state (someone else moved it first).
 */
export async function moveBooking(
  collections: Collections,
  id: string,
  move: Move,
  now: Date,
): Promise<Booking | undefined> {
  const from = (Array.isArray(move.from) ? move.from : [move.from]) as BookingState[];
  for (const state of from.filter((candidate) => canMove(candidate, move.to))) {
    const entry: BookingAuditEntry = {
      ...move.actor,
      at: now,
      from: state,
      to: move.to,
      ...(move.reason ? { reason: move.reason } : {}),
    };
    const updated = await collections.bookings.findOneAndUpdate(
      { _id: stringId(id), state },
      {
        $set: {
          state: move.to,
          updatedAt: now,
          // An ended booking frees the person to book the course again.
          ...(isActive(move.to) ? {} : { activeKey: id }),
          ...withoutUndefined(move.set ?? {}),
          ...(move.isDecision ? { decision: entry } : {}),
        },
        ...(move.to === 'held' ? {} : { $unset: { holdUntil: '' } }),
        $push: { audit: entry },
      },
      { returnDocument: 'after' },
    );
    if (updated) return updated;
  }
  return undefined;
}

/**
 * Names the directory's line manager as the approver of a held place that has none (issue 13 item 5), only while it
 * is held and still has none; the booking as it now stands, or undefined when it moved or got one meanwhile.
 */
export function setDirectoryManager(
  collections: Collections,
  id: string,
  manager: { aadObjectId: string; name: string },
  now: Date,
): Promise<Booking | null> {
  return collections.bookings.findOneAndUpdate(
    { _id: stringId(id), state: 'held', managerAadObjectId: { $exists: false } },
    {
      $set: {
        managerAadObjectId: manager.aadObjectId,
        managerSource: 'graph',
        managerName: manager.name,
        updatedAt: now,
      },
    },
    { returnDocument: 'after' },
  );
}

/** Remembers an approval card sent for the booking (at most a few: a manager, perhaps a coordinator). */
export async function rememberApprovalCard(
  collections: Collections,
  id: string,
  sent: { aadObjectId: string; activityId: string },
): Promise<void> {
  await collections.bookings.updateOne(
    { _id: stringId(id) },
    { $push: { approvalCards: { $each: [sent], $slice: -5 } } },
  );
}

/** The session's waiting list, first come first served. */
export function findWaitingList(
  collections: Collections,
  sessionId: string,
  limit: number,
): Promise<Booking[]> {
  return collections.bookings
    .find({ sessionId, state: 'waitlisted' })
    .sort({ waitlistedAt: 1, _id: 1 })
    .limit(limit)
    .toArray();
}

/** Active bookings on a session (everyone to tell when it is cancelled). */
export function findActiveOnSession(collections: Collections, sessionId: string): Promise<Booking[]> {
  return collections.bookings
    .find({ sessionId, state: { $in: ['held', 'waitlisted', 'confirmed'] } })
    .sort({ createdAt: 1 })
    .toArray();
}

/** How many are waiting for each session. */
export async function countWaiting(
  collections: Collections,
  sessionIds: readonly string[],
): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await collections.bookings
    .aggregate<{ _id: string; count: number }>([
      { $match: { sessionId: { $in: [...sessionIds] }, state: 'waitlisted' } },
      { $group: { _id: '$sessionId', count: { $sum: 1 } } },
    ])
    .toArray();
  return new Map(rows.map((row) => [row._id, row.count]));
}

/** A person's bookings for sessions from `from` on, soonest first. */
export function findBookingsOfPerson(
  collections: Collections,
  personAadObjectId: string,
  from: Date,
  states: readonly BookingState[],
  limit: number,
): Promise<Booking[]> {
  return collections.bookings
    .find({
      'person.aadObjectId': personAadObjectId,
      sessionStart: { $gt: from },
      state: { $in: [...states] },
    })
    .sort({ sessionStart: 1 })
    .limit(limit)
    .toArray();
}

/** What a person's pathway and session search need of each place they hold or wait for. */
export type PlaceHeld = Pick<Booking, '_id' | 'course' | 'sessionId' | 'state' | 'sessionStart'>;

/** The fields of a `PlaceHeld`, for reads that fetch places with something else (the actor's profile). */
export const PLACE_HELD_FIELDS = { course: 1, sessionId: 1, state: 1, sessionStart: 1 } as const;

/** The places held by a person (or any of several): their bookings in an active state. */
export function placesHeldFilter(person: string | { $in: string[] }) {
  return { 'person.aadObjectId': person, state: { $in: [...ACTIVE_STATES] } };
}

/** The active bookings (held, waiting, confirmed) of several people, by person: a team's places in one read. */
export async function findPlacesHeldBy(
  collections: Collections,
  personAadObjectIds: readonly string[],
): Promise<Map<string, PlaceHeld[]>> {
  const byPerson = new Map<string, PlaceHeld[]>();
  if (personAadObjectIds.length === 0) return byPerson;
  const found = await collections.bookings
    .find(placesHeldFilter({ $in: [...personAadObjectIds] }), {
      projection: { ...PLACE_HELD_FIELDS, 'person.aadObjectId': 1 },
    })
    .toArray();
  for (const booking of found) {
    const { person, ...place } = booking;
    byPerson.set(person.aadObjectId, [...(byPerson.get(person.aadObjectId) ?? []), place]);
  }
  return byPerson;
}

/** Held places waiting for this manager (or, with `null`, for a coordinator because the roster names no manager). */
export function findAwaitingApproval(
  collections: Collections,
  managerAadObjectId: string | null,
  limit: number,
): Promise<Booking[]> {
  return collections.bookings
    .find({ managerAadObjectId: managerAadObjectId ?? { $exists: false }, state: 'held' } as never)
    .sort({ sessionStart: 1 })
    .limit(limit)
    .toArray();
}

/** Held places whose window has passed. */
export function findOverdueHolds(collections: Collections, now: Date, limit: number): Promise<Booking[]> {
  return collections.bookings
    .find({ state: 'held', holdUntil: { $lte: now } })
    .sort({ holdUntil: 1 })
    .limit(limit)
    .toArray();
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
