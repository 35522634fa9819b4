import type { Catalogue } from '../catalogue/loadCatalogue';
import type { Clock } from '../shared/clock';
import { formatCount } from '../shared/numbers';

/** One problem in an import file. `line` is the row number a spreadsheet shows: the header is line 1. */
export interface ImportIssue {
  line: number;
  /** The column as named in contracts.md §2, when the problem is in one cell. */
  column?: string;
  /** A sentence for the coordinator, naming the column and the value. */
  reason: string;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export const IMPORT_KINDS = ['organisations', 'roster', 'sessions'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * The outcome of one import: every row was applied; or the file was refused and nothing was written; or the
 * database failed part-way through writing a good file, and running the same file again completes it.
 */
export type ImportResult =
  | { ok: true; kind: ImportKind; rows: number; counts: ImportCounts; warnings: ImportIssue[] }
  | { ok: false; reason: 'invalid'; kind: ImportKind; errors: ImportIssue[]; warnings: ImportIssue[] }
  | ImportInterrupted;

export interface ImportInterrupted {
  ok: false;
  reason: 'interrupted';
  kind: ImportKind;
  /** The rows in the file. */
  rows: number;
  /** Rows the database confirmed it wrote (created or updated) before it failed; more may have been written. */
  written: number;
  /** Rows already as the file has them, which needed no writing. */
  unchanged: number;
  /** True when the database stopped answering; false when it refused a write. */
  databaseUnavailable: boolean;
  /** The driver's own words, for whoever looks after the database. */
  cause: string;
  warnings: ImportIssue[];
}

export interface ImportProgress {
  /** Documents written so far (created or updated); unchanged rows are not written. */
  written: number;
  toWrite: number;
}

export interface ImportOptions {
  clock?: Clock;
  /** Called after each batch of writes, for a progress bar on large files; the import waits for it. */
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
}

/**
 * The roster and sessions rest on catalogue facts (course codes, the ContactPoint course, the access route of
 * each service group): they take the catalogue in force, so a local authority's own file or override applies.
 */
export interface CatalogueImportOptions extends ImportOptions {
  catalogue: Catalogue;
}

/**
 * What happened, in one sentence for the coordinator: "The database stopped answering after 1,500 of 5,000
 * rows were written." Only rows the database confirmed are counted.
 */
export function describeInterruption(result: ImportInterrupted): string {
  const counted = `${formatCount(result.written)} of ${formatCount(result.rows)} rows were written`;
  const upToDate =
    result.unchanged > 0
      ? ` (${formatCount(result.unchanged)} ${result.unchanged === 1 ? 'was' : 'were'} already up to date)`
      : '';
  return result.databaseUnavailable
    ? `The database stopped answering after ${counted}${upToDate}.`
    : `The database refused a write after ${counted}${upToDate}.`;
}

export function byLine(a: ImportIssue, b: ImportIssue): number {
  return a.line - b.line;
}
