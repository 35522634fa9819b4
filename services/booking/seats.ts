import type { Collections } from '../storage/collections';

// A session's `booked` counts the bookings that hold a seat (held or confirmed). It changes only here, by
// conditional single-document updates, so concurrent requests can never take more seats than exist.

/** Takes one seat if the session is bookable now: not cancelled, not started, and below capacity. */
export async function takeSeat(collections: Collections, sessionId: string, now: Date): Promise<boolean> {
  const result = await collections.sessions.updateOne(
    {
      _id: sessionId,
      start: { $gt: now },
      cancelled: { $exists: false },
      $expr: { $lt: ['$booked', '$capacity'] },
    },
    { $inc: { booked: 1 }, $set: { updatedAt: now } },
  );
  return result.modifiedCount === 1;
}

/** Gives one seat back (never below zero). */
export async function releaseSeat(collections: Collections, sessionId: string, now: Date): Promise<void> {
  await collections.sessions.updateOne(
    { _id: sessionId, booked: { $gt: 0 } },
    { $inc: { booked: -1 }, $set: { updatedAt: now } },
  );
}
