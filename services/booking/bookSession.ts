import type { Catalogue } from '../catalogue/loadCatalogue';
import type { ManagerDirectory } from '../people/managerDirectory';
import { isOfRecord, type StaffProfile } from '../people/staffProfile';
import type { Readiness } from '../readiness/checkReadiness';
import type { Session } from '../sessions/session';
import type { Collections } from '../storage/collections';
import type { Booking, BookingActor } from './booking';
import { findActiveBooking, insertBooking, type NewBooking } from './bookingRepository';
import { freshSession, recentSession } from '../storage/recentReads';
import type { BookingRules } from './bookingRules';
import { holdUntil, promoteWaitingList } from './promoteWaitingList';
import { readinessBlocking } from './readinessGate';
import { releaseSeat, takeSeat } from './seats';
import { whySessionDoesNotFit, type SessionUnfit } from './sessionFit';

export type BookingRefusal =
  | { ok: false; reason: 'session_not_found' }
  | { ok: false; reason: SessionUnfit; session: Session }
  | { ok: false; reason: 'not_ready'; session: Session; readiness: Readiness }
  | { ok: false; reason: 'already_booked'; session: Session; booking: Booking };

export type BookingOutcome =
  | {
      ok: true;
      booking: Booking;
      session: Session;
      /** Held places wait for this line manager of record; absent when the roster names none (a coordinator decides). */
      managerAadObjectId?: string;
      /** Others moved up from the waiting list while this request looked for a free seat (to be told). */
      promotedOthers?: Booking[];
    }
  | BookingRefusal;

export interface BookingRequest {
  profile: StaffProfile;
  sessionId: string;
  /** Who pressed the button: the person themselves, or their manager nominating them. */
  actor: BookingActor;
  /** A manager's nomination is the approval (issue 13 item 6): the place is confirmed at once. */
  nominated?: boolean;
  /** Asked for a held place when the roster names no line manager (the directory, when one is configured). */
  managerOf?: ManagerDirectory['managerOf'];
}

/**
 * A person asks for a place: checks the session fits them and (for ContactPoint) that they will be ready on its
 * date, then takes a seat (held for their manager's approval, or confirmed when their manager nominated them)
 * or, when it is full, puts them on the waiting list. Nothing is written when the answer is no. One active booking
 * per person and course is the unique index's rule, checked as the booking is stored (a second press gives its
 * seat back).
 */
export async function bookSession(
  collections: Collections,
  catalogue: Catalogue,
  request: BookingRequest,
  rules: BookingRules,
  now: Date,
): Promise<BookingOutcome> {
  const { profile } = request;
  const attempt = async (
    session: Session | null,
  ): Promise<BookingRefusal | { session: Session; seated: boolean }> => {
    if (!session) return { ok: false, reason: 'session_not_found' };
    const unfit = whySessionDoesNotFit(catalogue, profile, session, now);
    if (unfit) return { ok: false, reason: unfit, session };
    const readiness = await readinessBlocking(collections, catalogue, profile, session, now);
    if (readiness) return { ok: false, reason: 'not_ready', session, readiness };
    return { session, seated: await takeSeat(collections, session._id, now, session) };
  };
  let decided = await attempt(await recentSession(collections, request.sessionId));
  // No seat: it is full, or it changed since this process last read it. Decide again on it as it is now.
  if ('seated' in decided && !decided.seated)
    decided = await attempt(await freshSession(collections, request.sessionId));
  if (!('seated' in decided)) return decided;
  const { session, seated } = decided;

  // Only the roster's line manager approves; a self-declared manager claim never does (issue 11). When the roster
  // names none, the directory's manager may decide a held place (issue 13 item 5), else a coordinator does.
  const rosterManager = isOfRecord(profile) ? profile.managerAadObjectId : undefined;
  const directoryManager =
    !rosterManager && seated && !request.nominated && request.managerOf
      ? await request.managerOf(profile._id).catch(() => undefined)
      : undefined;
  const usableDirectoryManager = directoryManager?.aadObjectId !== profile._id ? directoryManager : undefined;
  const managerAadObjectId = rosterManager ?? usableDirectoryManager?.aadObjectId;
  const base = {
    person: { aadObjectId: profile._id, name: profile.name },
    course: session.course,
    sessionId: session._id,
    sessionStart: session.start,
    ...(managerAadObjectId ? { managerAadObjectId } : {}),
    ...(!rosterManager && usableDirectoryManager
      ? { managerSource: 'graph' as const, managerName: usableDirectoryManager.name }
      : {}),
    ...(request.nominated ? { nominatedBy: request.actor } : {}),
  };
  const booking: NewBooking = seated
    ? request.nominated
      ? { ...base, state: 'confirmed' }
      : { ...base, state: 'held', holdUntil: holdUntil(now, session, rules) }
    : { ...base, state: 'waitlisted' };
  const stored = await insertBooking(
    collections,
    booking,
    request.actor,
    now,
    request.nominated ? 'nominated by their manager' : undefined,
  ).catch(async (error: unknown) => {
    if (seated) await releaseSeat(collections, session._id, now);
    throw error;
  });
  if (!stored) {
    // Another press for the same person and course won the unique index in the meantime.
    if (seated) await releaseSeat(collections, session._id, now);
    const winner = await findActiveBooking(collections, profile._id, session.course);
    if (winner) return { ok: false, reason: 'already_booked', session, booking: winner };
    throw new Error('booking refused by the unique index but no active booking found');
  }
  if (!seated) {
    // A seat may have come free between our full answer and our joining the list: offer it now.
    const freed = await promoteWaitingList(collections, session._id, rules, now);
    const mine = freed.promoted.find((promoted) => promoted._id === stored._id);
    const promotedOthers = freed.promoted.filter((promoted) => promoted._id !== stored._id);
    return {
      ok: true,
      booking: mine ?? stored,
      session,
      ...(managerAadObjectId ? { managerAadObjectId } : {}),
      ...(promotedOthers.length ? { promotedOthers } : {}),
    };
  }
  return { ok: true, booking: stored, session, ...(managerAadObjectId ? { managerAadObjectId } : {}) };
}
