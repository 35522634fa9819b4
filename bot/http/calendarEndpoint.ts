import type { Request, Response } from 'restify';
import { z } from 'zod';
import { calendarFileFor } from '../../services/calendar/calendarFile';
import { BOOKING_ID, SIGNATURE, verifyCalendarLink } from '../../services/calendar/calendarLinkSignature';
import type { Catalogue } from '../../services/catalogue/loadCatalogue';
import type { Clock } from '../../services/shared/clock';
import type { Database } from '../../services/storage/database';
import type { Logger } from '../logger';

/** `<booking id>.ics`, nothing else: the id is checked before it goes anywhere near a query. */
const FILE = /^([^.]+)\.ics$/;

/** Exactly one `expires` (unix seconds) and one `sig`; a repeated or malformed one fails here. */
const LinkQuery = z.object({
  expires: z
    .string()
    .regex(/^\d{1,12}$/)
    .transform(Number),
  sig: z.string().regex(SIGNATURE),
});

/**
 * GET /calendar/:file, the signed "Add to calendar" link (services/calendar/calendarLinkSignature.ts). Anyone on
 * the internet can call it, so: the id's format first (404), then the signature and expiry (403, before any
 * database read, so a forged link learns nothing about which bookings exist), then the booking (404 unless it
 * holds a seat). Failure bodies say no more than the status.
 */
export function calendarEndpoint(deps: {
  database: Database;
  catalogue: Catalogue;
  clock: Clock;
  logger: Logger;
  secret: string;
}) {
  return async (req: Request, res: Response): Promise<void> => {
    const bookingId = FILE.exec(String(req.params?.file ?? ''))?.[1];
    if (!bookingId || !BOOKING_ID.test(bookingId)) return refuse(res, 404);

    const query = LinkQuery.safeParse(queryOf(req.url ?? ''));
    const now = deps.clock();
    const check = query.success
      ? verifyCalendarLink(bookingId, query.data.expires, query.data.sig, deps.secret, now)
      : ({ ok: false, reason: 'bad_signature' } as const);
    if (!check.ok) {
      deps.logger.info({ reason: check.reason }, 'calendar link refused');
      return refuse(res, 403);
    }

    const file = await calendarFileFor(deps.database.collections, deps.catalogue, bookingId, now);
    if (!file.ok) return refuse(res, 404);
    res.writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${file.filename}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(file.ics);
  };
}

/** The query as single values, or arrays where a name repeats (which the schema then refuses). */
function queryOf(url: string): Record<string, string | string[]> {
  const params = new URL(url, 'http://calendar.invalid').searchParams;
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

function refuse(res: Response, status: 403 | 404): void {
  res.send(status, { error: status === 403 ? 'forbidden' : 'not found' });
}
