import { importOrganisations } from '../../../services/imports/importOrganisations';
import { importRoster } from '../../../services/imports/importRoster';
import { grantPermission } from '../../../services/people/permissions';
import { findByAadObjectId } from '../../../services/people/staffProfileRepository';
import { staffProfile } from '../../support/people';
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

const HEADER =
  'aadObjectId,name,email,audience,organisation,serviceGroup,accessRoute,managerAadObjectId,contactPointUser,ecrbIssued,itCompetence,identityChecked,permissions,completed';

const ROSTER_CSV = [
  HEADER,
  `${id(2)},Mark Evans,mark.evans@northdale.example.gov.uk,operational-manager,Northdale Children's Services,social-care,,,yes,2024-04-01,yes,yes,,IW01@2025-01-10`,
  `${id(1)},Priya Shah,priya.shah@northdale.example.gov.uk,practitioner,northdale children's services,social-care,,${id(2)},yes,02/05/2025,no,yes,,IW01@10/09/2025;IS01@2025-11-03`,
  `${id(3)},Chloe Brown,,senior-manager,Northdale Primary Schools,schools,capita-one,,no,,,,coordinator,`,
].join('\n');

describe('importing roster.csv', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('import_roster');
    countsOf(await importOrganisations(database.collections, ORGANISATIONS_CSV));
  });
  afterAll(() => database.drop());
  beforeEach(() => database.collections.people.deleteMany({}));

  it('creates staff profiles with the organisation as named, the default access route and dates as YYYY-MM-DD', async () => {
    const result = await importRoster(
      database.collections,
      `\ufeff${ROSTER_CSV.replace(/\n/g, '\r\n')}\r\n\r\n`,
      courseOptions,
    );
    expect(result).toMatchObject({
      ok: true,
      rows: 3,
      counts: { created: 3, updated: 0, unchanged: 0 },
      warnings: [],
    });

    expect(await findByAadObjectId(database.collections, id(1))).toEqual({
      _id: id(1),
      name: 'Priya Shah',
      email: 'priya.shah@northdale.example.gov.uk',
      audience: 'practitioner',
      organisation: "Northdale Children's Services",
      serviceGroup: 'social-care',
      accessRoute: 'care-first',
      managerAadObjectId: id(2),
      contactPointUser: true,
      ecrbIssued: '2025-05-02',
      itCompetence: false,
      identityChecked: true,
      permissions: [],
      completed: [
        { code: 'IW01', date: '2025-09-10' },
        { code: 'IS01', date: '2025-11-03' },
      ],
      source: 'roster',
      updatedAt: clock(),
    });
    expect(await findByAadObjectId(database.collections, id(3))).toMatchObject({
      accessRoute: 'capita-one',
      permissions: ['coordinator'],
      itCompetence: false,
      completed: [],
    });
  });

  it("takes the default access route from the catalogue in force, so a local authority's override applies", async () => {
    const local = catalogueWith({ accessRoutes: { byServiceGroup: { health: 'care-first' } } });
    const csv = [
      'aadObjectId,name,audience,organisation,serviceGroup,accessRoute',
      `${id(1)},Priya Shah,practitioner,Northdale Children's Services,health,`,
      `${id(2)},Mark Evans,practitioner,Northdale Children's Services,health,profile`,
      `${id(3)},Chloe Brown,practitioner,Northdale Primary Schools,schools,`,
    ].join('\n');
    countsOf(await importRoster(database.collections, csv, { ...courseOptions, catalogue: local }));
    const routes = await database.collections.people
      .find({}, { projection: { accessRoute: 1 } })
      .sort({ _id: 1 })
      .toArray();
    expect(routes.map((person) => person.accessRoute)).toEqual(['care-first', 'profile', 'web-browser']);
  });

  it('finds a second run all unchanged and counts a changed row as updated', async () => {
    await importRoster(database.collections, ROSTER_CSV, courseOptions);
    expect(countsOf(await importRoster(database.collections, ROSTER_CSV, courseOptions))).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
    const changed = ROSTER_CSV.replace(
      'Priya Shah,priya.shah@northdale.example.gov.uk,practitioner',
      'Priya Shah,,practitioner',
    );
    expect(countsOf(await importRoster(database.collections, changed, courseOptions))).toEqual({
      created: 0,
      updated: 1,
      unchanged: 2,
    });
    expect((await findByAadObjectId(database.collections, id(1)))?.email).toBeUndefined();
  });

  it('reports every bad row with its line and reason, and writes nothing', async () => {
    const csv = [
      HEADER,
      `${id(1)},Priya Shah,,practitioner,Northdale Children's Services,social-care,,,yes,31/02/2026,,,,`,
      `${id(2)},Mark Evans,not-an-email,manager,Northdale Children's Services,social-care,,,,,,,admin,IW01@2026-01-01;XX99@2026-01-01`,
      `${id(3)},,,practitioner,Northdale Children's Services,social-care,teams,,perhaps,2030-01-01,,,,IW01`,
      `${id(4)},Tom Wilson,,trainer,Northdale Children's Services,health,,,,,,,,`,
    ].join('\n');
    const errors = errorsOf(await importRoster(database.collections, csv, courseOptions));
    expect(errors.map((error) => [error.line, error.column])).toEqual([
      [2, 'ecrbIssued'],
      [3, 'email'],
      [3, 'audience'],
      [3, 'permissions'],
      [3, 'completed'],
      [4, 'name'],
      [4, 'accessRoute'],
      [4, 'contactPointUser'],
      [4, 'ecrbIssued'],
      [4, 'completed'],
    ]);
    expect(errors.map((error) => error.reason)).toEqual([
      'ecrbIssued "31/02/2026" is not a real date',
      'email "not-an-email" is not an email address',
      'audience "manager" is not one of: practitioner, trainer, operational-manager, senior-manager, is-officer, admin-staff',
      'permissions "admin" is not one of: coordinator, trainer',
      'completed "XX99@2026-01-01": XX99 is not a course code in the catalogue',
      'name is required',
      'accessRoute "teams" is not one of: care-first, web-browser, capita-one, careworks, e-start, profile',
      'contactPointUser "perhaps" must be yes or no',
      'ecrbIssued "2030-01-01" is in the future',
      'completed "IW01" is not CODE@DATE (e.g. IW01@2026-03-02)',
    ]);
    expect(await database.collections.people.countDocuments()).toBe(0);
  });

  it('refuses an overlong cell and a NUL byte with their lines, quoting neither back, and writes nothing', async () => {
    const huge = 'x'.repeat(5_000_000);
    const csv = [
      'aadObjectId,name,email,audience,organisation,serviceGroup',
      `${id(1)},${huge},,practitioner,Northdale Children's Services,social-care`,
      `${id(2)},Mark Evans,mark@example.org,operational-manager,${'Northdale '.repeat(30)},social-care`,
      `${id(3)},"Chloe\u0000Brown",,senior-manager,Northdale Primary Schools,schools`,
      `${id(4)},Tom Wilson,,trainer,Northdale Children's Services,teaching`,
    ].join('\n');
    const errors = errorsOf(await importRoster(database.collections, csv, courseOptions));
    expect(errors).toEqual([
      { line: 2, column: 'name', reason: 'name is 5,000,000 characters long; at most 256' },
      { line: 3, column: 'organisation', reason: 'organisation is 299 characters long; at most 200' },
      { line: 4, column: 'name', reason: 'name has a NUL byte (character 6): remove it' },
      {
        line: 5,
        column: 'serviceGroup',
        reason: expect.stringMatching(/^serviceGroup "teaching" is not one of/),
      },
    ]);
    expect(await database.collections.people.countDocuments()).toBe(0);
  });

  it('refuses an organisation that was not imported and a manager who is nowhere', async () => {
    const csv = [
      'aadObjectId,name,audience,organisation,serviceGroup,managerAadObjectId',
      `${id(1)},Priya Shah,practitioner,Northdale Youth Club,social-care,${id(9)}`,
      `${id(2)},Mark Evans,operational-manager,Northdale Children's Services,social-care,${id(2)}`,
    ].join('\n');
    expect(errorsOf(await importRoster(database.collections, csv, courseOptions))).toEqual([
      {
        line: 2,
        column: 'organisation',
        reason:
          'organisation "Northdale Youth Club" is not known: add it to organisations.csv and import that first',
      },
      {
        line: 2,
        column: 'managerAadObjectId',
        reason: `managerAadObjectId "${id(9)}" is neither in this file nor on the roster`,
      },
      { line: 3, column: 'managerAadObjectId', reason: 'managerAadObjectId is the person themselves' },
    ]);
  });

  it('refuses a manager loop in the file, reporting each row in it and not a row that only points into it', async () => {
    const csv = [
      'aadObjectId,name,audience,organisation,serviceGroup,managerAadObjectId',
      `${id(1)},Priya Shah,practitioner,Northdale Children's Services,social-care,${id(2)}`,
      `${id(2)},Mark Evans,operational-manager,Northdale Children's Services,social-care,${id(1).toUpperCase()}`,
      `${id(3)},Chloe Brown,senior-manager,Northdale Children's Services,social-care,${id(4)}`,
      `${id(4)},Tom Wilson,trainer,Northdale Children's Services,social-care,${id(5)}`,
      `${id(5)},Helen Carter,senior-manager,Northdale Children's Services,social-care,${id(3)}`,
      `${id(6)},Daniel Hughes,practitioner,Northdale Children's Services,social-care,${id(1)}`,
    ].join('\n');
    const loop = (...ids: number[]) => `managerAadObjectId makes a loop: ${ids.map(id).join(' → ')}`;
    expect(errorsOf(await importRoster(database.collections, csv, courseOptions))).toEqual([
      { line: 2, column: 'managerAadObjectId', reason: loop(1, 2, 1) },
      { line: 3, column: 'managerAadObjectId', reason: loop(2, 1, 2) },
      { line: 4, column: 'managerAadObjectId', reason: loop(3, 4, 5, 3) },
      { line: 5, column: 'managerAadObjectId', reason: loop(4, 5, 3, 4) },
      { line: 6, column: 'managerAadObjectId', reason: loop(5, 3, 4, 5) },
    ]);
    expect(await database.collections.people.countDocuments()).toBe(0);
  });

  it('shortens a long loop in its message and reports every row of it', async () => {
    const size = 5_000;
    const rows = Array.from(
      { length: size },
      (_, i) =>
        `${id(100 + i)},Person ${i},practitioner,Northdale Children's Services,social-care,${id(100 + ((i + 1) % size))}`,
    );
    const csv = ['aadObjectId,name,audience,organisation,serviceGroup,managerAadObjectId', ...rows].join(
      '\n',
    );
    const errors = errorsOf(await importRoster(database.collections, csv, courseOptions));
    expect(errors).toHaveLength(size);
    expect(errors[1]?.reason).toBe(
      `managerAadObjectId makes a loop: ${[101, 102, 103, 104, 105].map(id).join(' → ')} → … (5,000 people) → ${id(101)}`,
    );
  });

  it('refuses a loop through managers already on the roster, and accepts a file that breaks a stored chain', async () => {
    const header = 'aadObjectId,name,audience,organisation,serviceGroup,managerAadObjectId';
    const stored = [
      header,
      `${id(1)},Priya Shah,practitioner,Northdale Children's Services,social-care,${id(2)}`,
      `${id(2)},Mark Evans,operational-manager,Northdale Children's Services,social-care,${id(3)}`,
      `${id(3)},Helen Carter,senior-manager,Northdale Children's Services,social-care,`,
    ].join('\n');
    countsOf(await importRoster(database.collections, stored, courseOptions));

    // Helen's new manager is Priya, whose stored manager Mark has Helen as his: a loop only the roster shows.
    const loop = `${header}\n${id(3)},Helen Carter,senior-manager,Northdale Children's Services,social-care,${id(1)}\n`;
    expect(errorsOf(await importRoster(database.collections, loop, courseOptions))).toEqual([
      {
        line: 2,
        column: 'managerAadObjectId',
        reason: `managerAadObjectId makes a loop: ${id(3)} → ${id(1)} → ${id(2)} → ${id(3)}`,
      },
    ]);

    // The same change is fine when the file also gives Mark a manager outside the loop.
    const broken = [
      header,
      `${id(3)},Helen Carter,senior-manager,Northdale Children's Services,social-care,${id(1)}`,
      `${id(2)},Mark Evans,operational-manager,Northdale Children's Services,social-care,`,
    ].join('\n');
    expect(countsOf(await importRoster(database.collections, broken, courseOptions)).updated).toBe(2);
  });

  describe('the source column (what `admin export roster` writes)', () => {
    const LEE = id(40);
    const header = 'aadObjectId,name,email,audience,organisation,serviceGroup,accessRoute,source';
    const declare = () =>
      database.collections.people.insertOne({
        _id: LEE,
        name: 'Lee Newman',
        email: 'lee@example.org',
        audience: 'practitioner',
        organisation: 'Moorside Nursery',
        serviceGroup: 'childrens-centres',
        accessRoute: 'e-start',
        declaredManagerEmail: 'mark.evans@northdale.example.gov.uk',
        contactPointUser: false,
        itCompetence: false,
        identityChecked: false,
        permissions: [],
        completed: [],
        source: 'self-declared',
        updatedAt: clock(),
      });
    const leeRow = (source: string, organisation = 'Moorside Nursery') =>
      `${LEE},Lee Newman,lee@example.org,practitioner,${organisation},childrens-centres,,${source}`;

    it('leaves a self-declared person as they declared themselves, unconfirmed, even with an unknown organisation', async () => {
      await declare();
      const before = await findByAadObjectId(database.collections, LEE);
      const result = await importRoster(
        database.collections,
        `${header}\n${leeRow('self-declared')}\n`,
        courseOptions,
      );
      expect(result).toMatchObject({
        ok: true,
        counts: { created: 0, updated: 0, unchanged: 1 },
        warnings: [],
      });
      expect(await findByAadObjectId(database.collections, LEE)).toEqual(before);
    });

    it('warns that an edited self-declared row was not applied, and confirms the person once it says roster', async () => {
      await declare();
      const edited = `${header}\n${leeRow('self-declared', "Northdale Children's Services")}\n`;
      expect(await importRoster(database.collections, edited, courseOptions)).toMatchObject({
        ok: true,
        counts: { created: 0, updated: 0, unchanged: 1 },
        warnings: [
          {
            line: 2,
            column: 'source',
            reason:
              'Lee Newman entered their own details in Teams and is not confirmed, so this row was not applied (organisation differs): write roster in source to confirm them with these details',
          },
        ],
      });
      expect((await findByAadObjectId(database.collections, LEE))?.source).toBe('self-declared');

      const confirmed = `${header}\n${leeRow('roster', "Northdale Children's Services")}\n`;
      expect(countsOf(await importRoster(database.collections, confirmed, courseOptions)).updated).toBe(1);
      const lee = await findByAadObjectId(database.collections, LEE);
      expect(lee).toMatchObject({ source: 'roster', organisation: "Northdale Children's Services" });
      expect(lee?.declaredManagerEmail).toBeUndefined();
    });

    it('refuses self-declared for someone who did not declare themselves', async () => {
      await importRoster(database.collections, ROSTER_CSV, courseOptions);
      const csv = [
        header,
        `${id(1)},Priya Shah,,practitioner,Northdale Children's Services,social-care,,self-declared`,
        leeRow('self-declared'),
        `${id(2)},Mark Evans,,practitioner,Northdale Children's Services,social-care,,vouched`,
      ].join('\n');
      expect(errorsOf(await importRoster(database.collections, csv, courseOptions))).toEqual([
        {
          line: 2,
          column: 'source',
          reason: `source is self-declared, but ${id(1)} is on the roster: only the bot records self-declared people (write roster, or leave it blank)`,
        },
        {
          line: 3,
          column: 'source',
          reason: `source is self-declared, but no one with aadObjectId ${id(40)} has entered their own details in Teams (write roster, or leave it blank)`,
        },
        { line: 4, column: 'source', reason: 'source "vouched" is not one of: roster, self-declared' },
      ]);
    });
  });

  it('accepts a manager already on the roster', async () => {
    await importRoster(database.collections, ROSTER_CSV, courseOptions);
    const csv = `aadObjectId,name,audience,organisation,serviceGroup,managerAadObjectId\n${id(5)},Daniel Hughes,practitioner,Northdale Children's Services,social-care,${id(2).toUpperCase()}\n`;
    expect(countsOf(await importRoster(database.collections, csv, courseOptions)).created).toBe(1);
    expect((await findByAadObjectId(database.collections, id(5)))?.managerAadObjectId).toBe(id(2));
  });

  it('refuses the same aadObjectId twice in one file, whatever its case', async () => {
    const csv = [
      'aadObjectId,name,audience,organisation,serviceGroup',
      `${id(1)},Priya Shah,practitioner,Northdale Children's Services,social-care`,
      `${id(1).toUpperCase()},Priya S,practitioner,Northdale Children's Services,social-care`,
    ].join('\n');
    expect(errorsOf(await importRoster(database.collections, csv, courseOptions))).toEqual([
      { line: 3, column: 'aadObjectId', reason: `aadObjectId "${id(1).toUpperCase()}" is also on line 2` },
    ]);
    expect(await database.collections.people.countDocuments()).toBe(0);
  });

  it('never erases what the bot also records: blank checks and permissions keep their values, completions are added', async () => {
    await importRoster(database.collections, ROSTER_CSV, courseOptions);
    await grantPermission(database.collections, id(1), 'trainer');
    const blanks = [
      HEADER,
      `${id(1)},Priya Shah,,practitioner,Northdale Children's Services,social-care,,${id(2)},,,,,,CAF01@2026-04-01`,
      `${id(2)},Mark Evans,mark.evans@northdale.example.gov.uk,operational-manager,Northdale Children's Services,social-care,,,no,,,,,`,
    ].join('\n');
    expect(countsOf(await importRoster(database.collections, blanks, courseOptions))).toEqual({
      created: 0,
      updated: 2,
      unchanged: 0,
    });
    const priya = await findByAadObjectId(database.collections, id(1));
    expect(priya).toMatchObject({
      permissions: ['trainer'],
      contactPointUser: true,
      identityChecked: true,
      ecrbIssued: '2025-05-02',
      managerAadObjectId: id(2),
    });
    expect(priya?.email).toBeUndefined();
    expect(priya?.completed.map((completion) => completion.code)).toEqual(['IW01', 'IS01', 'CAF01']);
    expect(await findByAadObjectId(database.collections, id(2))).toMatchObject({
      contactPointUser: false,
      itCompetence: true,
      completed: [{ code: 'IW01', date: '2025-01-10' }],
    });
  });

  it('leaves a column the file does not have as it is stored', async () => {
    await importRoster(database.collections, ROSTER_CSV, courseOptions);
    const lean = `aadObjectId,name,audience,organisation,serviceGroup\n${id(1)},Priya Shah,practitioner,Northdale Children's Services,social-care\n`;
    expect(countsOf(await importRoster(database.collections, lean, courseOptions)).unchanged).toBe(1);
    expect(await findByAadObjectId(database.collections, id(1))).toMatchObject({
      email: 'priya.shah@northdale.example.gov.uk',
      managerAadObjectId: id(2),
    });
  });

  it('imports a 10,000-row roster and reports progress', async () => {
    const rows = Array.from(
      { length: 10_000 },
      (_, i) =>
        `${id(1000 + i)},Person ${i},person${i}@example.org,practitioner,Northdale Primary Schools,schools,,${i === 0 ? '' : id(1000)},yes,2025-01-0${(i % 9) + 1},yes,no,,IW01@2025-06-01;IS-EL@2025-07-01`,
    );
    const csv = [HEADER, ...rows].join('\n');
    const progress: number[] = [];
    const started = Date.now();
    const first = await importRoster(database.collections, csv, {
      ...courseOptions,
      onProgress: ({ written, toWrite }) => {
        expect(toWrite).toBe(10_000);
        progress.push(written);
      },
    });
    const elapsed = Date.now() - started;
    process.stdout.write(`10,000-row roster imported in ${elapsed} ms\n`);
    expect(countsOf(first)).toEqual({ created: 10_000, updated: 0, unchanged: 0 });
    expect(progress.at(-1)).toBe(10_000);
    expect(progress.length).toBeGreaterThan(5);
    expect(await database.collections.people.countDocuments()).toBe(10_000);
  }, 60_000);

  it('stores emails in lower case, so a search by email finds them whatever the case', async () => {
    const csv = [
      HEADER,
      `${id(1)},Priya Shah,Priya.SHAH@Northdale.example.gov.uk,practitioner,Northdale Children's Services,social-care,,,,,,,,`,
    ].join('\n');
    countsOf(await importRoster(database.collections, csv, courseOptions));
    expect((await findByAadObjectId(database.collections, id(1)))?.email).toBe(
      'priya.shah@northdale.example.gov.uk',
    );
  });

  it('refuses a manager who only entered their own details, and takes over a self-declared person cleanly', async () => {
    await database.collections.people.insertOne(
      staffProfile(id(7), {
        name: 'Sally Declared',
        audience: 'senior-manager',
        organisation: 'Somewhere',
        declaredManagerEmail: 'boss@example.org',
        declaredAt: new Date('2026-11-01T10:00:00Z'),
        rejected: { by: 'x', byName: 'X', at: new Date('2026-11-02T10:00:00Z') },
        source: 'self-declared',
      }),
    );
    const reportsToSally = [
      HEADER,
      `${id(1)},Priya Shah,,practitioner,Northdale Children's Services,social-care,,${id(7)},,,,,,`,
    ].join('\n');
    expect(errorsOf(await importRoster(database.collections, reportsToSally, courseOptions))).toEqual([
      expect.objectContaining({
        line: 2,
        column: 'managerAadObjectId',
        reason: expect.stringMatching(
          /is Sally Declared, who entered their own details and is not confirmed/,
        ),
      }),
    ]);

    const sallyOnRoster = [
      HEADER,
      `${id(7)},Sally Declared,,practitioner,Northdale Children's Services,social-care,,,,,,,,`,
    ].join('\n');
    countsOf(await importRoster(database.collections, sallyOnRoster, courseOptions));
    const sally = await findByAadObjectId(database.collections, id(7));
    expect(sally).toMatchObject({ source: 'roster', audience: 'practitioner' });
    expect(sally?.declaredManagerEmail).toBeUndefined();
    expect(sally?.declaredAt).toBeUndefined();
    expect(sally?.rejected).toBeUndefined();
  });
});
