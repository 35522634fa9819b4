import { findByEmail, saveSelfDeclared } from '../../../services/people/staffProfileRepository';
import type { StaffProfile } from '../../../services/people/staffProfile';
import { openTestDatabase } from '../../support/testDatabase';

const now = new Date('2026-11-23T09:00:00Z');

function profile(id: string, extra: Partial<StaffProfile> = {}): StaffProfile {
  return {
    _id: id,
    name: 'Test Person',
    audience: 'practitioner',
    organisation: 'Northdale',
    serviceGroup: 'health',
    accessRoute: 'web-browser',
    contactPointUser: false,
    itCompetence: false,
    identityChecked: false,
    permissions: [],
    completed: [],
    source: 'roster',
    updatedAt: now,
    ...extra,
  };
}

describe('staff profile repository', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('staff_repository');
    await database.collections.people.insertMany([
      profile('a', { email: 'Mark.Evans@northdale.example.gov.uk' }),
      profile('b', { email: 'mark+evans@northdale.example.gov.uk' }),
    ]);
  });
  afterAll(() => database.drop());

  it('finds a person by email whatever the case, treating the address literally', async () => {
    expect((await findByEmail(database.collections, 'mark.evans@NORTHDALE.example.gov.uk'))?._id).toBe('a');
    expect((await findByEmail(database.collections, 'mark+evans@northdale.example.gov.uk'))?._id).toBe('b');
    expect(await findByEmail(database.collections, 'mark.evans@northdale')).toBeNull();
    expect(await findByEmail(database.collections, '.*')).toBeNull();
  });

  it('saves and updates a self-declared profile but never touches a roster one', async () => {
    expect(await saveSelfDeclared(database.collections, profile('new', { source: 'self-declared' }))).toBe(
      'saved',
    );
    expect(
      await saveSelfDeclared(
        database.collections,
        profile('new', { source: 'self-declared', audience: 'trainer' }),
      ),
    ).toBe('saved');
    expect((await database.collections.people.findOne({ _id: 'new' }))?.audience).toBe('trainer');

    const before = await database.collections.people.findOne({ _id: 'a' });
    expect(
      await saveSelfDeclared(database.collections, profile('a', { source: 'self-declared', name: 'X' })),
    ).toBe('on_roster');
    expect(await database.collections.people.findOne({ _id: 'a' })).toEqual(before);
  });
});
