import {
  isUnchanged,
  sameValue,
  writeChanges,
  type DocumentChange,
} from '../../../services/storage/documentChanges';
import { openTestDatabase } from '../../support/testDatabase';

interface Seat {
  _id: string;
  capacity: number;
  booked: number;
  note?: string;
  updatedAt: Date;
}

describe('document changes (the write side of imports)', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('document_changes');
  });
  afterAll(() => database.drop());

  it('compares stored values by meaning: dates by instant, objects whatever the key order', () => {
    expect(sameValue(new Date('2026-01-01T00:00:00Z'), new Date(Date.UTC(2026, 0, 1)))).toBe(true);
    expect(sameValue([{ code: 'IW01', date: '2026-01-01' }], [{ date: '2026-01-01', code: 'IW01' }])).toBe(
      true,
    );
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    const stored: Seat = { _id: 's', capacity: 3, booked: 1, note: 'x', updatedAt: new Date() };
    expect(isUnchanged(stored, { capacity: 3 }, [])).toBe(true);
    expect(isUnchanged(stored, { capacity: 3 }, ['note'])).toBe(false);
    expect(isUnchanged(undefined, {}, [])).toBe(false);
  });

  it('creates, updates and unsets, and refuses a stored document whose guard no longer holds', async () => {
    const seats = database.db.collection<Seat>('seats');
    const now = new Date('2026-05-06T10:00:00Z');
    await seats.insertMany([
      { _id: 'full', capacity: 10, booked: 9, updatedAt: now },
      { _id: 'open', capacity: 10, booked: 2, note: 'old', updatedAt: now },
    ]);
    const changes: DocumentChange<Seat>[] = [
      {
        _id: 'new',
        existed: false,
        set: { capacity: 5 },
        unset: [],
        setOnInsert: { booked: 0 },
        guard: { booked: { $lte: 5 } },
      },
      {
        _id: 'open',
        existed: true,
        set: { capacity: 5 },
        unset: ['note'],
        setOnInsert: { booked: 0 },
        guard: { booked: { $lte: 5 } },
      },
      {
        _id: 'full',
        existed: true,
        set: { capacity: 5 },
        unset: [],
        setOnInsert: { booked: 0 },
        guard: { booked: { $lte: 5 } },
      },
    ];
    const progress: number[] = [];
    expect(
      await writeChanges(seats, changes, now, (written) => {
        progress.push(written);
      }),
    ).toEqual({
      created: 1,
      updated: 1,
      refused: ['full'],
    });
    expect(progress).toEqual([3]);
    expect(await seats.find({}, { sort: { _id: 1 } }).toArray()).toEqual([
      { _id: 'full', capacity: 10, booked: 9, updatedAt: now },
      { _id: 'new', capacity: 5, booked: 0, updatedAt: now },
      { _id: 'open', capacity: 5, booked: 2, updatedAt: now },
    ]);
  });
});
