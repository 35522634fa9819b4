import { grantPermission, revokePermission } from '../../../services/people/permissions';
import { findByAadObjectId } from '../../../services/people/staffProfileRepository';
import type { StaffProfile } from '../../../services/people/staffProfile';
import { openTestDatabase } from '../../support/testDatabase';

const CHLOE: StaffProfile = {
  _id: '11111111-1111-4111-8111-000000000003',
  name: 'Chloe Brown',
  audience: 'senior-manager',
  organisation: "Northdale Children's Services",
  serviceGroup: 'local-authority',
  accessRoute: 'capita-one',
  contactPointUser: false,
  itCompetence: false,
  identityChecked: false,
  permissions: [],
  completed: [],
  source: 'roster',
  updatedAt: new Date('2026-01-01T00:00:00Z'),
};
const later = () => new Date('2026-05-06T10:00:00Z');

describe('granting and revoking permissions', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('permissions');
    await database.collections.people.insertOne(CHLOE);
  });
  afterAll(() => database.drop());

  it('grants a permission once, whatever the case of the id, and says when nothing changed', async () => {
    const first = await grantPermission(database.collections, CHLOE._id.toUpperCase(), 'coordinator', later);
    expect(first).toEqual({
      ok: true,
      changed: true,
      person: { _id: CHLOE._id, name: 'Chloe Brown', audience: 'senior-manager' },
    });
    expect(await grantPermission(database.collections, CHLOE._id, 'coordinator')).toMatchObject({
      ok: true,
      changed: false,
    });
    expect(await findByAadObjectId(database.collections, CHLOE._id)).toMatchObject({
      permissions: ['coordinator'],
      updatedAt: later(),
    });
  });

  it('revokes a permission and leaves the others', async () => {
    await grantPermission(database.collections, CHLOE._id, 'trainer');
    expect(await revokePermission(database.collections, CHLOE._id, 'coordinator')).toMatchObject({
      ok: true,
      changed: true,
    });
    expect(await revokePermission(database.collections, CHLOE._id, 'coordinator')).toMatchObject({
      ok: true,
      changed: false,
    });
    expect((await findByAadObjectId(database.collections, CHLOE._id))?.permissions).toEqual(['trainer']);
  });

  it('answers unknown_person for someone not on the roster and creates no one', async () => {
    const stranger = '11111111-1111-4111-8111-000000000005';
    expect(await grantPermission(database.collections, stranger, 'trainer')).toEqual({
      ok: false,
      reason: 'unknown_person',
    });
    expect(await revokePermission(database.collections, stranger, 'trainer')).toEqual({
      ok: false,
      reason: 'unknown_person',
    });
    expect(await database.collections.people.countDocuments()).toBe(1);
  });
});
