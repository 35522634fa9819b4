import { createHmac, timingSafeEqual } from 'node:crypto';

// A calendar link is a bearer link: whoever has it can download the file, without signing in (a calendar app
// fetching a URL cannot sign in to Teams). So it names one booking, carries an expiry, and is signed with a
// server-side secret; nothing in it can be changed without the signature failing.

/** The booking ids the product makes: UUIDs. Anything else in a link is refused before any lookup. */
export const BOOKING_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An HMAC-SHA256 in base64url without padding: 32 bytes make 43 characters. */
export const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

export function calendarLinkPath(bookingId: string): string {
  return `/calendar/${bookingId}.ics`;
}

function signature(bookingId: string, expires: number, secret: string): string {
  // The purpose is part of what is signed, so a signature made for something else with the same secret never fits.
  return createHmac('sha256', secret).update(`calendar-link\n${bookingId}\n${expires}`).digest('base64url');
}

/** `/calendar/<bookingId>.ics?expires=<unix seconds>&sig=<base64url HMAC-SHA256>` */
export function signCalendarLink(bookingId: string, expiresAt: Date, secret: string): string {
  const expires = Math.floor(expiresAt.getTime() / 1000);
  return `${calendarLinkPath(bookingId)}?expires=${expires}&sig=${signature(bookingId, expires, secret)}`;
}

export type CalendarLinkCheck = { ok: true } | { ok: false; reason: 'bad_signature' | 'expired' };

/**
 * Checks a link's signature, then its expiry. The comparison takes the same time wherever the strings differ, so
 * a caller cannot learn a valid signature a character at a time.
 */
export function verifyCalendarLink(
  bookingId: string,
  expires: number,
  sig: string,
  secret: string,
  now: Date,
): CalendarLinkCheck {
  if (!Number.isSafeInteger(expires) || !SIGNATURE.test(sig)) return { ok: false, reason: 'bad_signature' };
  const expected = Buffer.from(signature(bookingId, expires, secret));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'bad_signature' };
  if (now.getTime() >= expires * 1000) return { ok: false, reason: 'expired' };
  return { ok: true };
}
