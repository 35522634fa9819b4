import type { Filter } from 'mongodb';
import type { Session } from '../sessions/session';
import type { Collections } from '../storage/collections';
import { perCollections } from '../storage/perCollections';

// A session's `booked` counts the bookings that hold a seat (held or confirmed). It changes only here, by
// conditional single-document updates, so concurrent requests can never take more seats than exist.

/** The session facts a booking decision relied on; the seat is taken only if they still hold. */
export type SeatExpectation = Pick<Session, 'course' | 'start' | 'accessRoute' | 'audience'>;

/**
 * Takes one seat if the session is bookable now: not cancelled, not started, below capacity, and (when given)
 * still the session the decision was made on: same course, start, access route and audience.
 *
 * Presses on the same session that arrive while a take is in flight are taken together when it returns: one
 * conditional `$inc` of their number, made only if that many seats are left; if not, each is tried on its own, so
 * as many as fit succeed. Either way the database's condition decides, never a count read beforehand.
 */
export function takeSeat(
  collections: Collections,
  sessionId: string,
  now: Date,
  expected?: SeatExpectation,
): Promise<boolean> {
  const key = `${sessionId}\u0000${expected ? JSON.stringify([expected.course, expected.start, expected.accessRoute ?? null, expected.audience ?? null]) : ''}`;
  const takers = seatTakersOf(collections);
  const taker = takers.get(key) ?? { queue: [], busy: false };
  takers.set(key, taker);
  return new Promise<boolean>((resolve, reject) => {
    taker.queue.push({ now, resolve, reject });
    if (!taker.busy) void takeQueued(collections, takers, key, taker, sessionId, expected);
  });
}

interface SeatRequest {
  now: Date;
  resolve(taken: boolean): void;
  reject(error: unknown): void;
}

interface SeatTaker {
  queue: SeatRequest[];
  busy: boolean;
}

const seatTakersOf = perCollections(() => new Map<string, SeatTaker>());

async function takeQueued(
  collections: Collections,
  takers: Map<string, SeatTaker>,
  key: string,
  taker: SeatTaker,
  sessionId: string,
  expected: SeatExpectation | undefined,
): Promise<void> {
  taker.busy = true;
  try {
    while (taker.queue.length) {
      const group = taker.queue.splice(0, taker.queue.length);
      // The latest "now" of the group: a session that has not started by then had not for any of them.
      const now = new Date(Math.max(...group.map((request) => request.now.getTime())));
      try {
        const taken = await takeForGroup(collections, sessionId, now, expected, group.length);
        // First come, first seated: the earliest presses get the seats that were left.
        group.forEach((request, index) => request.resolve(index < taken));
      } catch (error) {
        for (const request of group) request.reject(error);
      }
    }
  } finally {
    taker.busy = false;
    takers.delete(key);
  }
}

/**
 * How many of `wanted` seats a group gets. All at once if they fit; otherwise as many as were left when looked
 * at, again in one update; if even that fails (someone else took or gave back seats meanwhile), one at a time.
 */
async function takeForGroup(
  collections: Collections,
  sessionId: string,
  now: Date,
  expected: SeatExpectation | undefined,
  wanted: number,
): Promise<number> {
  if (await incrementSeats(collections, sessionId, now, expected, wanted)) return wanted;
  if (wanted === 1) return 0;
  const stored = await collections.sessions.findOne(
    { _id: sessionId },
    { projection: { booked: 1, capacity: 1 } },
  );
  const left = stored ? Math.min(wanted, Math.max(0, stored.capacity - stored.booked)) : 0;
  if (left === 0) return 0;
  if (await incrementSeats(collections, sessionId, now, expected, left)) return left;
  const one = await Promise.all(
    Array.from({ length: wanted }, () => incrementSeats(collections, sessionId, now, expected, 1)),
  );
  return one.filter(Boolean).length;
}

/** One conditional update taking `seats` seats at once, or none. */
async function incrementSeats(
  collections: Collections,
  sessionId: string,
  now: Date,
  expected: SeatExpectation | undefined,
  seats: number,
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
    $expr: { $lte: [{ $add: ['$booked', seats] }, '$capacity'] },
  } as Filter<Session>;
  const result = await collections.sessions.updateOne(filter, {
    $inc: { booked: seats },
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
