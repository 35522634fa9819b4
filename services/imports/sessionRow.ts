import { z } from 'zod';
import type { Catalogue } from '../catalogue/loadCatalogue';
import { ACCESS_ROUTES, SESSION_AUDIENCES } from '../catalogue/vocabulary';
import { findByAadObjectIds } from '../people/staffProfileRepository';
import type { Session } from '../sessions/session';
import type { Collections } from '../storage/collections';
import type { DocumentChange } from '../storage/documentChanges';
import {
  entraObjectId,
  localDateTime,
  oneOf,
  optional,
  positiveWholeNumber,
  required,
  text,
} from './csvFields';
import type { ImportIssue } from './importResult';
import { knownCourseCodes } from './knownCourseCodes';

// One session's rules, shared by sessions.csv (importSessions) and the coordinator's "New session" form, so a
// session is accepted or refused the same way whichever way it arrives. Cells are text, as in the file.

/** The columns of a session other than its `id`, as text (blank = not given). */
export type SessionCells = Partial<
  Record<'course' | 'start' | 'end' | 'venue' | 'capacity' | 'accessRoute' | 'audience' | 'trainer', string>
>;

export interface SessionRuleOptions {
  /** Refuse a session starting at or before this instant (the form: a new session is in the future). */
  startsAfter?: Date;
}

function sessionFields(catalogue: Catalogue) {
  const courseCodes = knownCourseCodes(catalogue);
  const course = z
    .string()
    .transform((code) => code.toUpperCase())
    .refine((code) => courseCodes.has(code), {
      error: (issue) => `"${String(issue.input)}" is not a course code in the catalogue`,
    });
  return {
    course: required(course),
    start: required(localDateTime),
    end: required(localDateTime),
    venue: required(text),
    capacity: required(positiveWholeNumber),
    accessRoute: optional(oneOf(ACCESS_ROUTES)),
    audience: optional(oneOf(SESSION_AUDIENCES)),
    trainer: optional(entraObjectId),
  };
}

type SessionFields = z.infer<z.ZodObject<ReturnType<typeof sessionFields>>>;

function sessionRules(catalogue: Catalogue, options: SessionRuleOptions) {
  // ContactPoint training is tied to one access route (domain §5): its sessions must name it.
  const contactPointCourse = catalogue.contactPointCourse;
  return (row: SessionFields, ctx: z.RefinementCtx) => {
    // Zod may run this with other cells of the row already refused: only compare what was read.
    if (row.start instanceof Date && row.end instanceof Date && row.end.getTime() <= row.start.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'must be after start' });
    }
    if (options.startsAfter && row.start instanceof Date && row.start <= options.startsAfter) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: 'is in the past' });
    }
    if (row.course === contactPointCourse && !row.accessRoute) {
      ctx.addIssue({
        code: 'custom',
        path: ['accessRoute'],
        message: `is required for ${contactPointCourse} sessions: one of ${ACCESS_ROUTES.join(', ')}`,
      });
    }
  };
}

/** A sessions.csv row (contracts.md §2): the coordinator's `id` and the session's columns. */
export function sessionRow(catalogue: Catalogue, options: SessionRuleOptions = {}) {
  return z
    .object({ id: required(text), ...sessionFields(catalogue) })
    .superRefine(sessionRules(catalogue, options));
}

/** A session's columns without an `id` (the form makes one from the course and start). */
export function sessionWithoutId(catalogue: Catalogue, options: SessionRuleOptions = {}) {
  return z.object(sessionFields(catalogue)).superRefine(sessionRules(catalogue, options));
}

export type SessionValues = SessionFields;

/**
 * The trainer named on each row must be on the roster (an error); one who is neither in the trainer audience
 * nor has the trainer permission is only a warning. Checked also on rows with other problems.
 */
export async function checkTrainers(
  collections: Collections,
  rows: readonly { line: number; trainer?: string }[],
): Promise<{ errors: ImportIssue[]; warnings: ImportIssue[] }> {
  const trainerOf = (row: { trainer?: string }) => (row.trainer ?? '').trim().toLowerCase();
  const trainers = await findByAadObjectIds(
    collections,
    rows.map(trainerOf).filter((id) => id !== ''),
  );
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  for (const row of rows) {
    const id = trainerOf(row);
    if (id === '' || !entraObjectId.safeParse(id).success) continue;
    const trainer = trainers.get(id);
    if (!trainer) {
      errors.push({ line: row.line, column: 'trainer', reason: `trainer "${id}" is not on the roster` });
    } else if (trainer.audience !== 'trainer' && !trainer.permissions.includes('trainer')) {
      warnings.push({
        line: row.line,
        column: 'trainer',
        reason: `trainer ${trainer.name} is neither in the trainer audience nor has the trainer permission`,
      });
    }
  }
  return { errors, warnings };
}

/**
 * What writing a session asks of its stored document. `given` says which optional columns were given at all:
 * a column the file does not have leaves the stored value alone; a blank cell clears it (as in the roster).
 * Seats already booked are kept: `booked` starts at 0 and is never set here.
 */
export function sessionChange(
  id: string,
  value: SessionValues,
  stored: Pick<Session, 'booked'> | undefined,
  given: (column: 'accessRoute' | 'audience' | 'trainer') => boolean,
): DocumentChange<Session> {
  const set: Partial<Session> = {
    course: value.course,
    start: value.start,
    end: value.end,
    venue: value.venue,
    capacity: value.capacity,
  };
  const unset: (keyof Session)[] = [];
  for (const key of ['accessRoute', 'audience', 'trainer'] as const) {
    if (!given(key)) continue;
    if (value[key] === undefined) unset.push(key);
    else (set as Record<string, unknown>)[key] = value[key];
  }
  return {
    _id: id,
    existed: stored !== undefined,
    set,
    unset,
    setOnInsert: { booked: 0 },
    // A booking made between the check and this write must not be squeezed out.
    guard: { booked: { $lte: value.capacity } },
  };
}
