import { randomBytes } from 'node:crypto';
import { connectDatabase, type Database } from '../../../services/storage/database';
import { recentOrganisationChoices } from '../../../services/storage/recentReads';
import { testMongoUri } from '../../support/testDatabase';

// Someone not on the roster meets the onboarding card, with its organisation list, on every message: the list is
// read once a minute per process, not on every turn.

const organisation = (name: string) => ({
  _id: name.toLowerCase(),
  name,
  accredited: true,
  updatedAt: new Date('2026-11-01T00:00:00Z'),
});

describe('the organisations the onboarding card offers', () => {
  let database: Database;
  beforeAll(async () => {
    // A client of its own that reports each command it sends.
    const uri = new URL(testMongoUri());
    uri.searchParams.set('monitorCommands', 'true');
    database = await connectDatabase(uri.toString(), `test_recentReads_${randomBytes(4).toString('hex')}`);
  });
  afterAll(async () => {
    await database.db.dropDatabase();
    await database.close();
  });

  it('reads the names and the count once, then answers from memory for a minute', async () => {
    const { collections } = database;
    await collections.organisations.insertMany([organisation('Brightstart'), organisation('Northdale')]);
    let commands = 0;
    database.client.on('commandStarted', () => (commands += 1));

    const first = await recentOrganisationChoices(collections, 15);
    const readsForFirst = commands;
    await collections.organisations.insertOne(organisation('Riverside'));
    const insertCommands = commands - readsForFirst;
    const second = await recentOrganisationChoices(collections, 15);

    expect(first).toEqual({ names: ['Brightstart', 'Northdale'], count: 2 });
    expect(readsForFirst).toBeGreaterThan(0);
    expect(second).toEqual(first);
    expect(commands - readsForFirst - insertCommands).toBe(0);
  });
});
