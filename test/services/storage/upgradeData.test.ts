import { findByEmail } from '../../../services/people/staffProfileRepository';
import { searchOrganisations } from '../../../services/people/organisationRepository';
import { upgradeData } from '../../../services/storage/upgradeData';
import { staffProfile as profile } from '../../support/people';
import { openTestDatabase } from '../../support/testDatabase';

const now = new Date('2026-11-23T09:00:00Z');

describe('upgrading data written by earlier versions', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('upgrade_data');
    // As an earlier version left them: no data version, mixed-case emails, no search words, claims linked.
    await database.collections.meta.deleteMany({});
    await database.collections.people.insertMany([
      profile('legacy', { email: 'Legacy.Person@Example.ORG' }),
      profile('claimant', { source: 'self-declared', managerAadObjectId: 'legacy' }),
    ]);
    await database.collections.organisations.insertOne({
      _id: "st mary's primary",
      name: "St Mary's Primary",
      accredited: true,
      updatedAt: now,
    });
    await upgradeData(database.collections, now);
  });
  afterAll(() => database.drop());

  it('stores emails in lower case so they are found whatever the case typed', async () => {
    expect((await findByEmail(database.collections, 'LEGACY.person@example.org'))?._id).toBe('legacy');
  });

  it('gives organisations the words their search reads', async () => {
    expect((await searchOrganisations(database.collections, 'primary', 15)).map((o) => o.name)).toEqual([
      "St Mary's Primary",
    ]);
  });

  it('unlinks a self-declared person from the manager they only claimed', async () => {
    expect(
      (await database.collections.people.findOne({ _id: 'claimant' }))?.managerAadObjectId,
    ).toBeUndefined();
  });

  it('runs once: a later start-up reads only the stored version', async () => {
    await database.collections.people.insertOne(profile('later', { email: 'Later@Example.ORG' }));
    await upgradeData(database.collections, now);
    expect((await database.collections.people.findOne({ _id: 'later' }))?.email).toBe('Later@Example.ORG');
    expect(await database.collections.meta.findOne({ _id: 'data' })).toMatchObject({ version: 1 });
  });
});
