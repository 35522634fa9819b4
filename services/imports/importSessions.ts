import { z } from 'zod';
import type { Catalogue } from '../catalogue/loadCatalogue';
import { ACCESS_ROUTES, SESSION_AUDIENCES } from '../catalogue/vocabulary';
import { findByAadObjectIds } from '../people/staffProfileRepository';
import type { Session } from '../sessions/session';
import { findSessionsByIds, saveSessionChanges } from '../sessions/sessionRepository';
import type { Collections } from '../storage/collections';
import { MAX_ID, MAX_TEXT, MAX_WORD } from './cellLimits';
import { applyChanges, failed, type LinedChange } from './applyChanges';
import {
  duplicateKeys,
  entraObjectId,
  localDateTime,
  oneOf,
  optional,
  parseRows,
  positiveWholeNumber,
  required,
  text,
} from './csvFields';
import { readCsvTable, type ColumnSpec, type CsvRow } from './csvTable';
import type { CatalogueImportOptions, ImportResult } from './importResult';
import { knownCourseCodes } from './knownCourseCodes';

/** sessions.csv (contracts.md §2). */
export const SESSION_COLUMNS: readonly ColumnSpec[] = [
  { name: 'id', required: true, maxLength: MAX_ID },
  { name: 'course', required: true, maxLength: MAX_ID },
  { name: 'start', required: true, maxLength: MAX_WORD },
  { name: 'end', required: true, maxLength: MAX_WORD },
  { name: 'venue', required: true, maxLength: MAX_TEXT },
  { name: 'capacity', required: true, maxLength: MAX_WORD },
  { name: 'accessRoute', required: false, maxLength: MAX_WORD },
  { name: 'audience', required: false, maxLength: MAX_WORD },
  { name: 'trainer', required: false, maxLength: MAX_ID },
];

function sessionRow(catalogue: Catalogue) {
  const courseCodes = knownCourseCodes(catalogue);
  // ContactPoint training is tied to one access route (domain §5): its sessions must name it.
  const contactPointCourse = catalogue.contactPointCourse;
  const course = z
    .string()
    .transform((code) => code.toUpperCase())
    .refine((code) => courseCodes.has(code), {
      error: (issue) => `"${String(issue.input)}" is not a course code in the catalogue`,
    });
  return z
    .object({
      id: required(text),
      course: required(course),
      start: required(localDateTime),
      end: required(localDateTime),
      venue: required(text),
      capacity: required(positiveWholeNumber),
      accessRoute: optional(oneOf(ACCESS_ROUTES)),
      audience: optional(oneOf(SESSION_AUDIENCES)),
      trainer: optional(entraObjectId),
    })
    .superRefine((row, ctx) => {
      // Zod may run this with other cells of the row already refused: only compare what was read.
      if (row.start instanceof Date && row.end instanceof Date && row.end.getTime() <= row.start.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'must be after start' });
      }
      if (row.course === contactPointCourse && !row.accessRoute) {
        ctx.addIssue({
          code: 'custom',
          path: ['accessRoute'],
          message: `is required for ${contactPointCourse} sessions: one of ${ACCESS_ROUTES.join(', ')}`,
        });
      }
    });
}

/**
 * Upserts sessions by `id`. Seats already booked are kept: an import never resets `booked` and refuses
 * a capacity below it. Nothing is written if any row is bad.
 */
export async function importSessions(
  collections: Collections,
  csv: string,
  options: CatalogueImportOptions,
): Promise<ImportResult> {
  const kind = 'sessions';
  const read = readCsvTable(csv, SESSION_COLUMNS);
  if (!read.ok) return failed(kind, read.errors, read.warnings);
  const { rows, columns } = read.table;
  const warnings = [...read.table.warnings];

  const { parsed, errors } = parseRows(rows, sessionRow(options.catalogue));
  errors.push(...duplicateKeys(rows, 'id', (id) => id));

  const existing = await findSessionsByIds(
    collections,
    parsed.map((row) => row.value.id),
  );
  for (const { line, value } of parsed) {
    const booked = existing.get(value.id)?.booked ?? 0;
    if (value.capacity < booked) {
      errors.push({
        line,
        column: 'capacity',
        reason: `capacity ${value.capacity} is less than the ${booked} places already booked on session "${value.id}"`,
      });
    }
  }
  // The trainer is checked on every row, also rows with other problems.
  const trainerOf = (row: CsvRow) => (row.cells.trainer ?? '').toLowerCase();
  const trainers = await findByAadObjectIds(
    collections,
    rows.map(trainerOf).filter((id) => id !== ''),
  );
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
  if (errors.length > 0) return failed(kind, errors, warnings);

  const changes = parsed.map(({ line, value }): LinedChange<Session> => {
    const set: Partial<Session> = {
      course: value.course,
      start: value.start,
      end: value.end,
      venue: value.venue,
      capacity: value.capacity,
    };
    const unset: (keyof Session)[] = [];
    // As in the roster: a column the file does not have leaves the stored value alone; a blank cell clears it.
    for (const key of ['accessRoute', 'audience', 'trainer'] as const) {
      if (!columns.has(key)) continue;
      if (value[key] === undefined) unset.push(key);
      else (set as Record<string, unknown>)[key] = value[key];
    }
    return {
      line,
      _id: value.id,
      existed: existing.has(value.id),
      set,
      unset,
      setOnInsert: { booked: 0 },
      // A booking made between the check above and this write must not be squeezed out.
      guard: { booked: { $lte: value.capacity } },
    };
  });

  return applyChanges({
    kind,
    rows: rows.length,
    changes,
    existing,
    warnings,
    options,
    save: (toWrite, now, onProgress) => saveSessionChanges(collections, toWrite, now, onProgress),
    refusedReason: (change) =>
      `session "${change._id}" was not changed: places were booked while importing and capacity ${change.set.capacity} is now too small`,
  });
}
