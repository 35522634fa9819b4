import type { Session } from '../sessions/session';
import { findSessionById } from '../sessions/sessionRepository';
import type { Collections } from '../storage/collections';
import { findActiveOnSession } from './bookingRepository';

export type SessionCancelPreview =
  | {
      ok: true;
      session: Session;
      /** People holding a place (held or confirmed) and people waiting: everyone cancelling would tell. */
      booked: number;
      waiting: number;
    }
  | CancelRefused;

/** Why a session cannot be cancelled: gone, cancelled already, or under way. */
export type CancelRefused =
  | { ok: false; reason: 'session_not_found' }
  | { ok: false; reason: 'already_cancelled' | 'session_started'; session: Session };

/** The session, if a coordinator may still cancel it: the one rule the preview and the cancelling share. */
export async function cancellableSession(
  collections: Collections,
  sessionId: string,
  now: Date,
): Promise<{ ok: true; session: Session } | CancelRefused> {
  const session = await findSessionById(collections, sessionId);
  if (!session) return { ok: false, reason: 'session_not_found' };
  if (session.cancelled) return { ok: false, reason: 'already_cancelled', session };
  if (session.start <= now) return { ok: false, reason: 'session_started', session };
  return { ok: true, session };
}

/** What cancelling a session would do, asked before the coordinator confirms it. Changes nothing. */
export async function sessionCancelPreview(
  collections: Collections,
  sessionId: string,
  now: Date,
): Promise<SessionCancelPreview> {
  const cancellable = await cancellableSession(collections, sessionId, now);
  if (!cancellable.ok) return cancellable;
  const { session } = cancellable;
  const active = await findActiveOnSession(collections, session._id);
  const waiting = active.filter((booking) => booking.state === 'waitlisted').length;
  return { ok: true, session, booked: active.length - waiting, waiting };
}
