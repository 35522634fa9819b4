import { calendarEventFor } from '../../../services/calendar/calendarEvent';
import { outlookComposeLink } from '../../../services/calendar/outlookLink';
import { CP_COURSE } from './calendarFixtures';
import { sessionAt } from '../../support/bookings';

describe('the Outlook on the web link', () => {
  const linkFor = (start: string, end: string, venue = 'Civic Centre, IT Suite 2') =>
    new URL(
      outlookComposeLink(
        calendarEventFor({ _id: 'b-1', state: 'confirmed' }, sessionAt(start, end, { venue }), CP_COURSE),
      ),
    );

  it('opens the compose form of Outlook on the web with the event filled in', () => {
    const url = linkFor('2026-11-30T09:30', '2026-11-30T13:00');
    expect(`${url.origin}${url.pathname}`).toBe('https://outlook.office.com/calendar/0/deeplink/compose');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      path: '/calendar/action/compose',
      rru: 'addevent',
      subject: 'ContactPoint training (CP)',
      startdt: '2026-11-30T09:30:00Z',
      enddt: '2026-11-30T13:00:00Z',
      location: 'Civic Centre, IT Suite 2',
      body: 'Your place is confirmed.\n\nWhat to bring:\n- Photo ID (passport or driving licence)\n- A utility bill from the last 3 months',
    });
  });

  it.each([
    ['in BST', '2026-06-15T09:30', '2026-06-15T13:00', '2026-06-15T08:30:00Z', '2026-06-15T12:00:00Z'],
    ['in GMT', '2026-01-12T14:00', '2026-01-12T16:30', '2026-01-12T14:00:00Z', '2026-01-12T16:30:00Z'],
  ])('gives the times of a session %s in UTC', (_, start, end, startdt, enddt) => {
    const url = linkFor(start, end);
    expect(url.searchParams.get('startdt')).toBe(startdt);
    expect(url.searchParams.get('enddt')).toBe(enddt);
  });

  it('percent-encodes every value, spaces as %20 (Outlook shows a + as a plus sign)', () => {
    const link = linkFor('2026-11-30T09:30', '2026-11-30T13:00', 'Room 2 & 3 #east=yes +more');
    expect(link.href).not.toMatch(/\+/);
    expect(link.searchParams.get('location')).toBe('Room 2 & 3 #east=yes +more');
    expect([...link.searchParams.keys()]).toEqual([
      'path',
      'rru',
      'subject',
      'startdt',
      'enddt',
      'location',
      'body',
    ]);
  });
});
