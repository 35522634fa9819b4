import { importSessions } from '../../../services/imports/importSessions';
import type { SessionCells } from '../../../services/imports/sessionRow';
import { createSession, sessionIdFor } from '../../../services/sessions/createSession';
import { openTestDatabase } from '../../support/testDatabase';
import { errorsOf, NOW } from '../imports/importFixtures';
import { catalogue, courseOptions } from '../imports/importFixtures';

// Issue 13 item 9: a session added from the coordinator's form is checked by the very rules of sessions.csv
// and stored by the same write; only "not in the past" is the form's own.

const GOOD: SessionCells = {
  course: 'IS02',
  start: '2026-06-01T09:30',
  end: '2026-06-01T13:00',
  venue: 'Training Room 2',
  capacity: '20',
};

describe('adding a session from the form', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  const collections = () => database.collections;
  beforeAll(async () => {
    database = await openTestDatabase('create_session');
  });
  afterAll(() => database.drop());
  beforeEach(() => database.collections.sessions.deleteMany({}));

  it('names it in the coordinator style, in London time', () => {
    expect(sessionIdFor('CP', new Date('2027-01-12T09:30:00Z'), 'K7QD')).toBe('CP-2027-01-12-0930-K7QD');
    // Summer time: 08:30 UTC is 09:30 in London.
    expect(sessionIdFor('IS02', new Date('2026-06-01T08:30:00Z'), 'AB12')).toBe('IS02-2026-06-01-0930-AB12');
  });

  it('stores one session, with no seats booked, and the same form sent twice stores it once', async () => {
    const first = await createSession(collections(), catalogue, GOOD, 'AB12', NOW);
    const second = await createSession(collections(), catalogue, GOOD, 'AB12', NOW);

    expect(first).toMatchObject({ ok: true, created: true, session: { _id: 'IS02-2026-06-01-0930-AB12' } });
    expect(second).toMatchObject({ ok: true, created: false });
    expect(await collections().sessions.find({}).toArray()).toEqual([
      {
        _id: 'IS02-2026-06-01-0930-AB12',
        course: 'IS02',
        start: new Date('2026-06-01T08:30:00Z'),
        end: new Date('2026-06-01T12:00:00Z'),
        venue: 'Training Room 2',
        capacity: 20,
        booked: 0,
        updatedAt: NOW,
      },
    ]);
  });

  it('never overwrites a stored session that happens to have the id', async () => {
    await createSession(collections(), catalogue, GOOD, 'AB12', NOW);
    const before = await collections().sessions.find({}).toArray();

    const other = await createSession(collections(), catalogue, { ...GOOD, venue: 'Elsewhere' }, 'AB12', NOW);

    expect(other).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await collections().sessions.find({}).toArray()).toEqual(before);
  });

  // Each bad row is refused by the import and by the form, with the same words.
  it.each<[string, SessionCells, string, string]>([
    ['no places', { capacity: '0' }, 'capacity', 'must be a whole number greater than 0'],
    ['an end before the start', { end: '2026-06-01T09:00' }, 'end', 'must be after start'],
    [
      'ContactPoint without a system',
      { course: 'CP' },
      'accessRoute',
      'is required for CP sessions: one of care-first, web-browser, capita-one, careworks, e-start, profile',
    ],
    ['an unknown course', { course: 'XX99' }, 'course', '"XX99" is not a course code in the catalogue'],
    ['no venue', { venue: '' }, 'venue', 'is required'],
    [
      'a time that is not one',
      { start: '2026-06-01T25:00' },
      'start',
      '"2026-06-01T25:00" is not a real date and time',
    ],
    [
      'an unknown system',
      { accessRoute: 'pigeon' },
      'accessRoute',
      '"pigeon" is not one of: care-first, web-browser, capita-one, careworks, e-start, profile',
    ],
  ])('refuses %s, as the import does, and writes nothing', async (_, bad, field, message) => {
    const cells = { ...GOOD, ...bad };
    const outcome = await createSession(collections(), catalogue, cells, 'AB12', NOW);
    expect(outcome).toEqual({ ok: false, reason: 'invalid', problems: [{ field, message }] });

    const row = [
      'S1',
      cells.course,
      cells.start,
      cells.end,
      cells.venue,
      cells.capacity,
      cells.accessRoute ?? '',
    ];
    const csv = `id,course,start,end,venue,capacity,accessRoute\n${row.join(',')}`;
    expect(errorsOf(await importSessions(collections(), csv, courseOptions))).toEqual([
      { line: 2, column: field, reason: `${field} ${message}` },
    ]);
    expect(await collections().sessions.countDocuments({})).toBe(0);
  });

  it('refuses a trainer who is not on the roster, as the import does', async () => {
    const trainer = 'aaaaaaaa-0000-4000-8000-000000000999';
    expect(await createSession(collections(), catalogue, { ...GOOD, trainer }, 'AB12', NOW)).toEqual({
      ok: false,
      reason: 'invalid',
      problems: [{ field: 'trainer', message: 'is not on the roster' }],
    });
    expect(await collections().sessions.countDocuments({})).toBe(0);
  });

  it('refuses a session in the past, which only the import may record', async () => {
    const past = { ...GOOD, start: '2026-05-06T09:00', end: '2026-05-06T12:00' };
    expect(await createSession(collections(), catalogue, past, 'AB12', NOW)).toEqual({
      ok: false,
      reason: 'invalid',
      problems: [{ field: 'start', message: 'is in the past' }],
    });
    expect(await collections().sessions.countDocuments({})).toBe(0);
  });
});
