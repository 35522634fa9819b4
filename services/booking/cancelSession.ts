import type { Session } from '../sessions/session';
import { findSessionById, findUpcomingSessions } from '../sessions/sessionRepository';
import type { Collections } from '../storage/collections';
import { ACTIVE_STATES, type Booking, type BookingActor } from './booking';
import { findActiveOnSession, moveBooking } from './bookingRepository';
import { cancellableSession, type CancelRefused } from './sessionCancelPreview';

export type SessionCancelOutcome =
  | {
      ok: true;
      session: Session;
      /** Every booking it ended (held, confirmed and waiting), to tell each person and their manager. */
      ended: Booking[];
      /** The next sessions of the same course (and system) with places, to offer instead. */
      alternatives: Session[];
    }
  | CancelRefused;

const ALTERNATIVES = 3;

/**
 * A coordinator cancels a session: marked cancelled by one conditional update (a second press finds it done),
 * then every active booking on it ends with the reason. Nothing is deleted: the record stays for reports.
 */
export async function cancelSession(
  collections: Collections,
  sessionId: string,
  actor: BookingActor,
  reason: string,
  now: Date,
): Promise<SessionCancelOutcome> {
  const cancellable = await cancellableSession(collections, sessionId, now);
  if (!cancellable.ok) return cancellable;
  const { session } = cancellable;
  const cancelled = await collections.sessions.findOneAndUpdate(
    { _id: session._id, cancelled: { $exists: false } },
    { $set: { cancelled: { ...actor, at: now, reason }, updatedAt: now } },
    { returnDocument: 'after' },
  );
  if (!cancelled) {
    const current = (await findSessionById(collections, sessionId)) ?? session;
    return { ok: false, reason: 'already_cancelled', session: current };
  }
  const ended: Booking[] = [];
  for (const booking of await findActiveOnSession(collections, session._id)) {
    const moved = await moveBooking(
      collections,
      booking._id,
      {
        from: ACTIVE_STATES,
        to: 'cancelled',
        actor,
        reason: `session cancelled: ${reason}`,
        isDecision: true,
      },
      now,
    );
    if (moved) ended.push(moved);
  }
  // The seats went with the session; nobody can take them again (takeSeat refuses a cancelled session).
  await collections.sessions.updateOne({ _id: session._id }, { $set: { booked: 0, updatedAt: now } });
  const alternatives = (
    await findUpcomingSessions(collections, { from: now, course: session.course, limit: 50 })
  )
    .filter((other) => other._id !== session._id && other.accessRoute === session.accessRoute)
    .filter((other) => other.booked < other.capacity)
    .slice(0, ALTERNATIVES);
  return { ok: true, session: { ...cancelled, booked: 0 }, ended, alternatives };
}
