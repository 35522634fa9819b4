import { MAX_ROWS, readCsvTable, type ColumnSpec } from '../../../services/imports/csvTable';

const COLUMNS: ColumnSpec[] = [
  { name: 'name', required: true, maxLength: 200 },
  { name: 'accredited', required: false, maxLength: 3 },
];

function table(text: string) {
  const result = readCsvTable(text, COLUMNS);
  if (!result.ok) throw new Error(`expected a table, got ${JSON.stringify(result.errors)}`);
  return result.table;
}

function errorsOf(text: string) {
  const result = readCsvTable(text, COLUMNS);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('reading an import file', () => {
  it('tolerates a BOM, CRLF, spaces around values, header case and blank trailing lines', () => {
    const read = table(
      '\ufeff Name , ACCREDITED \r\n  Northdale Connexions , yes \r\nRiverside,no\r\n\r\n\r\n',
    );
    expect([...read.columns]).toEqual(['name', 'accredited']);
    expect(read.rows).toEqual([
      { line: 2, cells: { name: 'Northdale Connexions', accredited: 'yes' } },
      { line: 3, cells: { name: 'Riverside', accredited: 'no' } },
    ]);
    expect(read.warnings).toEqual([]);
  });

  it('numbers rows as a spreadsheet does: blank rows count, a quoted line break does not start a row', () => {
    const read = table('name\n"Two\nlines"\n\n,\nFive\n');
    expect(read.rows.map((row) => [row.line, row.cells.name])).toEqual([
      [2, 'Two\nlines'],
      [5, 'Five'],
    ]);
  });

  it('leaves out a column the file does not have, and warns about and ignores an unknown one', () => {
    const read = table('name,notes\nBrightstart,call back\n');
    expect([...read.columns]).toEqual(['name']);
    expect(read.rows[0]?.cells).toEqual({ name: 'Brightstart' });
    expect(read.warnings).toEqual([
      { line: 1, column: 'notes', reason: 'column "notes" is not one of name, accredited; it was ignored' },
    ]);
  });

  it.each([
    [
      'a missing required column',
      'accredited\nyes\n',
      'the required column "name" is missing from the header',
    ],
    ['a column named twice', 'name,Name\nA,B\n', 'column "name" appears twice in the header'],
    ['an empty file', '', 'the file is empty: its first line must be the header (name, accredited)'],
    [
      'semicolons',
      'name;accredited\nA;yes\n',
      'the columns must be separated by commas (this file uses semicolons or tabs)',
    ],
  ])('refuses %s on line 1', (_, text, reason) => {
    expect(errorsOf(text)).toEqual([expect.objectContaining({ line: 1, reason })]);
  });

  it('refuses a row with more values than the header has columns, naming its line', () => {
    expect(errorsOf('name,accredited\nA,yes\nB,no,extra\n')).toEqual([
      { line: 3, reason: expect.stringContaining('this row has 3 values but the header has 2 columns') },
    ]);
  });

  it("reads a formula cell the product's exports neutralised as the text without the apostrophe", () => {
    const read = table("name\n'=1+1\n''@x\n'-5\n'hello\nO'Brien\n'\n");
    expect(read.rows.map((row) => row.cells.name)).toEqual(['=1+1', "'@x", '-5', "'hello", "O'Brien", "'"]);
  });

  it('refuses a cell longer than its column allows, naming the line, the column and both lengths', () => {
    const read = table(
      `name,accredited\nRiverside,yes\n${'x'.repeat(5_000_000)},maybe\n${'é'.repeat(200)},no\n`,
    );
    expect(read.rows.map((row) => row.refused)).toEqual([
      undefined,
      [
        { line: 3, column: 'name', reason: 'name is 5,000,000 characters long; at most 200' },
        { line: 3, column: 'accredited', reason: 'accredited is 5 characters long; at most 3' },
      ],
      undefined,
    ]);
    // A refused cell is not passed on: no later check quotes five million characters back.
    expect(read.rows[1]?.cells).toEqual({ name: '', accredited: '' });
  });

  it('refuses a NUL byte or another control character in a cell, and keeps tabs and line breaks', () => {
    const read = table(
      'name,accredited\n"Zoe\u0000 Bronte",no\nRiver\u0007side,no\n"Tab\there, and\r\ntwo lines",no\n',
    );
    expect(read.rows.map((row) => row.refused)).toEqual([
      [{ line: 2, column: 'name', reason: 'name has a NUL byte (character 4): remove it' }],
      [
        {
          line: 3,
          column: 'name',
          reason: 'name has an invisible control character U+0007 (character 6): remove it',
        },
      ],
      undefined,
    ]);
    expect(read.rows[2]?.cells.name).toBe('Tab\there, and\r\ntwo lines');
  });

  it(`refuses a file with more than ${MAX_ROWS.toLocaleString('en-GB')} rows, asking for smaller files`, () => {
    const text = `name\n${'Riverside\n'.repeat(MAX_ROWS + 1)}`;
    expect(errorsOf(text)).toEqual([
      {
        line: MAX_ROWS + 2,
        reason: `the file has more than ${MAX_ROWS.toLocaleString('en-GB')} rows: split it into smaller files and import each`,
      },
    ]);
    expect(table(`name\n${'Riverside\n'.repeat(MAX_ROWS)}`).rows).toHaveLength(MAX_ROWS);
  });

  it('refuses a file that is not valid CSV with one clear problem', () => {
    const [error] = errorsOf('name\n"never closed\n');
    expect(error?.reason).toMatch(/^the file is not valid CSV near line \d+/);
  });
});
