import { z } from 'zod';
import { accessRouteFor } from '../catalogue/accessRoutes';
import { londonIsoDay } from '../catalogue/validityWindow';
import { ROSTER_SOURCES, rosterCells } from '../exports/rosterCells';
import { ACCESS_ROUTES, AUDIENCES, PERMISSIONS, SERVICE_GROUPS } from '../catalogue/vocabulary';
import { organisationKey } from '../people/organisation';
import { findOrganisationsByKeys } from '../people/organisationRepository';
import type { Completion, StaffProfile } from '../people/staffProfile';
import { findByAadObjectIds, saveStaffProfileChanges } from '../people/staffProfileRepository';
import { systemClock } from '../shared/clock';
import { formatCount } from '../shared/numbers';
import type { Collections } from '../storage/collections';
import { MAX_EMAIL, MAX_ID, MAX_LIST, MAX_PERSON_NAME, MAX_TEXT, MAX_WORD } from './cellLimits';
import { applyChanges, failed, type LinedChange } from './applyChanges';
import {
  type ParsedRow,
  duplicateKeys,
  email,
  entraObjectId,
  listOf,
  oneOf,
  optional,
  parseRows,
  pastDate,
  required,
  text,
  yesNo,
} from './csvFields';
import { readCsvTable, type ColumnSpec, type CsvRow } from './csvTable';
import type { CatalogueImportOptions, ImportIssue, ImportResult } from './importResult';
import { knownCourseCodes } from './knownCourseCodes';

/** roster.csv (contracts.md §2). */
export const ROSTER_COLUMNS: readonly ColumnSpec[] = [
  { name: 'aadObjectId', required: true, maxLength: MAX_ID },
  { name: 'name', required: true, maxLength: MAX_PERSON_NAME },
  { name: 'email', required: false, maxLength: MAX_EMAIL },
  { name: 'audience', required: true, maxLength: MAX_WORD },
  { name: 'organisation', required: true, maxLength: MAX_TEXT },
  { name: 'serviceGroup', required: true, maxLength: MAX_WORD },
  { name: 'accessRoute', required: false, maxLength: MAX_WORD },
  { name: 'managerAadObjectId', required: false, maxLength: MAX_ID },
  { name: 'contactPointUser', required: false, maxLength: MAX_WORD },
  { name: 'ecrbIssued', required: false, maxLength: MAX_WORD },
  { name: 'itCompetence', required: false, maxLength: MAX_WORD },
  { name: 'identityChecked', required: false, maxLength: MAX_WORD },
  { name: 'permissions', required: false, maxLength: MAX_LIST },
  { name: 'completed', required: false, maxLength: MAX_LIST },
  // Written by `admin export roster`: a self-declared row is left as the person declared it (see below).
  { name: 'source', required: false, maxLength: MAX_WORD },
];

function rosterRow(courseCodes: ReadonlySet<string>, today: string) {
  const completion = z.string().transform((value, ctx): Completion => {
    const match = /^([^@]+)@(.+)$/.exec(value);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not CODE@DATE (e.g. IW01@2026-03-02)` });
      return z.NEVER;
    }
    const code = (match[1] ?? '').trim().toUpperCase();
    if (!courseCodes.has(code))
      ctx.addIssue({ code: 'custom', message: `"${value}": ${code} is not a course code in the catalogue` });
    const date = pastDate(today).safeParse((match[2] ?? '').trim());
    if (!date.success)
      ctx.addIssue({ code: 'custom', message: `"${value}": the date ${date.error.issues[0]?.message}` });
    return { code, date: date.success ? date.data : '' };
  });
  return z.object({
    aadObjectId: required(entraObjectId),
    name: required(text),
    email: optional(email),
    audience: required(oneOf(AUDIENCES)),
    organisation: required(text),
    serviceGroup: required(oneOf(SERVICE_GROUPS)),
    accessRoute: optional(oneOf(ACCESS_ROUTES)),
    managerAadObjectId: optional(entraObjectId),
    contactPointUser: optional(yesNo),
    ecrbIssued: optional(pastDate(today)),
    itCompetence: optional(yesNo),
    identityChecked: optional(yesNo),
    permissions: optional(listOf(oneOf(PERMISSIONS))),
    completed: optional(listOf(completion)),
    source: optional(oneOf(ROSTER_SOURCES)),
  });
}

/**
 * Upserts staff profiles by `aadObjectId`. Organisations must already be imported; a manager must be in
 * this file or already on the roster. Nothing is written if any row is bad.
 */
export async function importRoster(
  collections: Collections,
  csv: string,
  options: CatalogueImportOptions,
): Promise<ImportResult> {
  const kind = 'roster';
  const clock = options.clock ?? systemClock;
  const read = readCsvTable(csv, ROSTER_COLUMNS);
  if (!read.ok) return failed(kind, read.errors, read.warnings);
  const { rows: allRows, columns } = read.table;
  const warnings = [...read.table.warnings];

  // A row marked self-declared (as `admin export roster` writes someone who entered their own details in
  // Teams) is not the coordinator's word: it is left as the person declared it, and only checked to be one.
  const isSelfDeclared = (row: CsvRow) => (row.cells.source ?? '').toLowerCase() === 'self-declared';
  const rows = allRows.filter((row) => !isSelfDeclared(row));
  const declared = await selfDeclaredRows(collections, allRows.filter(isSelfDeclared), columns, options);

  const { parsed, errors } = parseRows(
    rows,
    rosterRow(knownCourseCodes(options.catalogue), londonIsoDay(clock())),
  );
  errors.push(...declared.errors);
  warnings.push(...declared.warnings);
  errors.push(...duplicateKeys(allRows, 'aadObjectId', (id) => id.toLowerCase()));

  const organisations = await findOrganisationsByKeys(
    collections,
    rows.map((row) => organisationKey(row.cells.organisation ?? '')),
  );
  errors.push(...(await referenceErrors(collections, rows, organisations)));
  if (columns.has('managerAadObjectId')) errors.push(...(await managerLoops(collections, parsed)));
  if (errors.length > 0) return failed(kind, errors, warnings);

  const existing = await findByAadObjectIds(
    collections,
    parsed.map((row) => row.value.aadObjectId),
  );
  for (const { person } of declared.people) existing.set(person._id, person);

  const changes = parsed.map(({ line, value }): LinedChange<StaffProfile> => {
    const stored = existing.get(value.aadObjectId);
    const organisation = organisations.get(organisationKey(value.organisation));
    const set: Partial<StaffProfile> = {
      name: value.name,
      audience: value.audience,
      organisation: organisation?.name ?? value.organisation,
      serviceGroup: value.serviceGroup,
      // Default route for the service group (domain §5, as the catalogue in force maps it) unless the row names one.
      accessRoute: value.accessRoute ?? accessRouteFor(options.catalogue, value.serviceGroup),
      source: 'roster',
    };
    // The roster now vouches for someone who declared themselves: their claim and its review state go.
    const unset = (['declaredManagerEmail', 'declaredAt', 'rejected'] as const).filter(
      (key) => stored?.[key] !== undefined,
    ) as (keyof StaffProfile)[];
    const setOnInsert: Partial<StaffProfile> = {};
    // Email and manager come only from the roster: a blank cell clears them (a column left out keeps them).
    for (const key of ['email', 'managerAadObjectId'] as const) {
      if (!columns.has(key)) continue;
      const given = value[key];
      if (given === undefined) unset.push(key);
      else set[key] = given;
    }
    // The rest is also recorded in the bot (a manager confirms IT competence, a trainer sees identity and
    // eCRB at the session, `admin grant`, completions at sessions): a blank cell or a missing column keeps
    // what is stored, and a new profile starts with none. Completions are only ever added.
    for (const key of ['contactPointUser', 'itCompetence', 'identityChecked'] as const) {
      if (value[key] !== undefined) set[key] = value[key];
      else setOnInsert[key] = false;
    }
    if (value.ecrbIssued !== undefined) set.ecrbIssued = value.ecrbIssued;
    if (value.permissions !== undefined) {
      const wanted = PERMISSIONS.filter((permission) => value.permissions?.includes(permission));
      // The same permissions in another order (as `admin grant` appends them) are no change.
      const same =
        stored?.permissions.length === wanted.length && wanted.every((p) => stored.permissions.includes(p));
      set.permissions = same ? stored.permissions : wanted;
    } else setOnInsert.permissions = [];
    if (value.completed !== undefined)
      set.completed = mergeCompletions(stored?.completed ?? [], value.completed);
    else setOnInsert.completed = [];
    return { line, _id: value.aadObjectId, existed: stored !== undefined, set, unset, setOnInsert };
  });
  // Self-declared rows are counted as unchanged: a change that sets nothing is never written.
  for (const { line, person } of declared.people) {
    changes.push({ line, _id: person._id, existed: true, set: {}, unset: [] });
  }

  return applyChanges({
    kind,
    rows: allRows.length,
    changes,
    existing,
    warnings,
    options,
    save: (toWrite, now, onProgress) => saveStaffProfileChanges(collections, toWrite, now, onProgress),
  });
}

/**
 * Rows marked self-declared: each must be someone stored as self-declared. Such a row is never applied; when
 * it differs from what the person declared, a warning says so and how to confirm them instead.
 */
async function selfDeclaredRows(
  collections: Collections,
  rows: readonly CsvRow[],
  columns: ReadonlySet<string>,
  options: CatalogueImportOptions,
): Promise<{
  people: { line: number; person: StaffProfile }[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
}> {
  const found = {
    people: [] as { line: number; person: StaffProfile }[],
    errors: [] as ImportIssue[],
    warnings: [] as ImportIssue[],
  };
  if (rows.length === 0) return found;
  const ids = new Map(rows.map((row) => [row, entraObjectId.safeParse(row.cells.aadObjectId ?? '')]));
  const stored = await findByAadObjectIds(
    collections,
    [...ids.values()].flatMap((id) => (id.success ? [id.data] : [])),
  );
  for (const row of rows) {
    const id = ids.get(row);
    if (!id?.success) {
      const issues = parseRows([row], z.object({ aadObjectId: required(entraObjectId) })).errors;
      found.errors.push(...issues);
      continue;
    }
    const person = stored.get(id.data);
    const refuse = (why: string) =>
      found.errors.push({
        line: row.line,
        column: 'source',
        reason: `source is self-declared, but ${why} (write roster, or leave it blank)`,
      });
    if (!person) {
      refuse(`no one with aadObjectId ${id.data} has entered their own details in Teams`);
      continue;
    }
    if (person.source !== 'self-declared') {
      refuse(`${id.data} is on the roster: only the bot records self-declared people`);
      continue;
    }
    found.people.push({ line: row.line, person });
    const declared = rosterCells(person, options.catalogue);
    const differ = [...columns].filter(
      (column) => column !== 'source' && (row.cells[column] ?? '') !== (declared[column] ?? '').trim(),
    );
    if (differ.length > 0) {
      found.warnings.push({
        line: row.line,
        column: 'source',
        reason: `${person.name} entered their own details in Teams and is not confirmed, so this row was not applied (${differ.join(', ')} ${differ.length === 1 ? 'differs' : 'differ'}): write roster in source to confirm them with these details`,
      });
    }
  }
  return found;
}

/** Organisation and manager references, checked on every row (also rows with other problems). */
async function referenceErrors(
  collections: Collections,
  rows: readonly CsvRow[],
  organisations: ReadonlyMap<string, unknown>,
): Promise<ImportIssue[]> {
  const errors: ImportIssue[] = [];
  const idOf = (row: CsvRow, column: string) => (row.cells[column] ?? '').toLowerCase();
  const inFile = new Set(rows.map((row) => idOf(row, 'aadObjectId')));
  const managers = rows
    .map((row) => idOf(row, 'managerAadObjectId'))
    .filter((id) => id !== '' && !inFile.has(id));
  const onRoster = await findByAadObjectIds(collections, managers);
  for (const row of rows) {
    const organisation = row.cells.organisation ?? '';
    if (organisation !== '' && !organisations.has(organisationKey(organisation))) {
      errors.push({
        line: row.line,
        column: 'organisation',
        reason: `organisation "${organisation}" is not known: add it to organisations.csv and import that first`,
      });
    }
    const manager = idOf(row, 'managerAadObjectId');
    if (manager === '' || !entraObjectId.safeParse(manager).success) continue;
    if (manager === idOf(row, 'aadObjectId')) {
      errors.push({
        line: row.line,
        column: 'managerAadObjectId',
        reason: 'managerAadObjectId is the person themselves',
      });
    } else if (!inFile.has(manager) && !onRoster.has(manager)) {
      errors.push({
        line: row.line,
        column: 'managerAadObjectId',
        reason: `managerAadObjectId "${manager}" is neither in this file nor on the roster`,
      });
    } else if (!inFile.has(manager) && onRoster.get(manager)?.source !== 'roster') {
      // A manager of record must be vouched for: someone who only declared themselves is not.
      errors.push({
        line: row.line,
        column: 'managerAadObjectId',
        reason: `managerAadObjectId "${manager}" is ${onRoster.get(manager)?.name ?? 'someone'}, who entered their own details and is not confirmed: confirm them first, or add them to this file`,
      });
    }
  }
  return errors;
}

/**
 * Rows whose chain of managers comes back to them (A manages B, B manages A), with the file and the stored
 * roster taken together: the file's manager for its people, the stored one for everyone else. A team view
 * walking such a chain would never end. Someone managing themselves is reported by `referenceErrors`.
 */
async function managerLoops(
  collections: Collections,
  parsed: readonly ParsedRow<{ aadObjectId: string; managerAadObjectId?: string }>[],
): Promise<ImportIssue[]> {
  const inFile = new Map(parsed.map(({ value }) => [value.aadObjectId, value.managerAadObjectId]));
  const stored = new Map<string, string | undefined>();
  const managerOf = (id: string) => (inFile.has(id) ? inFile.get(id) : stored.get(id));
  // Follow the chains out of the file into the roster, one level (one query) at a time.
  const unknown = (id: string | undefined): id is string =>
    id !== undefined && !inFile.has(id) && !stored.has(id);
  let frontier = [...new Set([...inFile.values()].filter(unknown))];
  while (frontier.length > 0) {
    const found = await findByAadObjectIds(collections, frontier);
    for (const id of frontier) stored.set(id, found.get(id)?.managerAadObjectId);
    frontier = [...new Set(frontier.map((id) => stored.get(id)).filter(unknown))];
  }

  // Each person is walked once (linear even for a 100,000-long chain); a walk that meets itself found a loop.
  const state = new Map<string, 'walking' | 'done'>();
  const loops = new Map<string, { loop: string[]; at: number }>();
  for (const { value } of parsed) {
    const walk: string[] = [];
    let next: string | undefined = value.aadObjectId;
    while (next !== undefined && !state.has(next)) {
      state.set(next, 'walking');
      walk.push(next);
      next = managerOf(next);
    }
    if (next !== undefined && state.get(next) === 'walking') {
      const loop = walk.slice(walk.indexOf(next));
      if (loop.length > 1) loop.forEach((id, at) => loops.set(id, { loop, at }));
    }
    for (const id of walk) state.set(id, 'done');
  }

  const errors: ImportIssue[] = [];
  for (const { line, value } of parsed) {
    const found = loops.get(value.aadObjectId);
    if (!found) continue;
    const { loop, at } = found;
    const from = (offset: number) => loop[(at + offset) % loop.length] as string;
    const shown =
      loop.length <= LOOP_SHOWN
        ? loop.map((_, offset) => from(offset))
        : [
            ...Array.from({ length: LOOP_SHOWN - 1 }, (_, offset) => from(offset)),
            `… (${formatCount(loop.length)} people)`,
          ];
    errors.push({
      line,
      column: 'managerAadObjectId',
      reason: `managerAadObjectId makes a loop: ${[...shown, value.aadObjectId].join(' → ')}`,
    });
  }
  return errors;
}

/** The longest manager loop spelt out in full; a longer one shows its start and its size. */
const LOOP_SHOWN = 6;

/** Stored and new completions together, each code and date once, oldest first. */
export function mergeCompletions(stored: readonly Completion[], added: readonly Completion[]): Completion[] {
  const byKey = new Map<string, Completion>();
  for (const completion of [...stored, ...added]) {
    byKey.set(`${completion.code}@${completion.date}`, { code: completion.code, date: completion.date });
  }
  return [...byKey.values()].sort((a, b) => a.date.localeCompare(b.date) || a.code.localeCompare(b.code));
}
