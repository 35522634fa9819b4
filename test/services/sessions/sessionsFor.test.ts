import { DateTime } from 'luxon';
import { loadCatalogue } from '../../../services/catalogue/loadCatalogue';
import type { Entities } from '../../../services/intents/understanding';
import type { StaffProfile } from '../../../services/people/staffProfile';
import type { Session } from '../../../services/sessions/session';
import { windowOf } from '../../../services/sessions/sessionFilters';
import { sessionsFor } from '../../../services/sessions/sessionsFor';
import { staffProfile } from '../../support/people';
import { openTestDatabase } from '../../support/testDatabase';

// Issue 12 §2: finding sessions that exist, with the filters people type, and saying why when none fit.

const catalogue = loadCatalogue();
// Tuesday 1 December 2026, 09:00 in London.
const now = new Date('2026-12-01T09:00:00Z');
/** Someone searching who holds no places. */
const searcher = (profile: StaffProfile) => ({ profile, placesHeld: [] });
const at = (isoLocal: string) => new Date(`${isoLocal}:00Z`); // December and January: London is on UTC

describe('what the time words people type cover', () => {
  it.each<[string, Parameters<typeof windowOf>[0], string, string | undefined]>([
    ['today', { kind: 'today' }, '2026-12-01', '2026-12-02'],
    ['tomorrow', { kind: 'tomorrow' }, '2026-12-02', '2026-12-03'],
    ['this week (from Tuesday)', { kind: 'this-week' }, '2026-12-01', '2026-12-07'],
    ['next week', { kind: 'next-week' }, '2026-12-07', '2026-12-14'],
    ['next month', { kind: 'next-month' }, '2027-01-01', '2027-02-01'],
    ['in January, said in December', { kind: 'month', month: 1 }, '2027-01-01', '2027-02-01'],
    ['in December, said in December', { kind: 'month', month: 12 }, '2026-12-01', '2027-01-01'],
    ['before Christmas', { kind: 'before', month: 12, day: 25 }, '2026-12-01', '2026-12-25'],
    ['after Easter Monday', { kind: 'after', month: 4, day: 5 }, '2027-04-06', undefined],
  ])('%s', (_, when, from, until) => {
    const window = windowOf(when, now);
    const londonDay = (instant: Date) => DateTime.fromJSDate(instant, { zone: 'Europe/London' }).toISODate();
    expect(londonDay(window.from)).toBe(from);
    expect(window.until ? londonDay(window.until) : undefined).toBe(until);
  });
});

describe('sessions for a person', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  const priya = staffProfile('priya', {
    name: 'Priya Shah',
    audience: 'practitioner',
    serviceGroup: 'social-care',
    accessRoute: 'care-first',
    contactPointUser: true,
  });
  const unnominated = { ...priya, _id: 'sam', contactPointUser: false };
  const session = (id: string, start: string, extra: Partial<Session> = {}): Session => ({
    _id: id,
    course: 'CP',
    start: at(start),
    end: new Date(at(start).getTime() + 3.5 * 3600_000),
    venue: 'Civic Centre, IT Suite',
    capacity: 14,
    booked: 0,
    accessRoute: 'care-first',
    audience: 'practitioner',
    updatedAt: now,
    ...extra,
  });
  const ask = (extra: Partial<Entities> = {}) => ({
    modules: [],
    contactPoint: false,
    accessRoutes: [],
    ...extra,
  });

  beforeAll(async () => {
    database = await openTestDatabase('sessions_for');
    await database.collections.sessions.insertMany([
      session('cp-full', '2026-12-04T09:30', { booked: 14 }),
      session('cp-afternoon', '2026-12-07T13:30'),
      session('cp-jan-morning', '2027-01-11T09:30', { venue: 'Training Room 2' }),
      session('cp-web', '2026-12-05T09:30', { accessRoute: 'web-browser' }),
      session('cp-managers', '2026-12-06T09:30', { audience: 'manager' }),
      session('is02', '2026-12-08T09:30', { course: 'IS02', accessRoute: undefined, audience: undefined }),
      session('caf02-full', '2026-12-09T09:30', {
        course: 'CAF02',
        accessRoute: undefined,
        audience: undefined,
        booked: 14,
      }),
    ]);
    await database.collections.people.insertOne(
      staffProfile('chloe', {
        name: 'Chloe Brown',
        email: 'chloe@example.org',
        permissions: ['coordinator'],
      }),
    );
  });
  afterAll(() => database.drop());

  it('takes naming a case management system to mean ContactPoint training on that system', async () => {
    const answer = await sessionsFor(
      database.collections,
      catalogue,
      searcher(priya),
      ask({ accessRoutes: ['web-browser'] }),
      now,
    );
    expect(answer).toMatchObject({ kind: 'sessions', course: { code: 'CP' }, route: { id: 'web-browser' } });
    if (answer.kind !== 'sessions') throw new Error('expected sessions');
    expect(answer.sessions.map((option) => option.session._id)).toEqual(['cp-web']);
  });

  it('lists only sessions for the person: their system and role, a full one offering its waiting list', async () => {
    const answer = await sessionsFor(
      database.collections,
      catalogue,
      searcher(priya),
      ask({ contactPoint: true }),
      now,
    );
    if (answer.kind !== 'sessions') throw new Error('expected sessions');
    expect(answer.sessions.map((option) => [option.session._id, option.seatsLeft])).toEqual([
      ['cp-full', 0],
      ['cp-afternoon', expect.any(Number)],
      ['cp-jan-morning', expect.any(Number)],
    ]);
    expect(answer.allFull).toBe(false);
    expect(answer.nothing).toBeUndefined();
  });

  it.each<[string, Partial<Entities>, string[]]>([
    ['afternoons only', { partOfDay: 'afternoon' }, ['cp-afternoon']],
    ['a morning slot', { partOfDay: 'morning' }, ['cp-full', 'cp-jan-morning']],
    ['in January', { when: { kind: 'month', month: 1 } }, ['cp-jan-morning']],
    ['before Christmas', { when: { kind: 'before', month: 12, day: 25 } }, ['cp-full', 'cp-afternoon']],
    ['in Training Room 2', { venue: 'training room 2' }, ['cp-jan-morning']],
  ])('understands "%s"', async (_, filters, ids) => {
    const answer = await sessionsFor(
      database.collections,
      catalogue,
      searcher(priya),
      ask({ contactPoint: true, ...filters }),
      now,
    );
    if (answer.kind !== 'sessions') throw new Error('expected sessions');
    expect(answer.sessions.map((option) => option.session._id)).toEqual(ids);
  });

  it('says none match the filters, and shows the next session anyway with why it does not fit', async () => {
    const answer = await sessionsFor(
      database.collections,
      catalogue,
      searcher(priya),
      ask({ contactPoint: true, partOfDay: 'afternoon', when: { kind: 'month', month: 1 } }),
      now,
    );
    if (answer.kind !== 'sessions') throw new Error('expected sessions');
    expect(answer.nothing).toMatchObject({
      reason: 'none-match-filters',
      next: { session: { _id: 'cp-full' }, misfits: ['full', 'when', 'partOfDay'] },
      coordinator: { name: 'Chloe Brown', email: 'chloe@example.org' },
    });
  });

  it('offers the waiting list when every session is full', async () => {
    const answer = await sessionsFor(
      database.collections,
      catalogue,
      searcher(priya),
      ask({ modules: ['CAF02'] }),
      now,
    );
    expect(answer).toMatchObject({
      kind: 'sessions',
      allFull: true,
      sessions: [{ session: { _id: 'caf02-full' }, seatsLeft: 0 }],
    });
    expect(answer.kind === 'sessions' && answer.nothing).toBeUndefined();
  });

  it('says there are none for their system, offering the next one on another', async () => {
    const onProfile = { ...priya, accessRoute: 'profile' as const };
    const answer = await sessionsFor(
      database.collections,
      catalogue,
      searcher(onProfile),
      ask({ contactPoint: true }),
      now,
    );
    expect(answer).toMatchObject({
      kind: 'sessions',
      route: { id: 'profile' },
      nothing: { reason: 'none-for-route' },
    });
    if (answer.kind !== 'sessions') throw new Error('expected sessions');
    expect(answer.nothing?.next?.misfits).toContain('route');
  });

  it('says a course has no dates at all', async () => {
    const answer = await sessionsFor(
      database.collections,
      catalogue,
      searcher(priya),
      ask({ modules: ['LP02'] }),
      now,
    );
    expect(answer).toMatchObject({ kind: 'sessions', nothing: { reason: 'no-dates' } });
  });

  it('tells whether the person is nominated, so only someone who is not is sent to their manager', async () => {
    const nominated = await sessionsFor(
      database.collections,
      catalogue,
      searcher(priya),
      ask({ contactPoint: true }),
      now,
    );
    const not = await sessionsFor(
      database.collections,
      catalogue,
      searcher(unnominated),
      ask({ contactPoint: true }),
      now,
    );
    expect(nominated).toMatchObject({ nominated: true });
    expect(not).toMatchObject({ nominated: false });
  });

  it('offers a self-study module its link instead of a search, and says who arranges the rest', async () => {
    expect(
      await sessionsFor(database.collections, catalogue, searcher(priya), ask({ modules: ['IS-EL'] }), now),
    ).toEqual({
      kind: 'self-study',
      course: expect.objectContaining({ code: 'IS-EL', link: expect.stringMatching(/^https:/) }),
    });
    expect(
      await sessionsFor(database.collections, catalogue, searcher(priya), ask({ modules: ['LP03'] }), now),
    ).toMatchObject({
      kind: 'arranged',
      coordinator: { name: 'Chloe Brown' },
    });
  });
});
