import { DateTime } from 'luxon';
import type { Catalogue } from '../catalogue/loadCatalogue';
import { checkTrainers, sessionChange, sessionWithoutId, type SessionCells } from '../imports/sessionRow';
import { LONDON_TIME_ZONE } from '../shared/londonTime';
import type { Collections } from '../storage/collections';
import { isUnchanged } from '../storage/documentChanges';
import type { Session } from './session';
import { findSessionById, saveSessionChanges } from './sessionRepository';

export type SessionField = keyof SessionCells;

/** What is wrong with one field of the form, worded to follow the field's name ("capacity must be …"). */
export interface SessionProblem {
  field?: SessionField;
  message: string;
}

export type CreateSessionOutcome =
  | {
      ok: true;
      session: Session;
      /** False when this very session was already stored (the same form sent twice): nothing new was written. */
      created: boolean;
    }
  | { ok: false; reason: 'invalid'; problems: SessionProblem[] };

/** The reference a coordinator would give it: course, London date and time, and a short random part. */
export function sessionIdFor(course: string, start: Date, suffix: string): string {
  const local = DateTime.fromJSDate(start, { zone: LONDON_TIME_ZONE });
  const hhmm = [local.hour, local.minute].map((part) => String(part).padStart(2, '0')).join('');
  return `${course}-${local.toISODate()}-${hhmm}-${suffix}`;
}

/**
 * A coordinator adds one session from a card. It is checked by the very rules of sessions.csv (plus: it starts
 * in the future) and stored by the same write as the import. `suffix` (the random part of its id) comes from the
 * form, so sending the same form twice stores one session.
 */
export async function createSession(
  collections: Collections,
  catalogue: Catalogue,
  cells: SessionCells,
  suffix: string,
  now: Date,
): Promise<CreateSessionOutcome> {
  const parsed = sessionWithoutId(catalogue, { startsAfter: now }).safeParse(cells);
  const trainers = await checkTrainers(collections, [{ line: 0, trainer: cells.trainer }]);
  const problems: SessionProblem[] = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({
          ...(issue.path[0] !== undefined ? { field: String(issue.path[0]) as SessionField } : {}),
          message: issue.message,
        }))),
    ...(trainers.errors.length ? [{ field: 'trainer' as const, message: 'is not on the roster' }] : []),
  ];
  if (!parsed.success || problems.length > 0) return { ok: false, reason: 'invalid', problems };

  const value = parsed.data;
  const id = sessionIdFor(value.course, value.start, suffix);
  const stored = await findSessionById(collections, id);
  const change = sessionChange(id, value, stored ?? undefined, () => true);
  if (stored) {
    // Only the same form sent again can name this id: if it asks for the same session, that is the answer.
    if (isUnchanged(stored, change.set, change.unset)) return { ok: true, session: stored, created: false };
    return {
      ok: false,
      reason: 'invalid',
      problems: [{ message: 'this form was already used for another session: open a new form' }],
    };
  }
  const outcome = await saveSessionChanges(collections, [change], now);
  if (outcome.failure !== undefined) throw outcome.failure;
  const session = await findSessionById(collections, id);
  if (!session) throw new Error(`session ${id} was written but cannot be read back`);
  return { ok: true, session, created: outcome.created === 1 };
}
