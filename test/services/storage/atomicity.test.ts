import { takeSeat } from '../../../services/booking/seats';
import { openTestDatabase } from '../../support/testDatabase';

describe('the test database server', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('atomicity');
  });
  afterAll(() => database.drop());

  it('confirms no more places than capacity under 200 concurrent one-seat holds', async () => {
    // The product's own seat code, not an inline update: this fails if takeSeat ever loses its condition.
    const now = new Date('2026-11-23T09:00:00Z');
    await database.collections.sessions.insertOne({
      _id: 'session-1',
      course: 'CP',
      start: new Date('2026-12-01T09:30:00Z'),
      end: new Date('2026-12-01T13:00:00Z'),
      venue: 'Civic Centre',
      capacity: 50,
      booked: 0,
      updatedAt: now,
    });

    const results = await Promise.all(
      Array.from({ length: 200 }, () => takeSeat(database.collections, 'session-1', now)),
    );

    expect(results.filter((held) => held)).toHaveLength(50);
    expect(await database.collections.sessions.findOne({ _id: 'session-1' })).toMatchObject({
      capacity: 50,
      booked: 50,
    });
  });

  it('rejects a duplicate key on a unique index', async () => {
    const things = database.db.collection<{ ref: string }>('things');
    await things.createIndex({ ref: 1 }, { unique: true });
    await things.insertOne({ ref: 'A' });
    await expect(things.insertOne({ ref: 'A' })).rejects.toMatchObject({ code: 11000 });
  });

  it('creates the product indexes idempotently', async () => {
    const { ensureIndexes } = await import('../../../services/storage/collections');
    await ensureIndexes(database.collections);
    await ensureIndexes(database.collections);
    const names = (await database.collections.people.indexes()).map((index) => index.name);
    expect(names).toEqual(expect.arrayContaining(['by_manager_of_record', 'by_email', 'by_source_name']));
  });
});

describe('seats taken by presses in flight together', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  const now = new Date('2026-11-23T09:00:00Z');
  const start = new Date('2026-12-01T09:30:00Z');
  const session = (id: string, booked: number, capacity: number) => ({
    _id: id,
    course: 'CP',
    start,
    end: new Date('2026-12-01T13:00:00Z'),
    venue: 'Civic Centre',
    capacity,
    booked,
    updatedAt: now,
  });
  beforeAll(async () => {
    database = await openTestDatabase('seat_groups');
  });
  afterAll(() => database.drop());

  it('gives the few seats left to as many presses as fit, and no more', async () => {
    await database.collections.sessions.insertOne(session('nearly-full', 7, 10));
    const taken = await Promise.all(
      Array.from({ length: 40 }, () => takeSeat(database.collections, 'nearly-full', now)),
    );
    expect(taken.filter(Boolean)).toHaveLength(3);
    expect((await database.collections.sessions.findOne({ _id: 'nearly-full' }))?.booked).toBe(10);
  });

  it('takes no seat for presses decided on facts the session no longer has', async () => {
    await database.collections.sessions.insertOne(session('moved', 0, 10));
    const decidedOn = {
      course: 'CP',
      start: new Date('2026-12-02T09:30:00Z'),
      accessRoute: undefined,
      audience: undefined,
    };
    const taken = await Promise.all(
      Array.from({ length: 5 }, () => takeSeat(database.collections, 'moved', now, decidedOn)),
    );
    expect(taken.filter(Boolean)).toHaveLength(0);
    expect((await database.collections.sessions.findOne({ _id: 'moved' }))?.booked).toBe(0);
  });
});
