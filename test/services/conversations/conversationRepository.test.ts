import { conversationRepository } from '../../../services/conversations/conversationRepository';
import { openTestDatabase } from '../../support/testDatabase';

// The repository filters only by string ids, whatever reaches it: an object such as {"$ne": "x"} would be read
// by MongoDB as a query operator and match other people's records (issue 11, item 1).

const now = new Date('2026-11-23T09:00:00Z');
const operators = [{ $ne: 'x' }, { $gt: '' }, { $exists: true }, ['personal-a']];

describe('the conversation repository', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let repository: ReturnType<typeof conversationRepository>;
  beforeAll(async () => {
    database = await openTestDatabase('conversation_repository');
    repository = conversationRepository(database.collections);
    for (const id of ['a', 'b', 'c']) {
      await repository.save(
        { _id: `personal-${id}`, aadObjectId: `aad-${id}`, conversationType: 'personal', reference: {} },
        now,
      );
    }
  });
  afterAll(() => database.drop());

  const count = () => database.collections.conversations.countDocuments({});

  it('removes the one conversation a string id names', async () => {
    await repository.save({ _id: 'personal-gone', conversationType: 'personal', reference: {} }, now);
    await repository.remove('personal-gone');
    expect(await database.collections.conversations.findOne({ _id: 'personal-gone' })).toBeNull();
    expect(await count()).toBe(3);
  });

  it.each(operators)('refuses to remove by %j, and deletes nothing', async (id) => {
    await expect(repository.remove(id as never)).rejects.toThrow(TypeError);
    expect(await count()).toBe(3);
  });

  it.each(operators)('refuses to look up or save by %j', async (id) => {
    await expect(repository.findPersonal(id as never)).rejects.toThrow(TypeError);
    await expect(repository.list(10, id as never)).rejects.toThrow(TypeError);
    await expect(repository.findLatest(id as never)).rejects.toThrow(TypeError);
    await expect(
      repository.save({ _id: id as never, conversationType: 'personal', reference: {} }, now),
    ).rejects.toThrow(TypeError);
    expect(await count()).toBe(3);
    expect(await database.collections.conversations.countDocuments({ updatedAt: { $ne: now } })).toBe(0);
  });
});

// Issue 12 §8: a message from someone already stored writes nothing; only a new or changed conversation does.
describe('saving a conversation', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let repository: ReturnType<typeof conversationRepository>;
  beforeAll(async () => {
    database = await openTestDatabase('conversation_saves');
    repository = conversationRepository(database.collections);
  });
  afterAll(() => database.drop());

  const later = new Date('2026-11-24T09:00:00Z');
  const record = (serviceUrl: string) => ({
    _id: 'personal-x',
    aadObjectId: 'aad-x',
    conversationType: 'personal' as const,
    tenantId: 't',
    reference: { serviceUrl, user: { id: '29:x', aadObjectId: 'aad-x' }, channelId: 'msteams' },
  });
  const stored = () => database.collections.conversations.findOne({ _id: 'personal-x' });

  it('inserts a new conversation, then writes nothing for the same details however their fields are ordered', async () => {
    expect(await repository.save(record('https://smba.example/emea/'), now)).toEqual({
      isNew: true,
      written: true,
    });
    const reordered = {
      reference: {
        channelId: 'msteams',
        user: { aadObjectId: 'aad-x', id: '29:x' },
        serviceUrl: 'https://smba.example/emea/',
      },
      tenantId: 't',
      conversationType: 'personal' as const,
      aadObjectId: 'aad-x',
      _id: 'personal-x',
    };
    expect(await repository.save(reordered, later)).toEqual({ isNew: false, written: false });
    expect((await stored())?.updatedAt).toEqual(now);
  });

  it('rewrites changed details and says when', async () => {
    expect(await repository.save(record('https://smba.example/uk/'), later)).toEqual({
      isNew: false,
      written: true,
    });
    expect(await stored()).toMatchObject({
      reference: { serviceUrl: 'https://smba.example/uk/' },
      updatedAt: later,
    });
  });

  it('brings a record stored before fingerprints up to date once', async () => {
    await database.collections.conversations.replaceOne(
      { _id: 'personal-x' },
      { ...record('https://smba.example/uk/'), updatedAt: now },
    );
    expect(await repository.save(record('https://smba.example/uk/'), later)).toEqual({
      isNew: false,
      written: true,
    });
    expect(await repository.save(record('https://smba.example/uk/'), later)).toEqual({
      isNew: false,
      written: false,
    });
  });
});

// Issue 13 item 7: to start a chat with someone new, the bot takes where Teams is from the latest conversation.
describe('the latest conversation', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let repository: ReturnType<typeof conversationRepository>;
  beforeAll(async () => {
    database = await openTestDatabase('conversation_latest');
    repository = conversationRepository(database.collections);
  });
  afterAll(() => database.drop());

  const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));
  const saveIn = (id: string, tenantId: string, day: number) =>
    repository.save({ _id: id, conversationType: 'personal', tenantId, reference: { id } }, at(day));

  it('is none while nothing is stored', async () => {
    expect(await repository.findLatest()).toBeNull();
    expect(await repository.findLatest('tenant-a')).toBeNull();
  });

  it('is the one stored or changed most recently, overall or within a tenant', async () => {
    await saveIn('older-a', 'tenant-a', 20);
    await saveIn('newer-a', 'tenant-a', 22);
    await saveIn('newest-b', 'tenant-b', 23);
    await saveIn('oldest-a', 'tenant-a', 19);

    expect((await repository.findLatest())?._id).toBe('newest-b');
    expect((await repository.findLatest('tenant-a'))?._id).toBe('newer-a');
    expect(await repository.findLatest('tenant-c')).toBeNull();
  });
});
