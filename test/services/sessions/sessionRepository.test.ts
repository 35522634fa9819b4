import { findUpcomingSessions } from '../../../services/sessions/sessionRepository';
import type { Session } from '../../../services/sessions/session';
import { openTestDatabase } from '../../support/testDatabase';

const now = new Date('2026-11-23T09:00:00Z');
const day = 24 * 60 * 60 * 1000;

function session(id: string, inDays: number, extra: Partial<Session> = {}): Session {
  const start = new Date(now.getTime() + inDays * day);
  return {
    _id: id,
    course: 'CP',
    start,
    end: new Date(start.getTime() + 3.5 * 60 * 60 * 1000),
    venue: 'Civic Centre',
    capacity: 14,
    booked: 0,
    updatedAt: now,
    ...extra,
  };
}

describe('finding upcoming sessions', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('session_repository');
    await database.collections.sessions.insertMany([
      session('past', -1, { accessRoute: 'care-first' }),
      session('care-first-open', 3, { accessRoute: 'care-first' }),
      session('care-first-managers', 2, { accessRoute: 'care-first', audience: 'manager' }),
      session('care-first-practitioners', 5, { accessRoute: 'care-first', audience: 'practitioner' }),
      session('web', 4, { accessRoute: 'web-browser' }),
      session('is02', 6, { course: 'IS02' }),
      session('far', 60, { accessRoute: 'care-first' }),
    ]);
  });
  afterAll(() => database.drop());

  const ids = (sessions: Session[]) => sessions.map((s) => s._id);

  it('gives a course’s future sessions on one access route, for one audience and for anyone, soonest first', async () => {
    const found = await findUpcomingSessions(database.collections, {
      from: now,
      course: 'CP',
      accessRoute: 'care-first',
      audience: 'practitioner',
      limit: 10,
    });
    expect(ids(found)).toEqual(['care-first-open', 'care-first-practitioners', 'far']);
  });

  it('stops at `until` and at the limit', async () => {
    const window = await findUpcomingSessions(database.collections, {
      from: now,
      until: new Date(now.getTime() + 30 * day),
      limit: 10,
    });
    expect(ids(window)).toEqual([
      'care-first-managers',
      'care-first-open',
      'web',
      'care-first-practitioners',
      'is02',
    ]);
    expect(ids(await findUpcomingSessions(database.collections, { from: now, limit: 2 }))).toEqual([
      'care-first-managers',
      'care-first-open',
    ]);
  });
});
