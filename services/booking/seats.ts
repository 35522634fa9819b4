import type { Filter } from 'mongodb';
import type { Session } from '../sessions/session';
import type { Collections } from '../storage/collections';

// A session's `booked` counts the bookings that hold a seat (held or confirmed). It changes only here, by
// conditional single-document updates, so concurrent requests can never take more seats than exist.

/** The session facts a booking decision relied on; the seat is taken only if they still hold. */
export type SeatExpectation = Pick<Session, 'course' | 'start' | 'accessRoute' | 'audience'>;

/**
 * Takes one seat if the session is bookable now: not cancelled, not started, below capacity, and (when given)
 * still the session the decision was made on: same course, start, access route and audience.
 */
export async function takeSeat(
  collections: Collections,
  sessionId: string,
  now: Date,
  expected?: SeatExpectation,
): Promise<boolean> {
  const filter: Filter<Session> = {
    _id: sessionId,
    start: expected ? { $eq: expected.start, $gt: now } : { $gt: now },
    cancelled: { $exists: false },
    ...(expected
      ? {
          course: expected.course,
          // null matches a field that is missing or null alike.
          accessRoute: expected.accessRoute ?? null,
          audience: expected.audience ?? null,
        }
      : {}),
    $expr: { $lt: ['$booked', '$capacity'] },
  } as Filter<Session>;
  const result = await collections.sessions.updateOne(filter, {
    $inc: { booked: 1 },
    $set: { updatedAt: now },
  });
  return result.modifiedCount === 1;
}

/** Gives one seat back (never below zero). */
export async function releaseSeat(collections: Collections, sessionId: string, now: Date): Promise<void> {
  await collections.sessions.updateOne(
    { _id: sessionId, booked: { $gt: 0 } },
    { $inc: { booked: -1 }, $set: { updatedAt: now } },
  );
}
