import { z } from 'zod';
import { organisationKey, organisationWords, type Organisation } from '../people/organisation';
import { findOrganisationsByKeys, saveOrganisationChanges } from '../people/organisationRepository';
import type { Collections } from '../storage/collections';
import { MAX_TEXT, MAX_WORD } from './cellLimits';
import { duplicateKeys, optional, parseRows, required, text, yesNo } from './csvFields';
import { readCsvTable, type ColumnSpec } from './csvTable';
import { applyChanges, failed, type LinedChange } from './applyChanges';
import type { ImportOptions, ImportResult } from './importResult';

/** organisations.csv (contracts.md §2). */
export const ORGANISATION_COLUMNS: readonly ColumnSpec[] = [
  { name: 'name', required: true, maxLength: MAX_TEXT },
  { name: 'accredited', required: false, maxLength: MAX_WORD },
];

const OrganisationRow = z.object({
  name: required(text).transform((name) => name.replace(/\s+/g, ' ')),
  accredited: optional(yesNo),
});

/** Upserts organisations by name (compared ignoring case and spacing); nothing is written if any row is bad. */
export async function importOrganisations(
  collections: Collections,
  csv: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const kind = 'organisations';
  const read = readCsvTable(csv, ORGANISATION_COLUMNS);
  if (!read.ok) return failed(kind, read.errors, read.warnings);
  const { rows, columns, warnings } = read.table;

  const { parsed, errors } = parseRows(rows, OrganisationRow);
  errors.push(
    ...duplicateKeys(rows, 'name', organisationKey, ' (names are compared ignoring case and spacing)'),
  );
  if (errors.length > 0) return failed(kind, errors, warnings);

  const existing = await findOrganisationsByKeys(
    collections,
    parsed.map((row) => organisationKey(row.value.name)),
  );
  const changes = parsed.map(({ line, value }): LinedChange<Organisation> => {
    const key = organisationKey(value.name);
    // The name's words feed the organisation typeahead (organisationRepository.searchOrganisations).
    const set: Partial<Organisation> = { name: value.name, words: organisationWords(value.name) };
    // A file without the accredited column leaves accreditation as the coordinator last set it.
    if (columns.has('accredited')) set.accredited = value.accredited ?? false;
    return {
      line,
      _id: key,
      existed: existing.has(key),
      set,
      unset: [],
      setOnInsert: columns.has('accredited') ? {} : { accredited: false },
    };
  });
  return applyChanges({
    kind,
    rows: rows.length,
    changes,
    existing,
    warnings,
    options,
    save: (toWrite, now, onProgress) => saveOrganisationChanges(collections, toWrite, now, onProgress),
  });
}
