import { parse } from 'csv-parse/sync';
import { restoreFormula } from '../exports/csvWriter';
import { formatCount } from '../shared/numbers';
import type { ImportIssue } from './importResult';

export interface ColumnSpec {
  readonly name: string;
  readonly required: boolean;
  /** The longest value the column takes, in characters (see cellLimits.ts). */
  readonly maxLength: number;
}

/**
 * More rows than this are refused: a file is read whole into memory and checked before anything is written,
 * so its size has to be bounded (100,000 rows is several times the children's workforce of a large authority).
 */
export const MAX_ROWS = 100_000;

/** One data row, by canonical column name. Columns the file does not have are absent, not blank. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
  /**
   * Cells refused as they were read (too long, or holding a control character), each with its reason. Such a
   * cell is passed on blank, so no later check repeats its value; the row checks leave its column to this.
   */
  refused?: ImportIssue[];
}

export interface CsvTable {
  /** The known columns the header has: a column left out of the file leaves stored values as they are. */
  columns: ReadonlySet<string>;
  rows: CsvRow[];
  warnings: ImportIssue[];
}

export type CsvTableResult =
  { ok: true; table: CsvTable } | { ok: false; errors: ImportIssue[]; warnings: ImportIssue[] };

/**
 * Reads a CSV file as a spreadsheet would show it: line N is the Nth row (a quoted value may span lines).
 * Tolerates a UTF-8 BOM, CRLF, spaces around values, header names in any case and blank rows.
 * An unknown column is a warning and is ignored, so a coordinator's extra "notes" column does not block an import.
 */
export function readCsvTable(text: string, specs: readonly ColumnSpec[]): CsvTableResult {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      // The header and one row more than allowed, enough to tell that the file is too long.
      to: MAX_ROWS + 2,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    const detail = error instanceof Error ? error.message.replace(/^[A-Za-z_]+:\s*/, '') : String(error);
    return {
      ok: false,
      errors: [{ line, reason: `the file is not valid CSV near line ${line}: ${detail}` }],
      warnings: [],
    };
  }

  if (records.length > MAX_ROWS + 1) {
    return {
      ok: false,
      errors: [
        {
          line: MAX_ROWS + 2,
          reason: `the file has more than ${formatCount(MAX_ROWS)} rows: split it into smaller files and import each`,
        },
      ],
      warnings: [],
    };
  }

  const expected = specs.map((spec) => spec.name).join(', ');
  const header = (records[0] ?? []).map((name) => name.trim());
  if (header.every((name) => name === '')) {
    return {
      ok: false,
      errors: [{ line: 1, reason: `the file is empty: its first line must be the header (${expected})` }],
      warnings: [],
    };
  }
  if (header.length === 1 && /[;\t]/.test(header[0] ?? '')) {
    return {
      ok: false,
      errors: [
        { line: 1, reason: 'the columns must be separated by commas (this file uses semicolons or tabs)' },
      ],
      warnings: [],
    };
  }

  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const byLowerName = new Map(specs.map((spec) => [spec.name.toLowerCase(), spec.name]));
  const positions = new Map<string, number>();
  header.forEach((name, index) => {
    const column = byLowerName.get(name.toLowerCase());
    if (name === '') {
      if (records.some((record, row) => row > 0 && (record[index] ?? '').trim() !== '')) {
        warnings.push({
          line: 1,
          reason: `column ${index + 1} has values but no name in the header; it was ignored`,
        });
      }
    } else if (!column) {
      warnings.push({
        line: 1,
        column: name,
        reason: `column "${shorten(name)}" is not one of ${expected}; it was ignored`,
      });
    } else if (positions.has(column)) {
      errors.push({ line: 1, column, reason: `column "${column}" appears twice in the header` });
    } else {
      positions.set(column, index);
    }
  });
  for (const spec of specs) {
    if (spec.required && !positions.has(spec.name)) {
      errors.push({
        line: 1,
        column: spec.name,
        reason: `the required column "${spec.name}" is missing from the header`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors, warnings };

  const limits = new Map(specs.map((spec) => [spec.name, spec.maxLength]));
  const rows: CsvRow[] = [];
  records.forEach((record, index) => {
    const line = index + 1;
    if (index === 0 || record.every((value) => value.trim() === '')) return;
    const extra = record.slice(header.length).filter((value) => value.trim() !== '');
    if (extra.length > 0) {
      errors.push({
        line,
        reason: `this row has ${record.length} values but the header has ${header.length} columns: is there a comma that should be inside quotes?`,
      });
      return;
    }
    const cells: Record<string, string> = {};
    const refused: ImportIssue[] = [];
    for (const [column, position] of positions) {
      const value = restoreFormula((record[position] ?? '').trim());
      const problem = cellProblem(value, limits.get(column) ?? 0);
      if (problem) refused.push({ line, column, reason: `${column} ${problem}` });
      cells[column] = problem ? '' : value;
    }
    rows.push(refused.length > 0 ? { line, cells, refused } : { line, cells });
  });
  if (errors.length > 0) return { ok: false, errors, warnings };
  return { ok: true, table: { columns: new Set(positions.keys()), rows, warnings } };
}

/**
 * Control characters other than tab, CR and LF (which a quoted cell may hold): a NUL byte or an invisible
 * character stored in a name breaks cards and exports, and is never meant.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Why a cell cannot be taken as it is, or undefined. */
function cellProblem(value: string, maxLength: number): string | undefined {
  // Characters as people count them: an "é" or an emoji is one, whatever its UTF-16 length.
  const length = value.length > maxLength ? [...value].length : value.length;
  if (length > maxLength)
    return `is ${formatCount(length)} characters long; at most ${formatCount(maxLength)}`;
  const control = CONTROL.exec(value);
  if (!control) return undefined;
  const at = `(character ${[...value.slice(0, control.index)].length + 1})`;
  const code = control[0].charCodeAt(0);
  if (code === 0) return `has a NUL byte ${at}: remove it`;
  return `has an invisible control character U+${code.toString(16).toUpperCase().padStart(4, '0')} ${at}: remove it`;
}

/** A value from the file, cut short for a message. */
function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
