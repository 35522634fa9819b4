import { openTestDatabase } from '../../support/testDatabase';

describe('the test database server', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('atomicity');
  });
  afterAll(() => database.drop());

  it('confirms no more places than capacity under 200 concurrent conditional increments', async () => {
    const seats = database.db.collection<{ _id: string; booked: number }>('seats');
    await seats.insertOne({ _id: 'session-1', booked: 0 });

    const results = await Promise.all(
      Array.from({ length: 200 }, () =>
        seats.updateOne({ _id: 'session-1', booked: { $lt: 50 } }, { $inc: { booked: 1 } }),
      ),
    );

    expect(results.filter((r) => r.modifiedCount === 1)).toHaveLength(50);
    expect(await seats.findOne({ _id: 'session-1' })).toEqual({ _id: 'session-1', booked: 50 });
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
