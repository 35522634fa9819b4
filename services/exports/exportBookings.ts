import type { Booking } from '../booking/booking';
import { findSessionsByIds } from '../sessions/sessionRepository';
import type { Collections } from '../storage/collections';
import { BOOKING_EXPORT_COLUMNS, bookingCells } from './bookingCells';
import { csvLine } from './csvWriter';

export interface BookingsExportProgress {
  written: number;
  /** The collection's estimated size: enough for a progress bar, never used to stop. */
  total: number;
}

export interface BookingsExportOptions {
  onProgress?: (progress: BookingsExportProgress) => void;
  /** Bookings read, and written, at a time. */
  batchSize?: number;
}

/** Session order (the `by_session_start` index), so a session's bookings sit together; `_id` makes it total. */
const EXPORT_ORDER = { sessionStart: 1, sessionId: 1, createdAt: 1, _id: 1 } as const;

/**
 * Every booking, as CSV handed to `write` one batch at a time: a cursor, never the whole collection in memory,
 * and each batch's sessions read together by id. Names come from Teams, typed by the people themselves, so every
 * cell goes through the formula-neutralising writer. `write` may return a promise to hold the export back while
 * the output catches up. Resolves with the number of bookings written.
 */
export async function exportBookings(
  collections: Collections,
  write: (text: string) => void | Promise<void>,
  options: BookingsExportOptions = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  const total = options.onProgress ? await collections.bookings.estimatedDocumentCount() : 0;
  let written = 0;
  let batch: Booking[] = [];
  const flush = async () => {
    const sessions = await findSessionsByIds(
      collections,
      batch.map((booking) => booking.sessionId),
    );
    const lines = batch.map((booking) => {
      const cells = bookingCells(booking, sessions.get(booking.sessionId));
      return `${csvLine(BOOKING_EXPORT_COLUMNS.map((column) => cells[column]))}\r\n`;
    });
    await write(lines.join(''));
    written += batch.length;
    batch = [];
    options.onProgress?.({ written, total: Math.max(total, written) });
  };

  await write(`${csvLine(BOOKING_EXPORT_COLUMNS)}\r\n`);
  for await (const booking of collections.bookings.find({}).sort(EXPORT_ORDER).batchSize(batchSize)) {
    batch.push(booking);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  return written;
}
