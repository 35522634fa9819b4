import { readCsvTable, type ColumnSpec } from '../../../services/imports/csvTable';

const COLUMNS: ColumnSpec[] = [
  { name: 'name', required: true },
  { name: 'accredited', required: false },
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

  it('refuses a file that is not valid CSV with one clear problem', () => {
    const [error] = errorsOf('name\n"never closed\n');
    expect(error?.reason).toMatch(/^the file is not valid CSV near line \d+/);
  });
});
