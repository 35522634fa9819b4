import type { Session } from '../sessions/session';
import { findSessionsByIds, saveSessionChanges } from '../sessions/sessionRepository';
import type { Collections } from '../storage/collections';
import { MAX_ID, MAX_TEXT, MAX_WORD } from './cellLimits';
import { applyChanges, failed, type LinedChange } from './applyChanges';
import { duplicateKeys, parseRows } from './csvFields';
import { readCsvTable, type ColumnSpec } from './csvTable';
import type { CatalogueImportOptions, ImportResult } from './importResult';
import { checkTrainers, sessionChange, sessionRow } from './sessionRow';

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
  const trainerCheck = await checkTrainers(
    collections,
    rows.map((row) => ({ line: row.line, trainer: row.cells.trainer })),
  );
  errors.push(...trainerCheck.errors);
  warnings.push(...trainerCheck.warnings);
  if (errors.length > 0) return failed(kind, errors, warnings);

  const changes = parsed.map(({ line, value }): LinedChange<Session> => ({
    line,
    ...sessionChange(value.id, value, existing.get(value.id), (column) => columns.has(column)),
  }));

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
