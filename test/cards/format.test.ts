import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import {
  formatCalendarDate,
  formatDate,
  formatDatedText,
  formatDateTime,
  formatSessionTime,
  formatTime,
} from '../../cards/format';
import { isoDay, londonDay } from '../../services/catalogue/validityWindow';
import { productSources, ROOT } from '../support/sourceFiles';

describe('UK dates and times', () => {
  it('shows London time across the clock change', () => {
    expect(formatDateTime(new Date('2026-07-06T08:30:00Z'))).toBe('Mon 6 Jul 2026, 09:30');
    expect(formatDateTime(new Date('2026-12-07T09:30:00Z'))).toBe('Mon 7 Dec 2026, 09:30');
    expect(formatSessionTime(new Date('2026-12-07T09:30:00Z'), new Date('2026-12-07T13:00:00Z'))).toBe(
      'Mon 7 Dec 2026, 09:30 to 13:00',
    );
  });

  // Days and times are kept once worked out (by UTC hour for a day, by instant for a time): every quarter hour
  // across both clock changes and the midnights either side must still read as London reads them.
  it.each([
    ['spring forward', '2026-03-28T20:00:00Z'],
    ['fall back', '2026-10-24T20:00:00Z'],
  ])('keeps London days and times right around the %s', (_, from) => {
    for (let step = 0; step < 4 * 60; step++) {
      const instant = new Date(Date.parse(from) + step * 15 * 60_000);
      const london = DateTime.fromJSDate(instant, { zone: 'Europe/London' });
      expect([isoDay(londonDay(instant)), formatDateTime(instant)]).toEqual([
        london.toISODate(),
        london.toFormat('ccc d LLL yyyy, HH:mm'),
      ]);
    }
  });

  it.each([
    ['2026-03-02', '2 Mar 2026'],
    ['2025-11-21', '21 Nov 2025'],
    ['not a date', 'not a date'],
  ])('shows the calendar date %s as %s', (iso, shown) => {
    expect(formatCalendarDate(iso)).toBe(shown);
  });

  // There is no TZ setting (README, Configuration): nothing may depend on the zone the server runs in.
  describe.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/London'])(
    'with the process in %s',
    (zone) => {
      const before = process.env.TZ;
      beforeAll(() => {
        process.env.TZ = zone;
      });
      afterAll(() => {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      });

      it('still shows London dates and times, and counts London calendar days', () => {
        // 23:30 UTC on 30 April is 00:30 on 1 May in London (BST).
        const lateEvening = new Date('2026-04-30T23:30:00Z');
        expect(formatDate(lateEvening)).toBe('Fri 1 May 2026');
        expect(formatTime(lateEvening)).toBe('00:30');
        expect(formatCalendarDate('2026-05-01')).toBe('1 May 2026');
        expect(isoDay(londonDay(lateEvening))).toBe('2026-05-01');
      });
    },
  );
});

describe('words from a service with their dates as data', () => {
  it('shows each date the way every card shows a calendar date', () => {
    expect(
      formatDatedText(['Issued ', { day: '2025-11-21' }, ', valid until ', { day: '2028-11-20' }, '.']),
    ).toBe('Issued 21 Nov 2025, valid until 20 Nov 2028.');
  });
});

describe('the one place dates become words', () => {
  // Ways code turns a date into words: luxon's toFormat and toLocaleString, and the Date and Intl ones.
  const FORMATTING =
    /\.toFormat\(|DateTime\.DATE_|toLocaleDateString|toLocaleTimeString|Intl\.DateTimeFormat|\.toDateString\(|\.toUTCString\(/;
  it('is cards/format.ts: no other product code formats a date', () => {
    const files = productSources();
    expect(files.length).toBeGreaterThan(50);
    const formatting = files.filter(
      (file) =>
        file !== path.join('cards', 'format.ts') &&
        FORMATTING.test(readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(formatting).toEqual([]);
  });

  it('catches a date formatted elsewhere (the check can fail)', () => {
    expect(FORMATTING.test("DateTime.fromISO(day).toFormat('dd/MM/yyyy')")).toBe(true);
    expect(FORMATTING.test('new Date().toLocaleDateString("en-GB")')).toBe(true);
  });
});
