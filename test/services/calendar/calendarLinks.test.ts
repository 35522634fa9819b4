import {
  calendarLinkExpiry,
  calendarLinksFor,
  type CalendarLinkSettings,
} from '../../../services/calendar/calendarLinks';
import { signCalendarLink, verifyCalendarLink } from '../../../services/calendar/calendarLinkSignature';
import { CP_COURSE } from './calendarFixtures';
import { bookingOn, sessionAt } from '../../support/bookings';

const SECRET = 'a-test-secret-that-is-at-least-32-characters';
const ID = '4f6c2a1e-9b7d-4c3a-8e21-5d0f7a9b3c11';
const NOW = new Date('2026-10-06T08:00:00Z');
const IN_AN_HOUR = new Date('2026-10-06T09:00:00Z');

function parts(path: string) {
  const url = new URL(path, 'https://bot.example.org');
  return {
    id: /^\/calendar\/(.+)\.ics$/.exec(url.pathname)?.[1] ?? '',
    expires: Number(url.searchParams.get('expires')),
    sig: url.searchParams.get('sig') ?? '',
  };
}

describe('signing a calendar link', () => {
  it('gives /calendar/<id>.ics with the expiry in unix seconds and a base64url signature', () => {
    expect(signCalendarLink(ID, IN_AN_HOUR, SECRET)).toMatch(
      new RegExp(`^/calendar/${ID}\\.ics\\?expires=${IN_AN_HOUR.getTime() / 1000}&sig=[A-Za-z0-9_-]{43}$`),
    );
  });

  it('accepts its own link until it expires', () => {
    const { id, expires, sig } = parts(signCalendarLink(ID, IN_AN_HOUR, SECRET));
    expect(verifyCalendarLink(id, expires, sig, SECRET, NOW)).toEqual({ ok: true });
    expect(verifyCalendarLink(id, expires, sig, SECRET, new Date('2026-10-06T08:59:59Z'))).toEqual({
      ok: true,
    });
  });

  it('refuses it from the moment it expires', () => {
    const { id, expires, sig } = parts(signCalendarLink(ID, IN_AN_HOUR, SECRET));
    expect(verifyCalendarLink(id, expires, sig, SECRET, IN_AN_HOUR)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  const flip = (text: string, at: number) =>
    text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);

  it.each([
    [
      'another booking id',
      (p: ReturnType<typeof parts>) => ({ ...p, id: '4f6c2a1e-9b7d-4c3a-8e21-5d0f7a9b3c12' }),
    ],
    ['a later expiry', (p: ReturnType<typeof parts>) => ({ ...p, expires: p.expires + 86_400 })],
    [
      'one character of the signature changed',
      (p: ReturnType<typeof parts>) => ({ ...p, sig: flip(p.sig, 10) }),
    ],
    ['the signature cut short', (p: ReturnType<typeof parts>) => ({ ...p, sig: p.sig.slice(0, 42) })],
    ['the signature made longer', (p: ReturnType<typeof parts>) => ({ ...p, sig: `${p.sig}A` })],
    ['the signature in standard base64', (p: ReturnType<typeof parts>) => ({ ...p, sig: `${p.sig}=` })],
    ['no signature', (p: ReturnType<typeof parts>) => ({ ...p, sig: '' })],
    ['a fractional expiry', (p: ReturnType<typeof parts>) => ({ ...p, expires: p.expires + 0.5 })],
  ])('refuses a link with %s', (_, tamper) => {
    const { id, expires, sig } = tamper(parts(signCalendarLink(ID, IN_AN_HOUR, SECRET)));
    expect(verifyCalendarLink(id, expires, sig, SECRET, NOW)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a link signed with another secret', () => {
    const { id, expires, sig } = parts(signCalendarLink(ID, IN_AN_HOUR, `${SECRET}-other`));
    expect(verifyCalendarLink(id, expires, sig, SECRET, NOW)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a tampered link even when it has also expired: the signature is checked first', () => {
    const { id, expires, sig } = parts(signCalendarLink(ID, NOW, SECRET));
    expect(verifyCalendarLink(id, expires, flip(sig, 0), SECRET, IN_AN_HOUR)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });
});

describe('the calendar links a card shows', () => {
  const settings: CalendarLinkSettings = { publicBaseUrl: 'https://bot.example.org', secret: SECRET };

  it('gives an Outlook link and a signed .ics link on the public address', () => {
    const session = sessionAt('2026-11-30T09:30', '2026-11-30T13:00');
    const booking = bookingOn(session, { _id: ID, state: 'confirmed' });
    const links = calendarLinksFor({ ...booking, state: 'confirmed' }, session, CP_COURSE, settings, NOW);
    expect(links.outlookUrl).toMatch(/^https:\/\/outlook\.office\.com\/calendar\/0\/deeplink\/compose\?/);
    expect(links.icsUrl.startsWith(`https://bot.example.org/calendar/${ID}.ics?expires=`)).toBe(true);
    const { id, expires, sig } = parts(links.icsUrl);
    expect(verifyCalendarLink(id, expires, sig, SECRET, NOW)).toEqual({ ok: true });
  });

  it.each([
    ['next week: 30 days from now', '2026-10-13T09:30', '2026-10-13T13:00', '2026-11-05T08:00:00.000Z'],
    ['in three months: when it ends', '2027-01-11T09:30', '2027-01-11T13:00', '2027-01-11T13:00:00.000Z'],
  ])('keeps a link for a session %s', (_, start, end, expiry) => {
    expect(calendarLinkExpiry(sessionAt(start, end), NOW).toISOString()).toBe(expiry);
  });
});
