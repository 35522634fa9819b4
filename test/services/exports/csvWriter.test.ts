import { readCsvTable } from '../../../services/imports/csvTable';
import { csvLine, toCsv } from '../../../services/exports/csvWriter';

describe('writing a CSV file', () => {
  it.each([
    ['plain text', 'Priya Shah', 'Priya Shah'],
    ['a comma', 'Civic Centre, IT Suite', '"Civic Centre, IT Suite"'],
    ['double quotes', 'the "blue" room', '"the ""blue"" room"'],
    ['a line break', 'Two\nlines', '"Two\nlines"'],
    ['an apostrophe inside', "Liam O'Connor", "Liam O'Connor"],
    ['spaces around it', ' padded ', '" padded "'],
    ['an empty cell', '', ''],
  ])('writes %s as a spreadsheet reads it', (_, value, written) => {
    expect(csvLine([value])).toBe(written);
  });

  // OWASP "CSV injection": a spreadsheet runs a cell starting with one of these as a formula.
  it.each([
    ['=', '=HYPERLINK("http://evil.example","Click")', '"\'=HYPERLINK(""http://evil.example"",""Click"")"'],
    ['+', '+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-', "-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['tab', '\t=1+1', "'\t=1+1"],
    ['carriage return', '\r=1+1', '"\'\r=1+1"'],
    ['an apostrophe before a formula', "'=1+1", "''=1+1"],
  ])('neutralises a cell starting with %s by putting an apostrophe in front', (_, value, written) => {
    expect(csvLine([value])).toBe(written);
  });

  it('writes a header and rows, one line each, ending in CRLF', () => {
    expect(
      toCsv(
        ['name', 'accredited'],
        [
          ['Riverside, North', 'no'],
          ['=1', 'yes'],
        ],
      ),
    ).toBe('name,accredited\r\n"Riverside, North",no\r\n\'=1,yes\r\n');
  });

  it('is read back by the import exactly as written, formula cells included', () => {
    const values = [
      'Zoë Brontë',
      '=1+1',
      "'=1+1",
      "''@x",
      '+44',
      '-',
      '@',
      "O'Brien",
      "'quoted'",
      'a,"b"\nc',
      "=cmd|' /C calc'!A0",
      '名前',
    ];
    const csv = toCsv(
      ['name', 'accredited'],
      values.map((value) => [value, 'x']),
    );
    const read = readCsvTable(csv, [
      { name: 'name', required: true, maxLength: 200 },
      { name: 'accredited', required: false, maxLength: 3 },
    ]);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.table.rows.map((row) => row.cells.name)).toEqual(values);
  });
});
