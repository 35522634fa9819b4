import type { Catalogue } from '../catalogue/loadCatalogue';
import type { Clock } from '../shared/clock';

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

/** The outcome of one import: either every row was applied, or nothing was written. */
export type ImportResult =
  | { ok: true; kind: ImportKind; rows: number; counts: ImportCounts; warnings: ImportIssue[] }
  | { ok: false; kind: ImportKind; errors: ImportIssue[]; warnings: ImportIssue[] };

export interface ImportProgress {
  /** Documents written so far (created or updated); unchanged rows are not written. */
  written: number;
  toWrite: number;
}

export interface ImportOptions {
  clock?: Clock;
  /** Called after each batch of writes, for a progress bar on large files. */
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * The roster and sessions rest on catalogue facts (course codes, the ContactPoint course, the access route of
 * each service group): they take the catalogue in force, so a local authority's own file or override applies.
 */
export interface CatalogueImportOptions extends ImportOptions {
  catalogue: Catalogue;
}

export function byLine(a: ImportIssue, b: ImportIssue): number {
  return a.line - b.line;
}
