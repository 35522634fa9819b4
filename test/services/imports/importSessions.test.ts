import { importOrganisations } from '../../../services/imports/importOrganisations';
import { importRoster } from '../../../services/imports/importRoster';
import { importSessions } from '../../../services/imports/importSessions';
import { findSessionById } from '../../../services/sessions/sessionRepository';
import { openTestDatabase } from '../../support/testDatabase';
import {
  catalogueWith,
  clock,
  countsOf,
  courseOptions,
  errorsOf,
  id,
  ORGANISATIONS_CSV,
} from './importFixtures';

const TRAINER = id(4);
const PRACTITIONER = id(1);
const HEADER = 'id,course,start,end,venue,capacity,accessRoute,audience,trainer';
const SESSIONS_CSV = [
  HEADER,
  `ND-CP-01,CP,2026-06-01T09:30,2026-06-01T13:00,"Civic Centre, IT Suite",14,care-first,practitioner,${TRAINER}`,
  `ND-CP-02,cp,01/06/2026 13:30,01/06/2026 17:00,"Civic Centre, IT Suite",14,Web-Browser,manager,`,
  'ND-IS02-01,IS02,2026-01-12T09:30,2026-01-12T13:00,Training Room 2,20,,,',
].join('\n');

describe('importing sessions.csv', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('import_sessions');
    countsOf(await importOrganisations(database.collections, ORGANISATIONS_CSV));
    const roster = [
      'aadObjectId,name,audience,organisation,serviceGroup,permissions',
      `${TRAINER},Tom Wilson,trainer,Northdale Children's Services,local-authority,trainer`,
      `${PRACTITIONER},Priya Shah,practitioner,Northdale Children's Services,social-care,`,
    ].join('\n');
    countsOf(await importRoster(database.collections, roster, courseOptions));
  });
  afterAll(() => database.drop());
  beforeEach(() => database.collections.sessions.deleteMany({}));

  it('creates sessions with London local times as UTC instants and no seats booked', async () => {
    const result = await importSessions(database.collections, SESSIONS_CSV, courseOptions);
    expect(result).toMatchObject({
      ok: true,
      rows: 3,
      counts: { created: 3, updated: 0, unchanged: 0 },
      warnings: [],
    });
    expect(await findSessionById(database.collections, 'ND-CP-01')).toEqual({
      _id: 'ND-CP-01',
      course: 'CP',
      start: new Date('2026-06-01T08:30:00Z'),
      end: new Date('2026-06-01T12:00:00Z'),
      venue: 'Civic Centre, IT Suite',
      capacity: 14,
      accessRoute: 'care-first',
      audience: 'practitioner',
      trainer: TRAINER,
      booked: 0,
      updatedAt: clock(),
    });
    expect(await findSessionById(database.collections, 'ND-CP-02')).toMatchObject({
      course: 'CP',
      start: new Date('2026-06-01T12:30:00Z'),
      accessRoute: 'web-browser',
      audience: 'manager',
    });
    expect(await findSessionById(database.collections, 'ND-IS02-01')).toMatchObject({
      start: new Date('2026-01-12T09:30:00Z'),
    });
  });

  it('finds a second run unchanged, counts a changed row as updated, and never resets booked', async () => {
    await importSessions(database.collections, SESSIONS_CSV, courseOptions);
    await database.collections.sessions.updateOne({ _id: 'ND-CP-01' }, { $set: { booked: 9 } });
    expect(countsOf(await importSessions(database.collections, SESSIONS_CSV, courseOptions))).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
    });

    const moved = SESSIONS_CSV.replace('"Civic Centre, IT Suite",14,care-first', 'Town Hall,10,care-first');
    expect(countsOf(await importSessions(database.collections, moved, courseOptions))).toEqual({
      created: 0,
      updated: 1,
      unchanged: 2,
    });
    expect(await findSessionById(database.collections, 'ND-CP-01')).toMatchObject({
      venue: 'Town Hall',
      capacity: 10,
      booked: 9,
    });
  });

  it('refuses a capacity below the places already booked, and writes nothing', async () => {
    await importSessions(database.collections, SESSIONS_CSV, courseOptions);
    await database.collections.sessions.updateOne({ _id: 'ND-CP-01' }, { $set: { booked: 9 } });
    const squeezed = SESSIONS_CSV.replace(
      '"Civic Centre, IT Suite",14,care-first',
      '"Civic Centre, IT Suite",8,care-first',
    ).replace('Training Room 2,20', 'Training Room 3,20');
    expect(errorsOf(await importSessions(database.collections, squeezed, courseOptions))).toEqual([
      {
        line: 2,
        column: 'capacity',
        reason: 'capacity 8 is less than the 9 places already booked on session "ND-CP-01"',
      },
    ]);
    expect(await findSessionById(database.collections, 'ND-IS02-01')).toMatchObject({
      venue: 'Training Room 2',
    });
    expect(await findSessionById(database.collections, 'ND-CP-01')).toMatchObject({
      capacity: 14,
      booked: 9,
    });
  });

  it('reports every bad row: CP without an access route, end before start, bad capacity, unknown course and trainer', async () => {
    const csv = [
      HEADER,
      'S1,CP,2026-06-01T09:30,2026-06-01T13:00,IT Suite,14,,,',
      'S2,IS02,2026-06-01T13:00,2026-06-01T09:30,Room 2,0,,,',
      'S3,XYZ9,2026-03-29T01:30,2026-03-29T04:00,Room 2,ten,,everyone,',
      `S4,CAF02,2026-06-05T09:30,2026-06-05T13:00,Room 2,20,,,${id(99)}`,
      `S1,CAF02,2026-06-05T13:30,2026-06-05T17:00,,20,,,${PRACTITIONER}`,
    ].join('\n');
    const result = await importSessions(database.collections, csv, courseOptions);
    expect(errorsOf(result)).toEqual([
      {
        line: 2,
        column: 'accessRoute',
        reason:
          'accessRoute is required for CP sessions: one of care-first, web-browser, capita-one, careworks, e-start, profile',
      },
      { line: 3, column: 'capacity', reason: 'capacity must be a whole number greater than 0' },
      { line: 3, column: 'end', reason: 'end must be after start' },
      { line: 4, column: 'course', reason: 'course "XYZ9" is not a course code in the catalogue' },
      {
        line: 4,
        column: 'start',
        reason: 'start "2026-03-29T01:30" does not exist in UK time (the clocks go forward then)',
      },
      { line: 4, column: 'capacity', reason: 'capacity "ten" must be a whole number greater than 0' },
      {
        line: 4,
        column: 'audience',
        reason: 'audience "everyone" is not one of: practitioner, manager, admin-staff',
      },
      { line: 5, column: 'trainer', reason: `trainer "${id(99)}" is not on the roster` },
      { line: 6, column: 'venue', reason: 'venue is required' },
      { line: 6, column: 'id', reason: 'id "S1" is also on line 2' },
    ]);
    expect(result.warnings).toEqual([
      {
        line: 6,
        column: 'trainer',
        reason: 'trainer Priya Shah is neither in the trainer audience nor has the trainer permission',
      },
    ]);
    expect(await database.collections.sessions.countDocuments()).toBe(0);
  });

  it('refuses an end equal to the start', async () => {
    const csv = `${HEADER}\nS2,IS02,2026-06-01T13:00,01/06/2026 13:00,Room 2,12,,,\n`;
    expect(errorsOf(await importSessions(database.collections, csv, courseOptions))).toEqual([
      { line: 2, column: 'end', reason: 'end must be after start' },
    ]);
  });

  it("asks for an access route on the catalogue's ContactPoint course, whatever its code", async () => {
    const local = catalogueWith({ contactPointCourse: 'CP-L1' });
    const csv = [
      HEADER,
      'S1,CP-L1,2026-06-01T09:30,2026-06-01T13:00,IT Suite,14,,,',
      'S2,CP,2026-06-01T13:30,2026-06-01T17:00,IT Suite,14,,,',
    ].join('\n');
    expect(
      errorsOf(await importSessions(database.collections, csv, { ...courseOptions, catalogue: local })),
    ).toEqual([
      {
        line: 2,
        column: 'accessRoute',
        reason:
          'accessRoute is required for CP-L1 sessions: one of care-first, web-browser, capita-one, careworks, e-start, profile',
      },
    ]);
  });
});
