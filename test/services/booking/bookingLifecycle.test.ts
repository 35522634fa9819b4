import { bookSession } from '../../../services/booking/bookSession';
import { cancelBooking } from '../../../services/booking/cancelBooking';
import { cancelSession } from '../../../services/booking/cancelSession';
import { decideBooking } from '../../../services/booking/decideBooking';
import { lapseOverdueHolds } from '../../../services/booking/lapseOverdueHolds';
import { myBookings } from '../../../services/booking/myBookings';
import { nominateStaff } from '../../../services/booking/nominateStaff';
import { DEFAULT_BOOKING_RULES as RULES } from '../../../services/booking/bookingRules';
import { loadCatalogue } from '../../../services/catalogue/loadCatalogue';
import type { Actor } from '../../../services/people/actorRoles';
import type { StaffProfile } from '../../../services/people/staffProfile';
import { openTestDatabase } from '../../support/testDatabase';
import {
  COORDINATOR,
  cpSession,
  DAY,
  MANAGER,
  NOW,
  readyPractitioner,
  seedOrganisation,
} from './bookingFixtures';

// Issue 13 items 2-6: the booking lifecycle, each move one conditional update, seats never past capacity.

const catalogue = loadCatalogue();
let database: Awaited<ReturnType<typeof openTestDatabase>>;
const collections = () => database.collections;

function actorOf(profile: StaffProfile, roles: Partial<Actor> = {}): Actor & { name: string } {
  return {
    aadObjectId: profile._id,
    profile,
    placesHeld: [],
    isManager: false,
    isCoordinator: profile.permissions.includes('coordinator'),
    isTrainer: false,
    name: profile.name,
    ...roles,
  };
}
const managerActor = () => actorOf(MANAGER, { isManager: true });
const book = (profile: StaffProfile, sessionId: string, now = NOW) =>
  bookSession(
    collections(),
    catalogue,
    { profile, sessionId, actor: { by: profile._id, byName: profile.name } },
    RULES,
    now,
  );
const seatsTaken = async (id: string) => (await collections().sessions.findOne({ _id: id }))?.booked;

beforeEach(async () => {
  database = await openTestDatabase('booking');
  await seedOrganisation(collections());
  await collections().people.insertMany([MANAGER, COORDINATOR]);
});
afterEach(() => database.drop());

describe('booking a place', () => {
  it('holds a seat for the manager to approve, lapsing after 5 working days', async () => {
    await collections().sessions.insertOne(cpSession('s1'));
    const outcome = await book(readyPractitioner('p1'), 's1');
    expect(outcome).toMatchObject({ ok: true, booking: { state: 'held', managerAadObjectId: 'manager-1' } });
    // Tuesday 1 Dec + 5 working days = Tuesday 8 Dec, same time of day.
    expect(outcome.ok && outcome.booking.holdUntil).toEqual(new Date('2026-12-08T10:00:00Z'));
    expect(await seatsTaken('s1')).toBe(1);
  });

  it('puts the person on the waiting list when the session is full', async () => {
    await collections().sessions.insertOne(cpSession('s1', { capacity: 1, booked: 1 }));
    const outcome = await book(readyPractitioner('p1'), 's1');
    expect(outcome).toMatchObject({ ok: true, booking: { state: 'waitlisted' } });
    expect(await seatsTaken('s1')).toBe(1);
  });

  it('blocks a ContactPoint booking when the eCRB is under 3 years old today but not on the session date', async () => {
    const start = new Date('2027-03-01T09:30:00Z');
    await collections().sessions.insertOne(
      cpSession('s1', { start, end: new Date(start.getTime() + 3 * 3600_000) }),
    );
    const outcome = await book(readyPractitioner('p1', { ecrbIssued: '2024-02-01' }), 's1');
    expect(outcome).toMatchObject({ ok: false, reason: 'not_ready' });
    const failing = !outcome.ok && outcome.reason === 'not_ready' ? outcome.readiness.checks : [];
    expect(
      failing.filter((check) => check.status !== 'met').map((check) => [check.id, check.status]),
    ).toEqual([['ecrb', 'expires-before-session']]);
    expect(await collections().bookings.countDocuments()).toBe(0);
    expect(await seatsTaken('s1')).toBe(0);
  });

  it.each([
    ['a session on another system', cpSession('s1', { accessRoute: 'care-first' }), 'wrong_route'],
    ['a session for managers', cpSession('s1', { audience: 'manager' }), 'wrong_audience'],
    [
      'a session that has started',
      cpSession('s1', { start: new Date(NOW.getTime() - 60_000) }),
      'session_started',
    ],
    [
      'a cancelled session',
      cpSession('s1', { cancelled: { by: 'c', byName: 'C', at: NOW, reason: 'trainer ill' } }),
      'session_cancelled',
    ],
  ])('refuses %s and writes nothing', async (_, session, reason) => {
    await collections().sessions.insertOne(session);
    expect(await book(readyPractitioner('p1'), 's1')).toMatchObject({ ok: false, reason });
    expect(await collections().bookings.countDocuments()).toBe(0);
    expect(await seatsTaken('s1')).toBe(0);
  });

  it('refuses a session id that does not exist', async () => {
    expect(await book(readyPractitioner('p1'), 'nope')).toEqual({ ok: false, reason: 'session_not_found' });
  });

  it('has no readiness gate for a module session', async () => {
    await collections().sessions.insertOne(
      cpSession('is02', { course: 'IS02', accessRoute: undefined, audience: undefined }),
    );
    const outcome = await book(
      readyPractitioner('p1', { ecrbIssued: undefined, itCompetence: false }),
      'is02',
    );
    expect(outcome).toMatchObject({ ok: true, booking: { state: 'held', course: 'IS02' } });
  });

  it('keeps one active booking per person and course, even for 10 presses at once', async () => {
    await collections().sessions.insertMany([cpSession('s1'), cpSession('s2')]);
    const person = readyPractitioner('p1');
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) => book(person, i % 2 ? 's1' : 's2')),
    );
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === 'already_booked')).toHaveLength(9);
    expect(await collections().bookings.countDocuments()).toBe(1);
    expect((await seatsTaken('s1'))! + (await seatsTaken('s2'))!).toBe(1);
  });

  it('never seats more than capacity: 200 people on 12 seats at once', async () => {
    await collections().sessions.insertOne(cpSession('s1', { capacity: 12 }));
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, i) => book(readyPractitioner(`p${i}`), 's1')),
    );
    const states = outcomes.map((outcome) => (outcome.ok ? outcome.booking.state : outcome.reason));
    expect(states.filter((state) => state === 'held')).toHaveLength(12);
    expect(states.filter((state) => state === 'waitlisted')).toHaveLength(188);
    expect(await seatsTaken('s1')).toBe(12);
    expect(await collections().bookings.countDocuments({ sessionId: 's1', state: 'held' })).toBe(12);
  });
});

describe("the manager's decision", () => {
  beforeEach(() => collections().sessions.insertOne(cpSession('s1', { capacity: 1 })));

  it('approves once: a second press finds it decided and changes nothing', async () => {
    const held = await book(readyPractitioner('p1'), 's1');
    const id = held.ok ? held.booking._id : '';
    const first = await decideBooking(collections(), id, 'approve', managerActor(), RULES, NOW);
    expect(first).toMatchObject({
      ok: true,
      booking: { state: 'confirmed', decision: { byName: 'Mark Evans' } },
    });
    const second = await decideBooking(collections(), id, 'decline', managerActor(), RULES, NOW);
    expect(second).toMatchObject({ ok: false, reason: 'already_decided', booking: { state: 'confirmed' } });
    const stored = await collections().bookings.findOne({ _id: id });
    expect(stored?.audit.map((entry) => [entry.from, entry.to, entry.byName])).toEqual([
      [null, 'held', 'Person p1'],
      ['held', 'confirmed', 'Mark Evans'],
    ]);
  });

  it('lets exactly one of two approvers win when they press together', async () => {
    const held = await book(readyPractitioner('p1'), 's1');
    const id = held.ok ? held.booking._id : '';
    const [a, b] = await Promise.all([
      decideBooking(collections(), id, 'approve', managerActor(), RULES, NOW),
      decideBooking(collections(), id, 'decline', actorOf(COORDINATOR), RULES, NOW, 'no cover'),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const stored = await collections().bookings.findOne({ _id: id });
    expect(stored?.audit).toHaveLength(2);
    expect(await seatsTaken('s1')).toBe(stored?.state === 'confirmed' ? 1 : 0);
  });

  it('refuses anyone but the manager of record or a coordinator', async () => {
    const held = await book(readyPractitioner('p1'), 's1');
    const id = held.ok ? held.booking._id : '';
    const colleague = readyPractitioner('p2');
    const refused = await decideBooking(
      collections(),
      id,
      'approve',
      actorOf(colleague, { isManager: true }),
      RULES,
      NOW,
    );
    expect(refused).toMatchObject({ ok: false, reason: 'not_allowed' });
    expect((await collections().bookings.findOne({ _id: id }))?.state).toBe('held');
  });

  it('declining gives the seat to the first person waiting, who then waits for approval', async () => {
    const held = await book(readyPractitioner('p1'), 's1');
    const waiting = await book(readyPractitioner('p2'), 's1');
    await book(readyPractitioner('p3'), 's1', new Date(NOW.getTime() + 60_000));
    expect(waiting).toMatchObject({ ok: true, booking: { state: 'waitlisted' } });
    const declined = await decideBooking(
      collections(),
      held.ok ? held.booking._id : '',
      'decline',
      managerActor(),
      RULES,
      NOW,
      'cannot release you that day',
    );
    expect(declined).toMatchObject({
      ok: true,
      booking: { state: 'declined', decision: { reason: 'cannot release you that day' } },
    });
    expect(declined.ok && declined.freed?.promoted.map((b) => [b.person.aadObjectId, b.state])).toEqual([
      ['p2', 'held'],
    ]);
    expect(await seatsTaken('s1')).toBe(1);
  });

  it('a declined person can book the course again', async () => {
    const held = await book(readyPractitioner('p1'), 's1');
    await decideBooking(
      collections(),
      held.ok ? held.booking._id : '',
      'decline',
      managerActor(),
      RULES,
      NOW,
    );
    expect(await book(readyPractitioner('p1'), 's1')).toMatchObject({ ok: true, booking: { state: 'held' } });
  });
});

describe('cancelling, lapsing and the waiting list', () => {
  it('cancels up to 2 working days before the session; after that only a coordinator can', async () => {
    // Session on Monday 21 Dec: the cut-off is Thursday 17 Dec, same time.
    const start = new Date('2026-12-21T09:30:00Z');
    await collections().sessions.insertOne(
      cpSession('s1', { start, end: new Date(start.getTime() + 3 * 3600_000) }),
    );
    const person = readyPractitioner('p1');
    const held = await book(person, 's1');
    const id = held.ok ? held.booking._id : '';
    const late = await cancelBooking(
      collections(),
      id,
      actorOf(person),
      RULES,
      new Date('2026-12-17T09:31:00Z'),
    );
    expect(late).toMatchObject({
      ok: false,
      reason: 'past_cutoff',
      cutoff: new Date('2026-12-17T09:30:00Z'),
    });
    const byCoordinator = await cancelBooking(
      collections(),
      id,
      actorOf(COORDINATOR),
      RULES,
      new Date('2026-12-18T09:00:00Z'),
    );
    expect(byCoordinator).toMatchObject({ ok: true, byOther: true, booking: { state: 'cancelled' } });
    expect(await seatsTaken('s1')).toBe(0);
  });

  it('refuses to cancel someone else’s booking', async () => {
    await collections().sessions.insertOne(cpSession('s1'));
    const held = await book(readyPractitioner('p1'), 's1');
    const other = await cancelBooking(
      collections(),
      held.ok ? held.booking._id : '',
      actorOf(readyPractitioner('p2')),
      RULES,
      NOW,
    );
    expect(other).toMatchObject({ ok: false, reason: 'not_allowed' });
    expect(await seatsTaken('s1')).toBe(1);
  });

  it('cancelling a waiting-list place frees no seat', async () => {
    await collections().sessions.insertOne(cpSession('s1', { capacity: 1 }));
    await book(readyPractitioner('p1'), 's1');
    const person = readyPractitioner('p2');
    const waiting = await book(person, 's1');
    const cancelled = await cancelBooking(
      collections(),
      waiting.ok ? waiting.booking._id : '',
      actorOf(person),
      RULES,
      NOW,
    );
    expect(cancelled).toMatchObject({ ok: true, booking: { state: 'cancelled' } });
    expect(cancelled.ok && cancelled.freed).toBeUndefined();
    expect(await seatsTaken('s1')).toBe(1);
  });

  it('lapses a hold nobody decided on, once, even with two instances at it', async () => {
    await collections().sessions.insertOne(cpSession('s1', { capacity: 1 }));
    await book(readyPractitioner('p1'), 's1');
    await book(readyPractitioner('p2'), 's1');
    const later = new Date('2026-12-08T10:00:01Z');
    const [a, b] = await Promise.all([
      lapseOverdueHolds(collections(), RULES, later),
      lapseOverdueHolds(collections(), RULES, later),
    ]);
    expect(a.length + b.length).toBe(1);
    const states = await collections().bookings.find().sort({ 'person.aadObjectId': 1 }).toArray();
    expect(states.map((booking) => [booking.person.aadObjectId, booking.state])).toEqual([
      ['p1', 'lapsed'],
      ['p2', 'held'],
    ]);
    expect(await seatsTaken('s1')).toBe(1);
  });

  it('offers a seat freed within 2 days of the session to the coordinator, not the waiting list', async () => {
    const start = new Date(NOW.getTime() + 1.5 * DAY);
    await collections().sessions.insertOne(
      cpSession('s1', { capacity: 1, start, end: new Date(start.getTime() + 3 * 3600_000) }),
    );
    const held = await book(readyPractitioner('p1'), 's1');
    await book(readyPractitioner('p2'), 's1');
    const cancelled = await cancelBooking(
      collections(),
      held.ok ? held.booking._id : '',
      actorOf(COORDINATOR),
      RULES,
      NOW,
    );
    expect(cancelled).toMatchObject({ ok: true, freed: { promoted: [], offeredToCoordinator: true } });
    expect(await seatsTaken('s1')).toBe(0);
  });

  it('lists my active bookings soonest first, with whether I can still cancel', async () => {
    const soon = new Date(NOW.getTime() + 1 * DAY);
    await collections().sessions.insertMany([
      cpSession('later'),
      cpSession('soon', {
        course: 'IS02',
        accessRoute: undefined,
        start: soon,
        end: new Date(soon.getTime() + 3600_000),
      }),
    ]);
    const person = readyPractitioner('p1');
    await book(person, 'later');
    await book(person, 'soon');
    const mine = await myBookings(collections(), catalogue, 'p1', RULES, NOW);
    expect(mine.map((view) => [view.session?._id, view.booking.state, view.canCancel])).toEqual([
      ['soon', 'held', false],
      ['later', 'held', true],
    ]);
  });
});

describe('managers nominate', () => {
  it('confirms their own reports at once and refuses anyone else', async () => {
    await collections().sessions.insertOne(cpSession('s1'));
    await collections().people.insertMany([
      readyPractitioner('p1'),
      readyPractitioner('p2', { managerAadObjectId: 'someone-else' }),
      readyPractitioner('p3', { ecrbIssued: undefined }),
    ]);
    const outcomes = await nominateStaff(
      collections(),
      catalogue,
      managerActor(),
      ['p1', 'p2', 'p3'],
      's1',
      RULES,
      NOW,
    );
    expect(outcomes.map((o) => [o.aadObjectId, o.ok ? o.booking.state : o.reason])).toEqual([
      ['p1', 'confirmed'],
      ['p2', 'not_in_team'],
      ['p3', 'not_ready'],
    ]);
    expect(await seatsTaken('s1')).toBe(1);
  });

  it('confirms a place the person already holds on that session', async () => {
    await collections().sessions.insertOne(cpSession('s1'));
    const person = readyPractitioner('p1');
    await collections().people.insertOne(person);
    await book(person, 's1');
    const [outcome] = await nominateStaff(collections(), catalogue, managerActor(), ['p1'], 's1', RULES, NOW);
    expect(outcome).toMatchObject({ ok: true, booking: { state: 'confirmed' } });
    expect(await seatsTaken('s1')).toBe(1);
  });
});

describe('a coordinator cancels a session', () => {
  it('ends every active booking once, keeps the record, and offers the next dates on the same system', async () => {
    const later = new Date(NOW.getTime() + 35 * DAY);
    await collections().sessions.insertMany([
      cpSession('s1', { capacity: 1 }),
      cpSession('s2', { start: later, end: new Date(later.getTime() + 3 * 3600_000) }),
      cpSession('other-system', { accessRoute: 'care-first' }),
    ]);
    await book(readyPractitioner('p1'), 's1');
    await book(readyPractitioner('p2'), 's1');
    const by = { by: COORDINATOR._id, byName: COORDINATOR.name };
    const [first, second] = await Promise.all([
      cancelSession(collections(), 's1', by, 'trainer ill', NOW),
      cancelSession(collections(), 's1', by, 'trainer ill', NOW),
    ]);
    const winner = first.ok ? first : second;
    expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
    expect(winner.ok && winner.ended.map((b) => [b.person.aadObjectId, b.state])).toEqual([
      ['p1', 'cancelled'],
      ['p2', 'cancelled'],
    ]);
    expect(winner.ok && winner.alternatives.map((s) => s._id)).toEqual(['s2']);
    expect(await collections().sessions.findOne({ _id: 's1' })).toMatchObject({
      booked: 0,
      cancelled: { reason: 'trainer ill' },
    });
    expect(await book(readyPractitioner('p3'), 's1')).toMatchObject({
      ok: false,
      reason: 'session_cancelled',
    });
  });
});
