// The one way the product writes CSV, so every file it hands out is safe to open in a spreadsheet.

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection"): it starts with `=`, `+`, `-`, `@`, tab
 * or carriage return, possibly after apostrophes (so that a value that really starts with `'=` survives too).
 */
const FORMULA = /^'*[=+\-@\t\r]/;

const GUARDED = /^'+[=+\-@\t\r]/;

/** Prefixes an apostrophe to a cell a spreadsheet would run as a formula; it then shows the text as typed. */
export function neutraliseFormula(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

/**
 * The exact inverse of `neutraliseFormula`, for the imports: a cell of an exported file that starts with `'` and
 * then a formula character is read without that `'`, so an export can be edited and imported back unchanged.
 */
export function restoreFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

/** RFC 4180: quoted when it holds a comma, quote or line break (or spaces a reader might trim), quotes doubled. */
function quote(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Put first in a file meant for a spreadsheet, so that Excel reads it as UTF-8 (the imports accept it). */
export const UTF8_BOM = '\ufeff';

/** One CSV line (without its line ending). */
export function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => quote(neutraliseFormula(cell))).join(',');
}

/** A whole CSV file: the header, then one line per row, each ending in CRLF as RFC 4180 and Excel expect. */
export function toCsv(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return lines.map((line) => `${line}\r\n`).join('');
}
