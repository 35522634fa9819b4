import { decodeCsvFile, MAX_FILE_BYTES } from '../../../services/imports/decodeCsvFile';

const SAVE_AS_UTF8 =
  'In your spreadsheet choose Save As, then "CSV UTF-8 (Comma delimited) (*.csv)", and import that file.';

describe('decoding an import file', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    const text = 'name\nZoë Brontë\nŁukasz Żółć\n';
    expect(decodeCsvFile(Buffer.from(text, 'utf8'))).toEqual({ ok: true, text });
    expect(decodeCsvFile(Buffer.from(`\ufeff${text}`, 'utf8'))).toEqual({ ok: true, text });
  });

  it('refuses a Latin-1 file, naming the first line with bytes that are not UTF-8', () => {
    const bytes = Buffer.from("name,accredited\nRiverside,no\nZoë Brontë's Nursery,yes\nCafé,no\n", 'latin1');
    expect(decodeCsvFile(bytes)).toEqual({
      ok: false,
      issue: {
        line: 3,
        reason: `the file is not UTF-8 text: line 3 has bytes that are not UTF-8 ("Zo\ufffd Bront\ufffd's Nursery,yes"). ${SAVE_AS_UTF8}`,
      },
    });
  });

  it.each([
    ['with a byte order mark', Buffer.from('\ufeffname\nZoë\n', 'utf16le')],
    ['without one', Buffer.from('name\nZoe\n', 'utf16le')],
  ])('refuses a UTF-16 ("Unicode text") file %s', (_, bytes) => {
    expect(decodeCsvFile(bytes)).toEqual({
      ok: false,
      issue: { line: 1, reason: `the file is saved as UTF-16 ("Unicode text"), not UTF-8. ${SAVE_AS_UTF8}` },
    });
  });

  it('refuses a file over the size limit before decoding it', () => {
    const bytes = Buffer.alloc(MAX_FILE_BYTES + 1024 * 1024, 'a');
    expect(decodeCsvFile(bytes)).toEqual({
      ok: false,
      issue: {
        line: 1,
        reason: 'the file is 33.0 MB; at most 32 MB can be imported at once: split it into smaller files',
      },
    });
  });
});
