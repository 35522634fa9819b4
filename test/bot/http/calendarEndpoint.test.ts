import { signCalendarLink } from '../../../services/calendar/calendarLinkSignature';
import { calendarLinksFor } from '../../../services/calendar/calendarLinks';
import { startTestBot, type TestBot } from '../../support/botHarness';
import { CP_COURSE, icsProperty, icsText } from '../../services/calendar/calendarFixtures';
import { bookingOn, sessionAt } from '../../support/bookings';

// GET /calendar/:file through the real bot server: anyone on the internet can call it (issue 13 item 8).

const CONFIRMED = '0a1b2c3d-0000-4000-8000-000000000001';
const HELD = '0a1b2c3d-0000-4000-8000-000000000002';
const WAITLISTED = '0a1b2c3d-0000-4000-8000-000000000003';
const CANCELLED = '0a1b2c3d-0000-4000-8000-000000000004';
const UNKNOWN = '0a1b2c3d-0000-4000-8000-00000000dead';
const NO_SESSION = '0a1b2c3d-0000-4000-8000-000000000005';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

describe('GET /calendar/:file', () => {
  let bot: TestBot;
  const session = sessionAt('2026-11-30T09:30', '2026-11-30T13:00');

  beforeAll(async () => {
    bot = await startTestBot('calendar');
    const { collections } = bot.database;
    await collections.sessions.insertOne(session);
    await collections.bookings.insertMany([
      bookingOn(session, { _id: CONFIRMED, state: 'confirmed' }),
      bookingOn(session, { _id: HELD, state: 'held', activeKey: 'someone-else|CP' }),
      bookingOn(session, { _id: WAITLISTED, state: 'waitlisted', activeKey: 'a-third|CP' }),
      bookingOn(session, { _id: CANCELLED, state: 'cancelled', activeKey: CANCELLED }),
      bookingOn(session, { _id: NO_SESSION, sessionId: 'gone', activeKey: 'a-fourth|CP' }),
    ]);
  });
  afterAll(() => bot.stop());

  const signed = (id: string, expiresAt = inDays(30)) =>
    signCalendarLink(id, expiresAt, bot.running.calendarLinks.secret);
  const get = (path: string) => fetch(`${bot.running.url}${path}`);

  /** A refusal is short JSON that says no more than its status. */
  async function expectRefused(path: string, status: 403 | 404) {
    const response = await get(path);
    expect(response.status).toBe(status);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: status === 403 ? 'forbidden' : 'not found' });
  }

  it('serves a confirmed booking as an .ics attachment', async () => {
    const response = await get(signed(CONFIRMED));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="CP-2026-11-30.ics"');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const ics = await response.text();
    expect(icsProperty(ics, 'UID')).toBe(`${CONFIRMED}@iw-training`);
    expect(icsProperty(ics, 'DTSTART')).toBe('20261130T093000Z');
    expect(icsProperty(ics, 'DTEND')).toBe('20261130T130000Z');
    expect(icsText(icsProperty(ics, 'SUMMARY'))).toBe(`${CP_COURSE.title} (CP)`);
    expect(icsText(icsProperty(ics, 'LOCATION'))).toBe('Civic Centre, IT Suite 2');
    expect(icsText(icsProperty(ics, 'DESCRIPTION'))).toContain('What to bring:');
    expect(ics).not.toContain('Priya');
  });

  it('serves a held booking, marked tentative', async () => {
    const response = await get(signed(HELD));
    expect(response.status).toBe(200);
    expect(icsProperty(await response.text(), 'STATUS')).toBe('TENTATIVE');
  });

  it('serves the link calendarLinksFor gives a card, on the bot’s own address', async () => {
    const { icsUrl } = calendarLinksFor(
      { _id: CONFIRMED, state: 'confirmed' },
      session,
      CP_COURSE,
      bot.running.calendarLinks,
      new Date(),
    );
    expect(icsUrl.startsWith(`http://localhost:${bot.running.port}/calendar/`)).toBe(true);
    expect((await fetch(icsUrl)).status).toBe(200);
  });

  it('refuses an expired link with 403', async () => {
    await expectRefused(signed(CONFIRMED, inDays(-1)), 403);
  });

  it.each([
    [
      'the signature changed',
      (link: string) => link.replace(/sig=(.)/, (_, c) => `sig=${c === 'A' ? 'B' : 'A'}`),
    ],
    [
      'the expiry moved later',
      (link: string) => link.replace(/expires=(\d+)/, (_, e) => `expires=${Number(e) + 1}`),
    ],
    ['another booking’s id', (link: string) => link.replace(CONFIRMED, HELD)],
    ['no signature', (link: string) => link.replace(/&sig=.*$/, '')],
    ['no query at all', (link: string) => link.replace(/\?.*$/, '')],
    ['the signature twice', (link: string) => `${link}&sig=${/sig=([^&]+)/.exec(link)?.[1]}`],
    ['an operator in the query', (link: string) => link.replace('expires=', 'expires[$gt]=0&x=')],
    ['a huge expiry', (link: string) => link.replace(/expires=\d+/, `expires=${'9'.repeat(400)}`)],
  ])('refuses a link with %s with 403', async (_, tamper) => {
    await expectRefused(tamper(signed(CONFIRMED)), 403);
  });

  it.each([
    ['an unknown booking', UNKNOWN],
    ['a cancelled booking', CANCELLED],
    ['a waitlisted booking (no seat yet)', WAITLISTED],
    ['a booking whose session is gone', NO_SESSION],
  ])('answers a well-signed link to %s with 404', async (_, id) => {
    await expectRefused(signed(id), 404);
  });

  it.each([
    ['an operator for an id', `/calendar/${encodeURIComponent('{"$ne":1}')}.ics`],
    ['an id that is not a UUID', '/calendar/not-a-booking.ics'],
    ['a huge id', `/calendar/${'a'.repeat(5_000)}.ics`],
    ['no .ics', `/calendar/${CONFIRMED}`],
    ['a path around the folder', `/calendar/..%2F..%2Fpackage.json`],
  ])('answers %s with 404 before looking anything up', async (_, path) => {
    const response = await get(`${path}?expires=9999999999&sig=${'A'.repeat(43)}`);
    expect(response.status).toBe(404);
    expect((await response.text()).length).toBeLessThan(80);
  });

  it('answers an operator in place of the id even with a signature made for it: 404', async () => {
    const hostile = '{"$ne":1}';
    await expectRefused(
      signCalendarLink(hostile, inDays(1), bot.running.calendarLinks.secret).replace(
        hostile,
        encodeURIComponent(hostile),
      ),
      404,
    );
  });

  it('refuses to take a body or another method', async () => {
    const response = await fetch(`${bot.running.url}${signed(CONFIRMED)}`, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
  });
});
