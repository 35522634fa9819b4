import { calendarEventFor } from '../../../services/calendar/calendarEvent';
import { icsFileFor } from '../../../services/calendar/icsFile';
import { CP_COURSE, icsLines, icsProperty, icsText } from './calendarFixtures';
import { bookingOn, sessionAt } from '../../support/bookings';

const NOW = new Date('2026-10-06T08:00:00Z');

describe('the .ics file for a booking', () => {
  it.each([
    [
      'in BST (London is UTC+1)',
      '2026-06-15T09:30',
      '2026-06-15T13:00',
      '20260615T083000Z',
      '20260615T120000Z',
    ],
    [
      'in GMT (London is UTC)',
      '2026-11-30T09:30',
      '2026-11-30T13:00',
      '20261130T093000Z',
      '20261130T130000Z',
    ],
    [
      'on the day the clocks go back',
      '2026-10-25T09:30',
      '2026-10-25T13:00',
      '20261025T093000Z',
      '20261025T130000Z',
    ],
    [
      'on the day the clocks go forward',
      '2026-03-29T09:30',
      '2026-03-29T13:00',
      '20260329T083000Z',
      '20260329T120000Z',
    ],
  ])('writes a session %s with its start and end in UTC', (_, start, end, dtstart, dtend) => {
    const session = sessionAt(start, end);
    const ics = icsFileFor(calendarEventFor({ _id: 'b-1', state: 'confirmed' }, session, CP_COURSE), NOW);
    expect(icsProperty(ics, 'DTSTART')).toBe(dtstart);
    expect(icsProperty(ics, 'DTEND')).toBe(dtend);
  });

  it('is one VEVENT with the booking as its UID, the course as its summary and the venue as its location', () => {
    const session = sessionAt('2026-11-30T09:30', '2026-11-30T13:00');
    const booking = bookingOn(session);
    const ics = icsFileFor(
      calendarEventFor({ _id: booking._id, state: 'confirmed' }, session, CP_COURSE),
      NOW,
    );
    const lines = icsLines(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(icsProperty(ics, 'UID')).toBe(`${booking._id}@iw-training`);
    expect(icsProperty(ics, 'DTSTAMP')).toBe('20261006T080000Z');
    expect(icsText(icsProperty(ics, 'SUMMARY'))).toBe('ContactPoint training (CP)');
    expect(icsText(icsProperty(ics, 'LOCATION'))).toBe('Civic Centre, IT Suite 2');
    expect(icsProperty(ics, 'STATUS')).toBe('CONFIRMED');
    // Every line is at most 75 octets, folded as RFC 5545 §3.1 asks.
    for (const raw of ics.split('\r\n')) expect(Buffer.byteLength(raw)).toBeLessThanOrEqual(75);
  });

  it('lists what to bring in the description', () => {
    const session = sessionAt('2026-11-30T09:30', '2026-11-30T13:00');
    const ics = icsFileFor(calendarEventFor({ _id: 'b-1', state: 'confirmed' }, session, CP_COURSE), NOW);
    expect(icsText(icsProperty(ics, 'DESCRIPTION'))).toBe(
      [
        'Your place is confirmed.',
        '',
        'What to bring:',
        '- Photo ID (passport or driving licence)',
        '- A utility bill from the last 3 months',
      ].join('\n'),
    );
  });

  it('says nothing about bringing anything when the course asks for nothing', () => {
    const session = sessionAt('2026-11-30T09:30', '2026-11-30T13:00');
    const course = { code: 'IS02', title: 'Information Sharing in Practice', bring: [] };
    const ics = icsFileFor(calendarEventFor({ _id: 'b-1', state: 'confirmed' }, session, course), NOW);
    expect(icsText(icsProperty(ics, 'SUMMARY'))).toBe('Information Sharing in Practice (IS02)');
    expect(icsText(icsProperty(ics, 'DESCRIPTION'))).toBe('Your place is confirmed.');
  });

  it('marks a place held for approval as tentative, and says so', () => {
    const session = sessionAt('2026-11-30T09:30', '2026-11-30T13:00');
    const ics = icsFileFor(calendarEventFor({ _id: 'b-1', state: 'held' }, session, CP_COURSE), NOW);
    expect(icsProperty(ics, 'STATUS')).toBe('TENTATIVE');
    expect(icsText(icsProperty(ics, 'DESCRIPTION'))).toMatch(
      /^Your place is held until your line manager approves it/,
    );
  });

  it('escapes a venue with commas, semicolons and a line break so that it stays one property', () => {
    const session = sessionAt('2026-11-30T09:30', '2026-11-30T13:00', {
      venue: 'Room 2; Floor 1, Town Hall\nBEGIN:VALARM',
    });
    const ics = icsFileFor(calendarEventFor({ _id: 'b-1', state: 'confirmed' }, session, CP_COURSE), NOW);
    expect(icsText(icsProperty(ics, 'LOCATION'))).toBe('Room 2; Floor 1, Town Hall\nBEGIN:VALARM');
    expect(icsLines(ics)).not.toContain('BEGIN:VALARM');
  });
});
