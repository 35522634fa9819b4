import type { Catalogue } from '../catalogue/loadCatalogue';
import type { Actor } from '../people/actorRoles';
import { findByAadObjectIds } from '../people/staffProfileRepository';
import { isOfRecord } from '../people/staffProfile';
import type { Collections } from '../storage/collections';
import { moveBooking } from './bookingRepository';
import type { BookingRules } from './bookingRules';
import { bookSession, type BookingOutcome } from './bookSession';

export type NominationOutcome = { aadObjectId: string; name: string } & (
  BookingOutcome | { ok: false; reason: 'not_in_team' }
);

/**
 * A line manager puts one or more of their own reports of record on a session (issue 13 item 6). Each person
 * passes the same checks as booking themselves (the session fits them; ContactPoint readiness on its date), and
 * the nomination is the approval: the place is confirmed at once, or they wait on the list. A place the person
 * already holds on that session, waiting for this approval, is confirmed.
 */
export async function nominateStaff(
  collections: Collections,
  catalogue: Catalogue,
  manager: Actor & { name: string },
  people: readonly string[],
  sessionId: string,
  rules: BookingRules,
  now: Date,
): Promise<NominationOutcome[]> {
  const profiles = await findByAadObjectIds(collections, [...new Set(people)]);
  const actor = { by: manager.aadObjectId, byName: manager.name };
  const outcomes: NominationOutcome[] = [];
  for (const id of new Set(people)) {
    const profile = profiles.get(id);
    if (!profile || !isOfRecord(profile) || profile.managerAadObjectId !== manager.aadObjectId) {
      outcomes.push({ aadObjectId: id, name: profile?.name ?? 'Someone', ok: false, reason: 'not_in_team' });
      continue;
    }
    const who = { aadObjectId: id, name: profile.name };
    const outcome = await bookSession(
      collections,
      catalogue,
      { profile, sessionId, actor, nominated: true },
      rules,
      now,
    );
    if (!outcome.ok && outcome.reason === 'already_booked' && outcome.booking.sessionId === sessionId) {
      const approved = await moveBooking(
        collections,
        outcome.booking._id,
        { from: 'held', to: 'confirmed', actor, reason: 'nominated by their manager', isDecision: true },
        now,
      );
      if (approved) {
        outcomes.push({ ...who, ok: true, booking: approved, session: outcome.session });
        continue;
      }
    }
    outcomes.push({ ...who, ...outcome });
  }
  return outcomes;
}
