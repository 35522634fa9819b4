import type { ImportIssue } from './importResult';

/**
 * The largest import file: it is read whole and checked before anything is written, so its size is bounded
 * (a 14-column roster row is about 250 bytes, so this holds well over 100,000 rows).
 */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export type DecodedFile = { ok: true; text: string } | { ok: false; issue: ImportIssue };

const SAVE_AS_UTF8 =
  'In your spreadsheet choose Save As, then "CSV UTF-8 (Comma delimited) (*.csv)", and import that file.';

/**
 * An import file's bytes as text. Only UTF-8 is accepted: decoding anything else as UTF-8 silently turns
 * "Zoë Brontë" into "Zo� Bront�", so a file in another encoding is refused, naming the first line it breaks on.
 */
export function decodeCsvFile(bytes: Uint8Array): DecodedFile {
  const tooBig = fileSizeProblem(bytes.length);
  if (tooBig) return { ok: false, issue: tooBig };
  if (looksLikeUtf16(bytes)) {
    return refuse(1, `the file is saved as UTF-16 ("Unicode text"), not UTF-8. ${SAVE_AS_UTF8}`);
  }
  try {
    // The decoder drops a UTF-8 byte order mark, as spreadsheets write one.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const { line, text } = firstLineNotUtf8(bytes);
    const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    return refuse(
      line,
      `the file is not UTF-8 text: line ${line} has bytes that are not UTF-8 ("${shown}"). ${SAVE_AS_UTF8}`,
    );
  }
}

/** A file over MAX_FILE_BYTES, for callers that can refuse it before reading it. */
export function fileSizeProblem(size: number): ImportIssue | undefined {
  if (size <= MAX_FILE_BYTES) return undefined;
  return {
    line: 1,
    reason: `the file is ${(size / 2 ** 20).toFixed(1)} MB; at most ${MAX_FILE_BYTES / 2 ** 20} MB can be imported at once: split it into smaller files`,
  };
}

function refuse(line: number, reason: string): DecodedFile {
  return { ok: false, issue: { line, reason } };
}

/** A UTF-16 byte order mark, or (without one) the NUL bytes UTF-16 puts beside every ASCII letter of the header. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const end = bytes.indexOf(0x0a);
  const header = bytes.subarray(0, end < 0 ? Math.min(bytes.length, 1_000) : end);
  return header.length >= 2 && header.includes(0);
}

/**
 * The first line (as a text editor numbers them) holding bytes that are not UTF-8, shown with the bad bytes
 * replaced. A line feed is never part of a multi-byte UTF-8 character, so lines can be checked one by one.
 */
function firstLineNotUtf8(bytes: Uint8Array): { line: number; text: string } {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const lenient = new TextDecoder('utf-8');
  let start = 0;
  for (let line = 1; start <= bytes.length; line += 1) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? bytes.length : newline;
    const piece = bytes.subarray(start, end);
    try {
      strict.decode(piece);
    } catch {
      return { line, text: lenient.decode(piece).trim() };
    }
    start = end + 1;
  }
  return { line: 1, text: '' };
}
