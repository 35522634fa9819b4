import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { DateTime } from 'luxon';
import { AUDIENCES } from '../../services/catalogue/vocabulary';
import type { ImportResult } from '../../services/imports/importResult';
import { loadDemoData } from '../../scripts/demo/loadDemoData';
import { NEARLY_FULL } from '../../scripts/demo/northdale';
import { personaByKey, PERSONAS } from '../../scripts/demo/personas';
import { LONDON_TIME_ZONE } from '../../services/shared/londonTime';
import { openTestDatabase } from '../support/testDatabase';

// Wednesday 6 May 2026, 11:00 in London.
const NOW = new Date('2026-05-06T10:00:00Z');
const options = { catalogue: loadCatalogue(), clock: () => NOW };
const countsOf = (results: ImportResult[]) =>
  Object.fromEntries(results.map((result) => [result.kind, result.ok ? result.counts : result]));
const yearsBefore = (date: string | undefined) =>
  DateTime.fromISO('2026-05-06').diff(DateTime.fromISO(date ?? ''), 'years').years;

describe('the Northdale demo data', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('demo');
  });
  afterAll(() => database.drop());

  it('loads through the imports, and a second run changes nothing', async () => {
    const first = await loadDemoData(database.collections, options);
    expect(countsOf(first.results)).toEqual({
      organisations: { created: 6, updated: 0, unchanged: 0 },
      roster: { created: 20, updated: 0, unchanged: 0 },
      sessions: { created: 12, updated: 0, unchanged: 0 },
    });
    expect(first.results.flatMap((result) => result.warnings)).toEqual([]);
    expect(first.bookingsMade).toBe(13);

    const second = await loadDemoData(database.collections, options);
    expect(countsOf(second.results)).toEqual({
      organisations: { created: 0, updated: 0, unchanged: 6 },
      roster: { created: 0, updated: 0, unchanged: 20 },
      sessions: { created: 0, updated: 0, unchanged: 12 },
    });
    expect(second.bookingsMade).toBe(0);
    expect((await database.collections.sessions.findOne({ _id: NEARLY_FULL.sessionId }))?.booked).toBe(12);
    // The seat counter and the bookings agree.
    expect(
      await database.collections.bookings.countDocuments({
        sessionId: NEARLY_FULL.sessionId,
        state: 'confirmed',
      }),
    ).toBe(12);
    expect(await database.collections.bookings.countDocuments({ state: 'held' })).toBe(1);
  });

  it('has the Playground personas with their ids, and not the newcomer', async () => {
    const people = database.collections.people;
    const id = (key: string) => personaByKey(key)?.aadObjectId ?? '';
    const priya = await people.findOne({ _id: id('practitioner') });
    expect(priya).toMatchObject({
      name: 'Priya Shah',
      audience: 'practitioner',
      serviceGroup: 'social-care',
      accessRoute: 'care-first',
      contactPointUser: true,
      managerAadObjectId: id('manager'),
      itCompetence: false,
      completed: [expect.objectContaining({ code: 'IW01' }), expect.objectContaining({ code: 'IS01' })],
    });
    expect(yearsBefore(priya?.ecrbIssued)).toBeCloseTo(1, 1);
    expect(await people.findOne({ _id: id('manager') })).toMatchObject({
      name: 'Mark Evans',
      audience: 'operational-manager',
    });
    expect(await people.countDocuments({ managerAadObjectId: id('manager') })).toBe(5);
    expect(await people.findOne({ _id: id('coordinator') })).toMatchObject({
      name: 'Chloe Brown',
      permissions: ['coordinator'],
    });
    expect(await people.findOne({ _id: id('trainer') })).toMatchObject({
      name: 'Tom Wilson',
      audience: 'trainer',
      permissions: ['trainer'],
    });
    expect(await people.findOne({ _id: id('newcomer') })).toBeNull();
    expect(PERSONAS.filter((persona) => persona.key !== 'newcomer')).toHaveLength(4);
  });

  it('covers every audience, an expired and an expiring eCRB, and organisations not accredited', async () => {
    const people = await database.collections.people.find().toArray();
    expect(new Set(people.map((person) => person.audience))).toEqual(new Set(AUDIENCES));
    const ages = people.map((person) => (person.ecrbIssued ? yearsBefore(person.ecrbIssued) : 0));
    expect(ages.filter((age) => age > 3.3 && age < 3.5)).toHaveLength(1);
    expect(ages.filter((age) => age > 2.8 && age < 2.9)).toHaveLength(1);
    expect(
      people.filter((person) => person.completed.some((c) => c.code === 'IS-EL')).length,
    ).toBeGreaterThan(1);
    expect(people.filter((person) => person.completed.length === 0).length).toBeGreaterThan(0);
    expect(await database.collections.organisations.countDocuments({ accredited: false })).toBe(2);
  });

  it('schedules half-day sessions on Mondays and Fridays in the next six weeks', async () => {
    const sessions = await database.collections.sessions.find().toArray();
    for (const session of sessions) {
      const start = DateTime.fromJSDate(session.start, { zone: LONDON_TIME_ZONE });
      const end = DateTime.fromJSDate(session.end, { zone: LONDON_TIME_ZONE });
      expect([1, 5]).toContain(start.weekday);
      expect([start.toFormat('HH:mm'), end.toFormat('HH:mm')]).toEqual(
        start.hour < 12 ? ['09:30', '13:00'] : ['13:30', '17:00'],
      );
      expect(session.start.getTime()).toBeGreaterThan(NOW.getTime());
      expect(session.start.getTime()).toBeLessThan(NOW.getTime() + 42 * 24 * 3600 * 1000);
      if (session.course === 'CP')
        expect(session).toMatchObject({ capacity: 14, accessRoute: expect.any(String) });
    }
    expect(sessions.filter((session) => session.audience === 'manager')).toHaveLength(1);
    expect(sessions.filter((session) => session.audience === 'admin-staff')).toHaveLength(1);
    expect(new Set(sessions.map((session) => session.course))).toEqual(new Set(['CP', 'IS02', 'CAF02']));
  });

  it('moves the same sessions forward when run another day, creating none', async () => {
    const nextWeek = new Date(NOW.getTime() + 7 * 24 * 3600 * 1000);
    const later = await loadDemoData(database.collections, { ...options, clock: () => nextWeek });
    expect(countsOf(later.results).sessions).toEqual({ created: 0, updated: 12, unchanged: 0 });
    expect(await database.collections.sessions.countDocuments()).toBe(12);
  });
});
