import { listUnreachable, markReachable, markUnreachable } from '../../../services/people/reachability';
import { staffProfile } from '../../support/people';
import { openTestDatabase } from '../../support/testDatabase';

// Issue 13 item 7: people the bot could not reach in Teams, for a coordinator to contact another way.

describe('who the bot could not reach', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('reachability');
    await database.collections.people.insertMany(
      ['aad-ann', 'aad-ben', 'aad-cat'].map((id) => staffProfile(id, { name: id.slice(4) })),
    );
  });
  afterAll(() => database.drop());

  const at = (hour: number) => new Date(Date.UTC(2026, 10, 23, hour));

  it('lists the people marked, most recent first, and forgets them once reached', async () => {
    await markUnreachable(database.collections, 'aad-ann', '403 BotNotInConversationRoster', at(9));
    await markUnreachable(database.collections, 'aad-cat', '404 ConversationNotFound', at(11));

    expect(await listUnreachable(database.collections)).toEqual([
      {
        _id: 'aad-cat',
        name: 'cat',
        organisation: 'Northdale',
        unreachable: { at: at(11), reason: '404 ConversationNotFound' },
      },
      {
        _id: 'aad-ann',
        name: 'ann',
        organisation: 'Northdale',
        unreachable: { at: at(9), reason: '403 BotNotInConversationRoster' },
      },
    ]);

    await markReachable(database.collections, 'aad-cat');

    expect((await listUnreachable(database.collections)).map((person) => person._id)).toEqual(['aad-ann']);
  });

  it('keeps only the latest failure for a person, in one document', async () => {
    await markUnreachable(database.collections, 'aad-ben', 'first', at(8));
    await markUnreachable(database.collections, 'aad-ben', 'second', at(12));

    const ben = await database.collections.people.findOne({ _id: 'aad-ben' });
    expect(ben?.unreachable).toEqual({ at: at(12), reason: 'second' });
  });

  it('marks no one for someone not on the roster', async () => {
    await markUnreachable(database.collections, 'aad-stranger', 'x', at(9));
    expect(await database.collections.people.countDocuments({ _id: 'aad-stranger' })).toBe(0);
  });

  it.each([{ $ne: 'x' }, { $gt: '' }])('refuses an id that is not a string: %j', async (id) => {
    await expect(markUnreachable(database.collections, id as never, 'x', at(9))).rejects.toThrow(TypeError);
    await expect(markReachable(database.collections, id as never)).rejects.toThrow(TypeError);
  });
});
