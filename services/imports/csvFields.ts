import { DateTime } from 'luxon';
import { z } from 'zod';
import { LONDON_TIME_ZONE } from '../shared/londonTime';
import type { CsvRow } from './csvTable';
import type { ImportIssue } from './importResult';

// Cell schemas for the import files (contracts.md §2). Each message follows the column name:
// `audience` + ` "practioner" is not one of: …` reads as one sentence in the report.

/** A cell: absent (column not in the file) and blank are both '' here. */
const cell = z
  .string()
  .optional()
  .transform((value) => value?.trim() ?? '');

export function required<Out>(inner: z.ZodType<Out, string>) {
  return cell.pipe(z.string().min(1, { error: 'is required' })).pipe(inner);
}

/** A blank cell gives `undefined`: the row's default applies. */
export function optional<Out>(inner: z.ZodType<Out, string>) {
  return cell.transform((value) => (value === '' ? undefined : value)).pipe(inner.optional());
}

export const text = z.string();

export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(
      z.enum(values, { error: (issue) => `"${String(issue.input)}" is not one of: ${values.join(', ')}` }),
    );
}

export const yesNo = z
  .string()
  .transform((value) => value.toLowerCase())
  .pipe(z.enum(['yes', 'no'], { error: (issue) => `"${String(issue.input)}" must be yes or no` }))
  .transform((value) => value === 'yes');

/** Stored in lower case, so a search by email is one exact, indexed match whatever the case typed. */
export const email = z
  .email({ error: (issue) => `"${String(issue.input)}" is not an email address` })
  .transform((value) => value.toLowerCase());

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Teams gives `from.aadObjectId` in lower case; keys are kept the same way so they match. */
export const entraObjectId = z
  .string()
  .regex(GUID, {
    error: (issue) =>
      `"${String(issue.input)}" is not an Entra object id (a GUID such as 8f2c51a4-1b7e-4c2d-9a3f-5e6d7c8b9a01)`,
  })
  .transform((value) => value.toLowerCase());

export const positiveWholeNumber = z
  .string()
  .regex(/^\d+$/, { error: (issue) => `"${String(issue.input)}" must be a whole number greater than 0` })
  .transform(Number)
  .pipe(z.number().min(1, { error: 'must be a whole number greater than 0' }));

/** `YYYY-MM-DD` or `DD/MM/YYYY` (leading zeros optional) to `YYYY-MM-DD`; null if not a date or not a real one. */
export function parseCalendarDate(value: string): { date: string } | { problem: string } {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const british = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const parts = iso
    ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    : british
      ? { year: Number(british[3]), month: Number(british[2]), day: Number(british[1]) }
      : undefined;
  if (!parts) return { problem: `"${value}" is not a date (use YYYY-MM-DD or DD/MM/YYYY)` };
  const date = DateTime.fromObject(parts, { zone: 'utc' });
  if (!date.isValid) return { problem: `"${value}" is not a real date` };
  return { date: date.toISODate() as string };
}

/** A calendar date on or before `today` (`YYYY-MM-DD`): certificates and completions are in the past. */
export function pastDate(today: string) {
  return z.string().transform((value, ctx) => {
    const parsed = parseCalendarDate(value);
    if ('problem' in parsed) {
      ctx.addIssue({ code: 'custom', message: parsed.problem });
      return z.NEVER;
    }
    if (parsed.date > today) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is in the future` });
      return z.NEVER;
    }
    return parsed.date;
  });
}

/**
 * A local date and time in Europe/London, `YYYY-MM-DDTHH:MM` (also `YYYY-MM-DD HH:MM` and `DD/MM/YYYY HH:MM`,
 * which a spreadsheet may turn it into), as the UTC instant it denotes.
 */
export const localDateTime = z.string().transform((value, ctx) => {
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})$/.exec(value);
  const british = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/.exec(value);
  const match = iso ?? british;
  if (!match) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a date and time (use YYYY-MM-DDTHH:MM)` });
    return z.NEVER;
  }
  const [year, month, day] = iso ? [match[1], match[2], match[3]] : [match[3], match[2], match[1]];
  const wanted = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(match[4]),
    minute: Number(match[5]),
  };
  const local = DateTime.fromObject(wanted, { zone: LONDON_TIME_ZONE });
  if (!local.isValid) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a real date and time` });
    return z.NEVER;
  }
  // Luxon moves a time in the spring-forward gap to a real one; such a time never shows on a UK clock.
  if (local.hour !== wanted.hour || local.minute !== wanted.minute) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" does not exist in UK time (the clocks go forward then)`,
    });
    return z.NEVER;
  }
  return local.toJSDate();
});

/** A `;`-separated list, each item checked by `item`; blank items are skipped and repeats removed. */
export function listOf<Out>(item: z.ZodType<Out, string>) {
  return z.string().transform((value, ctx) => {
    const items: Out[] = [];
    for (const part of value.split(';').map((piece) => piece.trim())) {
      if (part === '') continue;
      const parsed = item.safeParse(part);
      if (parsed.success) {
        if (!items.some((known) => JSON.stringify(known) === JSON.stringify(parsed.data)))
          items.push(parsed.data);
      } else {
        for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
      }
    }
    return items;
  });
}

export interface ParsedRow<T> {
  line: number;
  value: T;
}

/**
 * Checks every row against the row schema and collects every problem, each with its line and column. A cell
 * the file reader refused (too long, a control character) is reported as it refused it, and only so.
 */
export function parseRows<Out>(
  rows: readonly CsvRow[],
  schema: z.ZodType<Out, Record<string, string>>,
): { parsed: ParsedRow<Out>[]; errors: ImportIssue[] } {
  const parsed: ParsedRow<Out>[] = [];
  const errors: ImportIssue[] = [];
  for (const row of rows) {
    const refused = new Set((row.refused ?? []).map((issue) => issue.column));
    errors.push(...(row.refused ?? []));
    const result = schema.safeParse(row.cells);
    if (result.success) {
      if (refused.size === 0) parsed.push({ line: row.line, value: result.data });
      continue;
    }
    for (const issue of result.error.issues) {
      const column = issue.path.length > 0 ? String(issue.path[0]) : undefined;
      if (column !== undefined && refused.has(column)) continue;
      errors.push({ line: row.line, column, reason: column ? `${column} ${issue.message}` : issue.message });
    }
  }
  return { parsed, errors };
}

/** Rows whose key was already used by an earlier row: the key must be unique in the file. Blank keys are left to the row check. */
export function duplicateKeys(
  rows: readonly CsvRow[],
  column: string,
  keyOf: (cell: string) => string,
  note = '',
): ImportIssue[] {
  const firstLine = new Map<string, number>();
  const errors: ImportIssue[] = [];
  for (const row of rows) {
    const value = row.cells[column] ?? '';
    const key = keyOf(value);
    if (key === '') continue;
    const first = firstLine.get(key);
    if (first === undefined) firstLine.set(key, row.line);
    else
      errors.push({ line: row.line, column, reason: `${column} "${value}" is also on line ${first}${note}` });
  }
  return errors;
}
