import { fillRates, flagOf } from '../../../services/sessions/fillRates';
import type { Session } from '../../../services/sessions/session';
import { openTestDatabase } from '../../support/testDatabase';

// Issue 12 §4: fill rates flag what needs action, most urgent first, with totals per course and system.

const now = new Date('2026-12-01T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

describe('which sessions need action', () => {
  it.each([
    ['full', 14, 14, 3, 'full'],
    ['nearly full (12 of 14), even far off', 12, 14, 30, 'nearly-full'],
    ['no bookings, 5 days away', 0, 14, 5, 'no-bookings'],
    ['no bookings, 30 days away: not yet', 0, 14, 30, undefined],
    ['under half full, 10 days away', 6, 14, 10, 'under-filled-soon'],
    ['under half full, 20 days away: not yet', 6, 14, 20, undefined],
    ['half full, 3 days away', 7, 14, 3, undefined],
  ])('%s', (_, booked, capacity, daysAway, flag) => {
    expect(flagOf({ booked, capacity }, daysAway)).toBe(flag);
  });
});

describe('fill rates over the coming weeks', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  const session = (id: string, days: number, booked: number, extra: Partial<Session> = {}): Session => ({
    _id: id,
    course: 'CP',
    start: new Date(now.getTime() + days * DAY),
    end: new Date(now.getTime() + days * DAY + 3 * 3600_000),
    venue: 'IT Suite',
    capacity: 14,
    booked,
    accessRoute: 'care-first',
    updatedAt: now,
    ...extra,
  });
  beforeAll(async () => {
    database = await openTestDatabase('fill_rates');
    await database.collections.sessions.insertMany([
      session('fine-soon', 2, 9),
      session('nearly-full', 20, 13),
      session('empty-soon', 6, 0),
      session('thin-sooner', 3, 2, { accessRoute: 'web-browser' }),
      session('is02', 8, 10, { course: 'IS02', capacity: 20, accessRoute: undefined }),
      session('full', 1, 14),
      session('past', -1, 0),
      session('too-far', 60, 0),
      session('cancelled', 4, 0, {
        cancelled: { by: 'c', byName: 'Chloe Brown', at: now, reason: 'Trainer ill' },
      }),
    ]);
  });
  afterAll(() => database.drop());

  it('lists what needs action first, most urgent first, then the rest by date', async () => {
    const rates = await fillRates(database.collections, now);
    expect(rates.sessions.map((fill) => [fill.session._id, fill.flag])).toEqual([
      ['empty-soon', 'no-bookings'],
      ['thin-sooner', 'under-filled-soon'],
      ['nearly-full', 'nearly-full'],
      ['full', 'full'],
      ['fine-soon', undefined],
      ['is02', undefined],
    ]);
    expect(rates.totals).toEqual({ sessions: 6, booked: 48, capacity: 90, needingAction: 3 });
  });

  it('leaves out cancelled sessions: nothing to promote, no places to count', async () => {
    const rates = await fillRates(database.collections, now);
    expect(rates.sessions.map((fill) => fill.session._id)).not.toContain('cancelled');
  });

  it('totals per course and, for ContactPoint, per system', async () => {
    const rates = await fillRates(database.collections, now);
    expect(rates.byCourse).toEqual([
      { course: 'CP', accessRoute: 'care-first', sessions: 4, booked: 36, capacity: 56 },
      { course: 'CP', accessRoute: 'web-browser', sessions: 1, booked: 2, capacity: 14 },
      { course: 'IS02', sessions: 1, booked: 10, capacity: 20 },
    ]);
  });
});
