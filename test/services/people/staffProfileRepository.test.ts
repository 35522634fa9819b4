import { AUDIT_KEPT, findByEmail, saveSelfDeclared } from '../../../services/people/staffProfileRepository';
import { staffProfile as profile } from '../../support/people';
import { openTestDatabase } from '../../support/testDatabase';

const now = new Date('2026-11-23T09:00:00Z');

describe('staff profile repository', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('staff_repository');
    await database.collections.people.insertMany([
      profile('a', { email: 'mark.evans@northdale.example.gov.uk' }),
      profile('b', { email: 'mark+evans@northdale.example.gov.uk' }),
    ]);
  });
  afterAll(() => database.drop());

  it('finds a person by email whatever the case typed, treating the address literally', async () => {
    expect((await findByEmail(database.collections, 'Mark.Evans@NORTHDALE.example.gov.uk'))?._id).toBe('a');
    expect((await findByEmail(database.collections, 'mark+evans@northdale.example.gov.uk'))?._id).toBe('b');
    expect(await findByEmail(database.collections, 'mark.evans@northdale')).toBeNull();
    expect(await findByEmail(database.collections, '.*')).toBeNull();
  });

  const declared = {
    audience: 'trainer' as const,
    organisation: 'Elsewhere',
    serviceGroup: 'health' as const,
    accessRoute: 'web-browser' as const,
    contactPointUser: false,
  };

  it('saves and updates a self-declared profile but never touches a roster one', async () => {
    const person = { aadObjectId: 'new', name: 'New Person' };
    expect(
      await saveSelfDeclared(database.collections, person, { ...declared, audience: 'practitioner' }, now),
    ).toBe('saved');
    expect(await saveSelfDeclared(database.collections, person, declared, now)).toBe('saved');
    expect(await database.collections.people.findOne({ _id: 'new' })).toMatchObject({
      audience: 'trainer',
      source: 'self-declared',
      permissions: [],
      completed: [],
    });

    const before = await database.collections.people.findOne({ _id: 'a' });
    expect(await saveSelfDeclared(database.collections, { aadObjectId: 'a', name: 'X' }, declared, now)).toBe(
      'on_roster',
    );
    expect(await database.collections.people.findOne({ _id: 'a' })).toEqual(before);
  });

  it('keeps only the newest audit entries however often a person saves their details', async () => {
    const person = { aadObjectId: 'keen', name: 'Keen Person' };
    for (let i = 0; i < AUDIT_KEPT + 5; i += 1)
      await saveSelfDeclared(database.collections, person, declared, now);
    expect((await database.collections.people.findOne({ _id: 'keen' }))?.audit).toHaveLength(AUDIT_KEPT);
  });
});
