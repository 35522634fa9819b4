import { parse } from 'csv-parse/sync';
import type { Booking, BookingAuditEntry } from '../../../services/booking/booking';
import { BOOKING_EXPORT_COLUMNS } from '../../../services/exports/bookingCells';
import { exportBookings } from '../../../services/exports/exportBookings';
import { ensureIndexes } from '../../../services/storage/collections';
import { openTestDatabase } from '../../support/testDatabase';
import { bookingOn, london, sessionAt } from '../../support/bookings';

const EVIL = '=HYPERLINK("http://evil.example","Click me")';
const id = (n: number) => `0a1b2c3d-0000-4000-8000-${String(n).padStart(12, '0')}`;
const person = (n: number, name: string) => ({
  aadObjectId: `11111111-1111-4111-8111-00000000000${n}`,
  name,
});
const mark = { by: '11111111-1111-4111-8111-000000000009', byName: 'Mark Evans' };

function move(
  at: string,
  from: Booking['state'] | null,
  to: Booking['state'],
  actor = mark,
): BookingAuditEntry {
  return { ...actor, at: london(at), from, to };
}

/** The export as a table: header first, then one array of cells per booking. */
async function exported(database: Awaited<ReturnType<typeof openTestDatabase>>, batchSize?: number) {
  const chunks: string[] = [];
  const count = await exportBookings(database.collections, (text) => void chunks.push(text), { batchSize });
  return { count, chunks, rows: parse(chunks.join(''), { relax_column_count: false }) as string[][] };
}

describe('exporting bookings', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  const winter = sessionAt('2026-11-30T09:30', '2026-11-30T13:00', { _id: 'CP-NOV-AM' });
  const summer = sessionAt('2026-06-15T13:30', '2026-06-15T16:30', {
    _id: 'IS02-JUN-PM',
    course: 'IS02',
    venue: 'Town Hall, Room 4',
  });
  const gone = sessionAt('2026-09-01T09:00', '2026-09-01T12:00', { _id: 'CP-SEP-GONE' });

  beforeAll(async () => {
    database = await openTestDatabase('export_bookings');
    await ensureIndexes(database.collections);
    await database.collections.sessions.insertMany([winter, summer]);
    await database.collections.bookings.insertMany([
      bookingOn(winter, {
        _id: id(1),
        person: person(1, 'Priya Shah'),
        state: 'confirmed',
        createdAt: london('2026-10-05T10:00'),
        updatedAt: london('2026-10-06T14:05'),
        audit: [
          move('2026-10-05T10:00', null, 'held', { by: 'p1', byName: 'Priya Shah' }),
          move('2026-10-06T14:05', 'held', 'confirmed'),
        ],
      }),
      bookingOn(winter, {
        _id: id(2),
        person: person(2, EVIL),
        state: 'held',
        activeKey: 'p2|CP',
        createdAt: london('2026-10-07T09:00'),
        updatedAt: london('2026-10-07T09:00'),
      }),
      bookingOn(summer, {
        _id: id(3),
        person: person(3, 'Liam O’Connor, IS officer'),
        course: 'IS02',
        state: 'attended',
        activeKey: id(3),
        createdAt: london('2026-05-01T08:15'),
        updatedAt: london('2026-06-15T17:00'),
        audit: [
          move('2026-05-01T08:15', null, 'confirmed'),
          move('2026-06-15T17:00', 'confirmed', 'attended', { by: 't1', byName: 'Tess Trainer' }),
        ],
      }),
      bookingOn(gone, {
        _id: id(4),
        person: person(4, 'Owen Davies'),
        state: 'no-show',
        activeKey: id(4),
        createdAt: london('2026-08-01T12:00'),
        updatedAt: london('2026-09-01T13:00'),
      }),
    ]);
  });
  afterAll(() => database.drop());

  it('writes the contract’s columns, in order, one row per booking in session order', async () => {
    const { count, rows } = await exported(database);
    expect(count).toBe(4);
    expect(rows[0]).toEqual([...BOOKING_EXPORT_COLUMNS]);
    expect(rows[0]).toEqual([
      'bookingId',
      'aadObjectId',
      'name',
      'course',
      'sessionId',
      'sessionStart',
      'venue',
      'state',
      'attendance',
      'approver',
      'approvedAt',
      'bookedAt',
      'updatedAt',
    ]);
    expect(rows.slice(1).map((row) => row[0])).toEqual([id(3), id(4), id(1), id(2)]);
  });

  it('gives session times and dates in London time, in BST and in GMT', async () => {
    const { rows } = await exported(database);
    const byId = new Map(rows.map((row) => [row[0], row]));
    expect(byId.get(id(3))).toEqual([
      id(3),
      person(3, '').aadObjectId,
      'Liam O’Connor, IS officer',
      'IS02',
      'IS02-JUN-PM',
      '2026-06-15T13:30',
      'Town Hall, Room 4',
      'attended',
      'attended',
      'Mark Evans',
      '2026-05-01T08:15',
      '2026-05-01T08:15',
      '2026-06-15T17:00',
    ]);
    expect(byId.get(id(1))?.slice(5)).toEqual([
      '2026-11-30T09:30',
      'Civic Centre, IT Suite 2',
      'confirmed',
      '',
      'Mark Evans',
      '2026-10-06T14:05',
      '2026-10-05T10:00',
      '2026-10-06T14:05',
    ]);
  });

  it('still exports a booking whose session is gone, with its own start and a blank venue', async () => {
    const { rows } = await exported(database);
    const row = rows.find((cells) => cells[0] === id(4));
    expect(row?.slice(4, 9)).toEqual(['CP-SEP-GONE', '2026-09-01T09:00', '', 'no-show', 'no-show']);
  });

  it('neutralises a name a spreadsheet would run as a formula', async () => {
    const { rows, chunks } = await exported(database);
    expect(rows.find((cells) => cells[0] === id(2))?.[2]).toBe(`'${EVIL}`);
    expect(chunks.join('')).toContain(`"'=HYPERLINK(""http://evil.example"",""Click me"")"`);
    expect(rows.find((cells) => cells[0] === id(2))?.slice(7, 11)).toEqual(['held', '', '', '']);
  });

  it('hands the file over batch by batch, waiting for each write to finish', async () => {
    const chunks: string[] = [];
    let pending = 0;
    const progress: number[] = [];
    const count = await exportBookings(
      database.collections,
      async (text) => {
        expect(pending).toBe(0);
        pending += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        chunks.push(text);
        pending -= 1;
      },
      { batchSize: 3, onProgress: ({ written, total }) => progress.push(written / total) },
    );
    expect(count).toBe(4);
    // The header, then a batch of three and a batch of one.
    expect(chunks.map((chunk) => chunk.split('\r\n').length - 1)).toEqual([1, 3, 1]);
    expect(progress).toEqual([0.75, 1]);
  });

  it('writes only the header when there are no bookings', async () => {
    const empty = await openTestDatabase('export_bookings_empty');
    try {
      const { count, rows } = await exported(empty);
      expect(count).toBe(0);
      expect(rows).toEqual([[...BOOKING_EXPORT_COLUMNS]]);
    } finally {
      await empty.drop();
    }
  });
});
