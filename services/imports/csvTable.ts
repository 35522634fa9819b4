import { parse } from 'csv-parse/sync';
import { restoreFormula } from '../exports/csvWriter';
import type { ImportIssue } from './importResult';

export interface ColumnSpec {
  readonly name: string;
  readonly required: boolean;
}

/** One data row, by canonical column name. Columns the file does not have are absent, not blank. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
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
        reason: `column "${name}" is not one of ${expected}; it was ignored`,
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
    for (const [column, position] of positions)
      cells[column] = restoreFormula((record[position] ?? '').trim());
    rows.push({ line, cells });
  });
  if (errors.length > 0) return { ok: false, errors, warnings };
  return { ok: true, table: { columns: new Set(positions.keys()), rows, warnings } };
}
