import { bookSession } from '../../../services/booking/bookSession';
import { decideBooking } from '../../../services/booking/decideBooking';
import { DEFAULT_BOOKING_RULES as RULES } from '../../../services/booking/bookingRules';
import { loadCatalogue } from '../../../services/catalogue/loadCatalogue';
import type { Actor } from '../../../services/people/actorRoles';
import type { ManagerDirectory } from '../../../services/people/managerDirectory';
import type { StaffProfile } from '../../../services/people/staffProfile';
import { openTestDatabase } from '../../support/testDatabase';
import { COORDINATOR, cpSession, MANAGER, NOW, readyPractitioner, seedOrganisation } from './bookingFixtures';

// Issue 13 item 5: when the roster names no line manager, the directory's manager decides that held place.

const catalogue = loadCatalogue();
let database: Awaited<ReturnType<typeof openTestDatabase>>;
const collections = () => database.collections;
const DANA = { aadObjectId: 'dir-dana', name: 'Dana Lee' };
const noRosterManager = (id: string) => readyPractitioner(id, { managerAadObjectId: undefined });

function book(
  profile: StaffProfile,
  sessionId: string,
  managerOf?: ManagerDirectory['managerOf'],
  nominated = false,
) {
  return bookSession(
    collections(),
    catalogue,
    { profile, sessionId, actor: { by: profile._id, byName: profile.name }, managerOf, nominated },
    RULES,
    NOW,
  );
}

/** Someone pressing Approve who may have no profile at all (the directory's manager need not be on the roster). */
function actor(
  aadObjectId: string,
  name: string,
  profile: StaffProfile | null = null,
): Actor & { name: string } {
  return {
    aadObjectId,
    profile,
    placesHeld: [],
    isManager: false,
    isCoordinator: false,
    isTrainer: false,
    name,
  };
}

const approve = (bookingId: string, by: Actor & { name: string }) =>
  decideBooking(collections(), bookingId, 'approve', by, RULES, NOW);

beforeEach(async () => {
  database = await openTestDatabase('booking_directory');
  await seedOrganisation(collections());
  await collections().people.insertMany([MANAGER, COORDINATOR]);
  await collections().sessions.insertMany([cpSession('s1'), cpSession('full', { capacity: 1, booked: 1 })]);
});
afterEach(() => database.drop());

describe('a held place when the roster names no line manager', () => {
  it("records the directory's manager as the approver, from Graph, and lets her decide without a profile", async () => {
    const outcome = await book(noRosterManager('p1'), 's1', async () => DANA);
    expect(outcome).toMatchObject({
      ok: true,
      managerAadObjectId: DANA.aadObjectId,
      booking: {
        state: 'held',
        managerAadObjectId: DANA.aadObjectId,
        managerSource: 'graph',
        managerName: 'Dana Lee',
      },
    });
    const id = outcome.ok ? outcome.booking._id : '';
    const stranger = await approve(id, actor('someone', 'Sam'));
    expect(stranger).toMatchObject({ ok: false, reason: 'not_allowed' });
    const mark = await approve(id, { ...actor(MANAGER._id, MANAGER.name, MANAGER), isManager: true });
    expect(mark).toMatchObject({ ok: false, reason: 'not_allowed' });
    const dana = await approve(id, actor(DANA.aadObjectId, DANA.name));
    expect(dana).toMatchObject({
      ok: true,
      booking: { state: 'confirmed', decision: { byName: 'Dana Lee' } },
    });
  });

  it('goes back to the roster once it names a manager: the directory no longer decides', async () => {
    await collections().people.insertOne(noRosterManager('p1'));
    const outcome = await book(noRosterManager('p1'), 's1', async () => DANA);
    await collections().people.updateOne({ _id: 'p1' }, { $set: { managerAadObjectId: MANAGER._id } });
    const id = outcome.ok ? outcome.booking._id : '';
    const dana = await approve(id, actor(DANA.aadObjectId, DANA.name));
    expect(dana).toMatchObject({ ok: false, reason: 'not_allowed' });
    const mark = await approve(id, { ...actor(MANAGER._id, MANAGER.name, MANAGER), isManager: true });
    expect(mark).toMatchObject({ ok: true });
  });

  it.each([
    ['the directory names no manager', async () => undefined],
    ['the directory fails', async () => Promise.reject(new Error('unreachable'))],
    ['the directory names the person themselves', async () => ({ aadObjectId: 'p1', name: 'Person p1' })],
  ])('leaves it to a coordinator when %s', async (_, managerOf) => {
    const outcome = await book(noRosterManager('p1'), 's1', managerOf);
    expect(outcome.ok && outcome.booking.state).toBe('held');
    expect(outcome.ok && outcome.booking).not.toHaveProperty('managerAadObjectId');
    expect(outcome.ok && outcome.booking).not.toHaveProperty('managerSource');
  });

  it('asks the directory only for a held place with no roster manager', async () => {
    const asked: string[] = [];
    const managerOf = async (id: string) => {
      asked.push(id);
      return DANA;
    };
    const rostered = await book(readyPractitioner('p-roster'), 's1', managerOf);
    expect(rostered.ok && rostered.booking).toMatchObject({ managerAadObjectId: MANAGER._id });
    expect(rostered.ok && rostered.booking).not.toHaveProperty('managerSource');
    const waiting = await book(noRosterManager('p-wait'), 'full', managerOf);
    expect(waiting.ok && waiting.booking.state).toBe('waitlisted');
    expect(asked).toEqual([]);
  });
});
