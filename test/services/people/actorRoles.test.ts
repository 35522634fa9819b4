import { randomBytes } from 'node:crypto';
import { MongoClient, type CommandStartedEvent } from 'mongodb';
import { identifyActor } from '../../../services/people/actorRoles';
import { collectionsOf, ensureIndexes, type Collections } from '../../../services/storage/collections';
import { staffProfile as profile } from '../../support/people';
import { testMongoUri } from '../../support/testDatabase';

// Who is asking is worked out on every turn, so it costs one database round trip (issue 12 §8), whatever the
// person's roles.

describe('identifying who is asking', () => {
  const dbName = `test_actor_roles_${randomBytes(4).toString('hex')}`;
  let client: MongoClient;
  let collections: Collections;
  const commands: string[] = [];

  beforeAll(async () => {
    client = new MongoClient(testMongoUri(), { monitorCommands: true });
    await client.connect();
    collections = collectionsOf(client.db(dbName));
    await ensureIndexes(collections);
    await collections.people.insertMany([
      profile('lead', { audience: 'practitioner' }),
      profile('report', { managerAadObjectId: 'lead' }),
      profile('claimed-lead'),
      // Naming a manager on one's own card is a claim, not a line report of record.
      profile('claimant', { source: 'self-declared', managerAadObjectId: 'claimed-lead' }),
      profile('senior', { audience: 'senior-manager' }),
      profile('coordinator', { permissions: ['coordinator'] }),
      profile('self-declared-trainer', { source: 'self-declared', audience: 'trainer' }),
    ]);
    client.on('commandStarted', (event: CommandStartedEvent) => commands.push(event.commandName));
  });
  afterAll(async () => {
    await client.db(dbName).dropDatabase();
    await client.close();
  });

  const roles = async (aadObjectId: string) => {
    const actor = await identifyActor(collections, aadObjectId);
    return {
      onRoster: Boolean(actor.profile),
      manager: actor.isManager,
      coordinator: actor.isCoordinator,
      trainer: actor.isTrainer,
    };
  };

  it.each([
    ['lead', { onRoster: true, manager: true, coordinator: false, trainer: false }],
    ['report', { onRoster: true, manager: false, coordinator: false, trainer: false }],
    ['claimed-lead', { onRoster: true, manager: false, coordinator: false, trainer: false }],
    ['senior', { onRoster: true, manager: true, coordinator: false, trainer: false }],
    ['coordinator', { onRoster: true, manager: false, coordinator: true, trainer: false }],
    ['self-declared-trainer', { onRoster: true, manager: false, coordinator: false, trainer: false }],
    ['stranger', { onRoster: false, manager: false, coordinator: false, trainer: false }],
  ])('sees %s as %j, in one round trip', async (aadObjectId, expected) => {
    commands.length = 0;
    expect(await roles(aadObjectId)).toEqual(expected);
    expect(commands).toHaveLength(1);
  });

  it('returns the whole stored profile', async () => {
    const actor = await identifyActor(collections, 'report');
    expect(actor.profile).toEqual(await collections.people.findOne({ _id: 'report' }));
  });
});
