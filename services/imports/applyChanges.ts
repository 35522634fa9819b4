import type { Clock } from '../shared/clock';
import { isDatabaseUnavailable } from '../storage/database';
import { systemClock } from '../shared/clock';
import {
  isUnchanged,
  type DocumentChange,
  type StampedDocument,
  type WriteOutcome,
} from '../storage/documentChanges';
import {
  byLine,
  type ImportIssue,
  type ImportKind,
  type ImportOptions,
  type ImportResult,
} from './importResult';

export type LinedChange<T extends StampedDocument> = DocumentChange<T> & { line: number };

export function failed(kind: ImportKind, errors: ImportIssue[], warnings: ImportIssue[]): ImportResult {
  return { ok: false, reason: 'invalid', kind, errors: [...errors].sort(byLine), warnings };
}

/**
 * The common end of every import once the whole file is valid: rows whose stored document already
 * matches count as unchanged and are not written; the others are written and counted.
 */
export async function applyChanges<T extends StampedDocument>(input: {
  kind: ImportKind;
  rows: number;
  changes: readonly LinedChange<T>[];
  existing: ReadonlyMap<string, T>;
  warnings: ImportIssue[];
  options: ImportOptions;
  save: (
    changes: LinedChange<T>[],
    now: Date,
    onProgress: (written: number) => void | Promise<void>,
  ) => Promise<WriteOutcome>;
  /** Why a stored document's guard refused the write (it changed between the check and the write). */
  refusedReason?: (change: LinedChange<T>) => string;
}): Promise<ImportResult> {
  const clock: Clock = input.options.clock ?? systemClock;
  const toWrite = input.changes.filter(
    (change) => !isUnchanged(input.existing.get(change._id), change.set, change.unset),
  );
  const total = toWrite.length;
  const outcome = await input.save(toWrite, clock(), (written) =>
    input.options.onProgress?.({ written, toWrite: total }),
  );
  const warnings = [...input.warnings];
  const unchanged = input.changes.length - total;
  if (outcome.failure !== undefined) {
    return {
      ok: false,
      reason: 'interrupted',
      kind: input.kind,
      rows: input.rows,
      written: outcome.created + outcome.updated,
      unchanged,
      databaseUnavailable: isDatabaseUnavailable(outcome.failure),
      cause: outcome.failure instanceof Error ? outcome.failure.message : String(outcome.failure),
      warnings: warnings.sort(byLine),
    };
  }
  for (const id of outcome.refused) {
    const change = toWrite.find((candidate) => candidate._id === id);
    if (change)
      warnings.push({
        line: change.line,
        reason: input.refusedReason?.(change) ?? 'this row was not applied',
      });
  }
  return {
    ok: true,
    kind: input.kind,
    rows: input.rows,
    counts: { created: outcome.created, updated: outcome.updated, unchanged },
    warnings: warnings.sort(byLine),
  };
}
