import { createWriteStream, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { readConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { openDatabase } from '../bot/openDatabase';
import { PERMISSIONS, Permission } from '../services/catalogue/vocabulary';
import { UTF8_BOM } from '../services/exports/csvWriter';
import { exportBookings } from '../services/exports/exportBookings';
import { exportRoster } from '../services/exports/exportRoster';
import { fileSizeProblem } from '../services/imports/decodeCsvFile';
import { formatCount } from '../services/shared/numbers';
import { importCsv } from '../services/imports/importCsv';
import {
  describeInterruption,
  IMPORT_KINDS,
  type ImportIssue,
  type ImportKind,
  type ImportProgress,
  type ImportResult,
} from '../services/imports/importResult';
import { isDatabaseUnavailable } from '../services/storage/database';
import { loadConfiguredCatalogue } from '../bot/catalogueFromConfig';
import type { Catalogue } from '../services/catalogue/loadCatalogue';
import { grantPermission, revokePermission } from '../services/people/permissions';
import {
  parseReviewCommand,
  REVIEW_USAGE,
  runReviewCommand,
  type ReviewCommand,
} from './admin/reviewCommands';
import type { Collections } from '../services/storage/collections';

// The administration CLI (contracts.md §2): `npm run admin -- <command>`.
// Exit codes: 0 done, 1 bad input (nothing written), 2 a command that is not available yet.

const USAGE = `Usage: npm run admin -- <command>

  import organisations FILE.csv    add or update organisations (name, accredited)
  import roster FILE.csv           add or update staff profiles by aadObjectId
  import sessions FILE.csv         add or update sessions by id
  export roster [--out FILE.csv]   everyone stored, as a roster.csv to edit and import back
                                   (without --out it goes to standard output:
                                   npm run --silent admin -- export roster > roster.csv)
  export bookings [--out FILE.csv] every booking: person, course, session, state, attendance and
                                   who approved it (to standard output without --out)
  grant coordinator|trainer AAD_OBJECT_ID
  revoke coordinator|trainer AAD_OBJECT_ID
${REVIEW_USAGE}
  help                             show this message

An import checks the whole file first: if any row is bad, every problem is listed and nothing is written.
Files are CSV in UTF-8 (in a spreadsheet: Save As "CSV UTF-8"). Columns are described in the contracts
(roster.csv, organisations.csv, sessions.csv); roster.csv may also have a source column, as export roster
writes it: a row whose source is self-declared is left as the person declared it (write roster to confirm
them). Cells a spreadsheet would run as a formula are exported with an apostrophe in front, which the
imports remove again.`;

/** A file bigger than this shows a progress bar while it is written (when the output is a terminal). */
const PROGRESS_BAR_FROM = 500;

export interface AdminIo {
  out(line: string): void;
  err(line: string): void;
  /** Raw text to standard output (an exported file). */
  write(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Show a progress bar: only when stdout is a terminal. */
  interactive: boolean;
  /**
   * Standard error is a terminal: an export's progress bar goes there, since its file may be going to standard
   * output.
   */
  stderrIsTerminal?: boolean;
}

type Command =
  | { name: 'help' }
  | { name: 'import'; kind: ImportKind; file: string }
  | { name: 'grant' | 'revoke'; permission: Permission; aadObjectId: string }
  | { name: 'export'; what: ExportKind; out?: string }
  | { name: 'review'; review: ReviewCommand };

const EXPORT_KINDS = ['roster', 'bookings'] as const;
type ExportKind = (typeof EXPORT_KINDS)[number];

type Parsed = { ok: true; command: Command } | { ok: false; message: string };

export function parseCommand(args: readonly string[]): Parsed {
  const [name, first, second, ...rest] = args;
  const usageError = (message: string): Parsed => ({ ok: false, message });
  switch (name) {
    case undefined:
      return usageError('Give a command.');
    case 'help':
    case '--help':
    case '-h':
      return { ok: true, command: { name: 'help' } };
    case 'import': {
      if (!first || !(IMPORT_KINDS as readonly string[]).includes(first)) {
        return usageError(
          `Import what? Use one of: ${IMPORT_KINDS.join(', ')}${first ? ` (not "${first}")` : ''}.`,
        );
      }
      if (!second || rest.length > 0) return usageError(`Give one CSV file: import ${first} FILE.csv`);
      return { ok: true, command: { name: 'import', kind: first as ImportKind, file: second } };
    }
    case 'grant':
    case 'revoke': {
      const permission = Permission.safeParse(first);
      if (!permission.success) {
        return usageError(
          `${name} what? Use one of: ${PERMISSIONS.join(', ')}${first ? ` (not "${first}")` : ''}.`,
        );
      }
      if (!second || rest.length > 0) return usageError(`Give one person: ${name} ${first} AAD_OBJECT_ID`);
      return { ok: true, command: { name, permission: permission.data, aadObjectId: second } };
    }
    case 'export': {
      if (!first || !(EXPORT_KINDS as readonly string[]).includes(first)) {
        return usageError(
          `Export what? Use one of: ${EXPORT_KINDS.join(', ')}${first ? ` (not "${first}")` : ''}.`,
        );
      }
      const what = first as ExportKind;
      if (second === undefined) return { ok: true, command: { name: 'export', what } };
      if (second !== '--out') return usageError(`Give the file with --out: export ${what} --out FILE.csv`);
      const [out, ...more] = rest;
      if (!out || more.length > 0)
        return usageError(`Give a file after --out: export ${what} --out FILE.csv`);
      return { ok: true, command: { name: 'export', what, out } };
    }
    case 'waiting':
    case 'confirm':
    case 'reject': {
      const review = parseReviewCommand(name, args.slice(1));
      return review.ok ? { ok: true, command: { name: 'review', review: review.command } } : review;
    }
    default:
      return usageError(`Unknown command "${name}".`);
  }
}

/** Runs one command and returns the exit code. */
export async function runAdmin(args: readonly string[], io: AdminIo): Promise<number> {
  const parsed = parseCommand(args);
  if (!parsed.ok) {
    io.err(parsed.message);
    io.err('');
    io.err(USAGE);
    return 1;
  }
  const { command } = parsed;
  if (command.name === 'help') {
    io.out(USAGE);
    return 0;
  }
  let csv: Buffer = Buffer.alloc(0);
  if (command.name === 'import') {
    try {
      // A huge file is refused before it is read into memory.
      const tooBig = fileSizeProblem(statSync(command.file).size);
      if (tooBig) {
        refusalLines(path.basename(command.file), [tooBig]).forEach((line) => io.err(line));
        return 1;
      }
      csv = readFileSync(command.file);
    } catch (error) {
      io.err(`Cannot read ${command.file}: ${readProblem(error)}.`);
      return 1;
    }
  }

  const config = readConfig(io.env, io.err);
  if (!config) return 1;
  let catalogue: Catalogue;
  try {
    catalogue = loadConfiguredCatalogue(config);
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
  // Keep the CLI's own output readable: the log shows warnings unless LOG_LEVEL asks for more.
  const logger = createLogger(io.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn');
  let opened;
  try {
    opened = await openDatabase(config, logger);
  } catch (error) {
    io.err(`Cannot open the database: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    const { collections } = opened.database;
    if (command.name === 'import')
      return await runImport(collections, command.kind, command.file, csv, catalogue, io);
    if (command.name === 'export' && command.what === 'bookings')
      return await runExportBookings(collections, command.out, io);
    if (command.name === 'export') return await runExportRoster(collections, catalogue, command.out, io);
    if (command.name === 'review') return await runReviewCommand(collections, catalogue, command.review, io);
    return await runPermission(collections, command, io);
  } finally {
    await opened.close();
  }
}

async function runImport(
  collections: Collections,
  kind: ImportKind,
  file: string,
  csv: Buffer,
  catalogue: Catalogue,
  io: AdminIo,
): Promise<number> {
  const shown = path.basename(file);
  if (io.interactive) io.out(`Checking ${shown}…`);
  let bar: SingleBar | undefined;
  const onProgress = ({ written, toWrite }: ImportProgress) => {
    if (!io.interactive || toWrite < PROGRESS_BAR_FROM) return;
    if (!bar) {
      bar = new SingleBar({
        format: `Writing ${kind} [{bar}] {value}/{total} rows`,
        hideCursor: true,
        stream: process.stdout,
      });
      bar.start(toWrite, 0);
    }
    bar.update(written);
  };
  let result;
  try {
    result = await importCsv(collections, kind, csv, { catalogue, onProgress });
  } catch (error) {
    // Before writing, the import only reads: nothing has changed.
    if (!isDatabaseUnavailable(error)) throw error;
    io.err(
      `The database stopped answering before anything was written; nothing changed. Run the same command again once it answers.`,
    );
    return 1;
  } finally {
    bar?.stop();
  }
  const message = importMessage(shown, result);
  message.out.forEach((line) => io.out(line));
  message.err.forEach((line) => io.err(line));
  return message.code;
}

/** What the CLI says about an import's result, and its exit code. */
export function importMessage(
  shown: string,
  result: ImportResult,
): { out: string[]; err: string[]; code: 0 | 1 } {
  const err = result.warnings.map((warning) => `Warning: ${describe(warning)}`);
  if (result.ok) {
    const { created, updated, unchanged } = result.counts;
    const out = `Imported ${shown} (${result.kind}, ${plural(result.rows, 'row')}): ${created} created, ${updated} updated, ${unchanged} unchanged.`;
    return { out: [out], err, code: 0 };
  }
  if (result.reason === 'interrupted') {
    const next = result.databaseUnavailable
      ? 'Nothing is lost: run the same command with the same file again to finish (imports are safe to repeat).'
      : 'What was written is kept: once the database accepts writes again, run the same command with the same file to finish (imports are safe to repeat).';
    err.push(`${describeInterruption(result)} ${next}`, `  The database said: ${result.cause}`);
    return { out: [], err, code: 1 };
  }
  return { out: [], err: [...err, ...refusalLines(shown, result.errors)], code: 1 };
}

/** `export roster`: to the file given with --out, else to standard output. */
async function runExportRoster(
  collections: Collections,
  catalogue: Catalogue,
  file: string | undefined,
  io: AdminIo,
): Promise<number> {
  const { csv, people, selfDeclared } = await exportRoster(collections, catalogue);
  // The byte order mark makes Excel read the file as UTF-8 rather than guess an ANSI code page.
  const text = `${UTF8_BOM}${csv}`;
  if (file === undefined) {
    io.write(text);
    return 0;
  }
  try {
    writeFileSync(file, text);
  } catch (error) {
    io.err(`Cannot write ${file}: ${readProblem(error)}.`);
    return 1;
  }
  const marked =
    selfDeclared > 0
      ? ` (${formatCount(selfDeclared)} of them self-declared: the source column keeps them unconfirmed when the file is imported)`
      : '';
  io.out(`Exported ${plural(people, 'person', 'people')} to ${file}${marked}.`);
  return 0;
}

/**
 * `export bookings`: streamed, batch by batch, to the file given with --out (through a temporary file renamed at
 * the end, so a failed export never leaves half a file under the name asked for), else to standard output.
 */
async function runExportBookings(
  collections: Collections,
  file: string | undefined,
  io: AdminIo,
): Promise<number> {
  let bar: SingleBar | undefined;
  const onProgress = ({ written, total }: { written: number; total: number }) => {
    if (!io.stderrIsTerminal || total < PROGRESS_BAR_FROM) return;
    if (!bar) {
      bar = new SingleBar({
        format: 'Exporting bookings [{bar}] {value}/{total}',
        hideCursor: true,
        stream: process.stderr,
      });
      bar.start(total, 0);
    }
    bar.setTotal(total);
    bar.update(written);
  };

  if (file === undefined) {
    io.write(UTF8_BOM);
    try {
      await exportBookings(collections, (text) => io.write(text), { onProgress });
    } finally {
      bar?.stop();
    }
    return 0;
  }

  const partial = `${file}.partial`;
  const stream = createWriteStream(partial);
  // Kept so that an error between two writes is not an unhandled 'error' event; `once` below rejects on it too.
  let writeError: unknown;
  stream.on('error', (error) => (writeError = error));
  // Waits for the file to take a chunk before the next is read, so a slow disk never fills memory.
  const write = async (text: string) => {
    if (writeError) throw writeError;
    if (!stream.write(text)) await once(stream, 'drain');
  };
  let count: number;
  try {
    await once(stream, 'open');
    await write(UTF8_BOM);
    count = await exportBookings(collections, write, { onProgress });
    stream.end();
    await once(stream, 'finish');
    renameSync(partial, file);
  } catch (error) {
    stream.destroy();
    rmSync(partial, { force: true });
    if (isDatabaseUnavailable(error)) {
      io.err(
        `The database stopped answering during the export; ${file} was not written. Run the command again.`,
      );
      return 1;
    }
    if (error !== writeError && typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    io.err(`Cannot write ${file}: ${readProblem(error)}.`);
    return 1;
  } finally {
    bar?.stop();
  }
  io.out(`Exported ${plural(count, 'booking')} to ${file}.`);
  return 0;
}

async function runPermission(
  collections: Collections,
  command: Extract<Command, { name: 'grant' | 'revoke' }>,
  io: AdminIo,
): Promise<number> {
  const { permission, aadObjectId } = command;
  const change = command.name === 'grant' ? grantPermission : revokePermission;
  const result = await change(collections, aadObjectId, permission);
  if (!result.ok && result.reason === 'not_of_record') {
    io.err(
      `${result.person.name} entered their own details and is not confirmed, so holds no permission: confirm them first ("npm run admin -- confirm ${result.person._id}").`,
    );
    return 1;
  }
  if (!result.ok) {
    io.err(
      `No one on the roster has aadObjectId ${aadObjectId}: import them with "npm run admin -- import roster FILE.csv" first.`,
    );
    return 1;
  }
  const who = `${result.person.name} (${result.person._id})`;
  if (command.name === 'grant') {
    io.out(
      result.changed
        ? `${who} now has the ${permission} permission.`
        : `${who} already had the ${permission} permission; nothing changed.`,
    );
  } else {
    io.out(
      result.changed
        ? `${who} no longer has the ${permission} permission.`
        : `${who} did not have the ${permission} permission; nothing changed.`,
    );
    if (permission === 'trainer' && result.person.audience === 'trainer') {
      io.out(
        'Their roster audience is trainer, so the bot still treats them as a trainer: change the roster to change that.',
      );
    }
  }
  return 0;
}

function refusalLines(shown: string, errors: readonly ImportIssue[]): string[] {
  const lines = new Set(errors.map((error) => error.line)).size;
  return [
    `${shown} was not imported: ${plural(errors.length, 'problem')} on ${plural(lines, 'line')}. Nothing was written.`,
    ...errors.map((error) => `  ${describe(error)}`),
  ];
}

function describe(issue: ImportIssue): string {
  return `line ${issue.line}: ${issue.reason}`;
}

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : nouns}`;
}

function readProblem(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

if (require.main === module) {
  runAdmin(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    write: (text) => process.stdout.write(text),
    env: process.env,
    interactive: Boolean(process.stdout.isTTY),
    stderrIsTerminal: Boolean(process.stderr.isTTY),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `The admin command failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
