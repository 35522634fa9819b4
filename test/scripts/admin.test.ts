import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { runAdmin, type AdminIo } from '../../scripts/admin';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { importCsv } from '../../services/imports/importCsv';
import { declareProfile } from '../../services/people/declareProfile';
import { grantPermission } from '../../services/people/permissions';
import { openTestDatabase, testMongoUri } from '../support/testDatabase';
import { bookingOn, sessionAt } from '../support/bookings';

const REPO = path.join(__dirname, '..', '..');
const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');
const PRIYA = '11111111-1111-4111-8111-000000000001';

/** Runs `tsx scripts/admin.ts ...` as a user would, against the test database. */
async function admin(args: string[], env: NodeJS.ProcessEnv) {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, ['scripts/admin.ts', ...args], {
      cwd: REPO,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function capture(env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const written: string[] = [];
  const io: AdminIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    write: (text) => written.push(text),
    env,
    interactive: false,
  };
  return { io, out, err, written };
}

/** The environment the CLI runs with: the test server and this file's database, nothing else. */
function envFor(database: { db: { databaseName: string } }): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    MONGODB_URI: testMongoUri(),
    MONGODB_DB: database.db.databaseName,
  };
}

describe('the admin CLI', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let env: NodeJS.ProcessEnv;
  let folder: string;
  beforeAll(async () => {
    database = await openTestDatabase('admin_cli');
    env = envFor(database);
    folder = mkdtempSync(path.join(tmpdir(), 'admin-cli-'));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await database.drop();
  });

  it('imports a good file and prints the counts (exit 0)', async () => {
    const file = path.join(folder, 'organisations.csv');
    writeFileSync(file, "name,accredited\nNorthdale Children's Services,yes\nRiverside Family Support,no\n");
    const run = await admin(['import', 'organisations', file], env);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(
      'Imported organisations.csv (organisations, 2 rows): 2 created, 0 updated, 0 unchanged.',
    );
    expect(run.code).toBe(0);
    expect(await database.collections.organisations.countDocuments()).toBe(2);
  }, 30_000);

  it('lists every bad row of a bad file with its line, writes nothing and exits 1', async () => {
    const file = path.join(folder, 'roster.csv');
    writeFileSync(
      file,
      [
        'aadObjectId,name,audience,organisation,serviceGroup',
        `${PRIYA},Priya Shah,practitioner,Northdale Children's Services,social-care`,
        `not-an-id,Mark Evans,operational-manager,Northdale Children's Services,social-care`,
        `11111111-1111-4111-8111-000000000003,Chloe Brown,coordinator,Northdale Council,local-authority`,
      ].join('\n'),
    );
    const run = await admin(['import', 'roster', file], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('roster.csv was not imported: 3 problems on 2 lines. Nothing was written.');
    expect(run.stderr).toContain('line 3: aadObjectId "not-an-id" is not an Entra object id');
    expect(run.stderr).toContain('line 4: audience "coordinator" is not one of:');
    expect(run.stderr).toContain('line 4: organisation "Northdale Council" is not known');
    expect(await database.collections.people.countDocuments()).toBe(0);
  }, 30_000);

  it('refuses a file that is not UTF-8, naming the line and how to save it, and writes nothing (exit 1)', async () => {
    const file = path.join(folder, 'latin1.csv');
    writeFileSync(file, Buffer.from('name,accredited\nMoorside,no\nZoë Brontë Nursery,yes\n', 'latin1'));
    const { io, out, err } = capture(env);
    expect(await runAdmin(['import', 'organisations', file], io)).toBe(1);
    expect(err).toEqual([
      'latin1.csv was not imported: 1 problem on 1 line. Nothing was written.',
      '  line 3: the file is not UTF-8 text: line 3 has bytes that are not UTF-8 ("Zo\ufffd Bront\ufffd Nursery,yes"). In your spreadsheet choose Save As, then "CSV UTF-8 (Comma delimited) (*.csv)", and import that file.',
    ]);
    expect(out).toEqual([]);
    expect(await database.collections.organisations.countDocuments({ name: /Moorside|Zo/ })).toBe(0);
  });

  it('refuses a file over the size limit without reading it (exit 1)', async () => {
    const file = path.join(folder, 'huge.csv');
    writeFileSync(file, 'name\n');
    truncateSync(file, 40 * 1024 * 1024); // sparse: takes no room on disk
    const { io, err } = capture(env);
    expect(await runAdmin(['import', 'organisations', file], io)).toBe(1);
    expect(err).toEqual([
      'huge.csv was not imported: 1 problem on 1 line. Nothing was written.',
      '  line 1: the file is 40.0 MB; at most 32 MB can be imported at once: split it into smaller files',
    ]);
  });

  it('answers an unknown command with the usage (exit 1)', async () => {
    const { io, err } = capture(env);
    expect(await runAdmin(['upload', 'roster.csv'], io)).toBe(1);
    expect(err[0]).toBe('Unknown command "upload".');
    expect(err.join('\n')).toContain('import roster FILE.csv');
  });

  it.each([
    [
      ['import', 'people', 'x.csv'],
      'Import what? Use one of: organisations, roster, sessions (not "people").',
    ],
    [['import', 'roster'], 'Give one CSV file: import roster FILE.csv'],
    [['grant', 'admin', PRIYA], 'grant what? Use one of: coordinator, trainer (not "admin").'],
    [[], 'Give a command.'],
  ])('answers %j with one clear line and the usage (exit 1)', async (args, message) => {
    const { io, err } = capture(env);
    expect(await runAdmin(args, io)).toBe(1);
    expect(err[0]).toBe(message);
  });

  it('says so in one line when the file cannot be read (exit 1)', async () => {
    const { io, out, err } = capture(env);
    const missing = path.join(folder, 'nowhere.csv');
    expect(await runAdmin(['import', 'sessions', missing], io)).toBe(1);
    expect(err).toEqual([`Cannot read ${missing}: no such file.`]);
    expect(out).toEqual([]);
  });

  it('grants and revokes a permission, and refuses someone not on the roster (exit 1)', async () => {
    await database.collections.people.insertOne({
      _id: PRIYA,
      name: 'Priya Shah',
      audience: 'practitioner',
      organisation: "Northdale Children's Services",
      serviceGroup: 'social-care',
      accessRoute: 'care-first',
      contactPointUser: true,
      itCompetence: false,
      identityChecked: true,
      permissions: [],
      completed: [],
      source: 'roster',
      updatedAt: new Date(),
    });
    const granted = capture(env);
    expect(await runAdmin(['grant', 'coordinator', PRIYA], granted.io)).toBe(0);
    expect(granted.out).toEqual([`Priya Shah (${PRIYA}) now has the coordinator permission.`]);
    const revoked = capture(env);
    expect(await runAdmin(['revoke', 'coordinator', PRIYA], revoked.io)).toBe(0);
    expect(revoked.out).toEqual([`Priya Shah (${PRIYA}) no longer has the coordinator permission.`]);

    const stranger = capture(env);
    expect(await runAdmin(['grant', 'trainer', '11111111-1111-4111-8111-000000000005'], stranger.io)).toBe(1);
    expect(stranger.err).toEqual([
      'No one on the roster has aadObjectId 11111111-1111-4111-8111-000000000005: import them with "npm run admin -- import roster FILE.csv" first.',
    ]);
  });
});

describe('admin export roster', () => {
  const catalogue = loadCatalogue();
  const today = () => new Date('2026-05-06T10:00:00Z');
  const ids = (n: number) => `11111111-2222-4333-8444-${String(n).padStart(12, '0')}`;
  const EVIL = '=HYPERLINK("http://evil.example","Click me")';
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let env: NodeJS.ProcessEnv;
  let folder: string;
  beforeAll(async () => {
    database = await openTestDatabase('admin_export');
    env = envFor(database);
    folder = mkdtempSync(path.join(tmpdir(), 'admin-export-'));
    const options = { catalogue, clock: today };
    const load = async (kind: 'organisations' | 'roster', csv: string) => {
      const result = await importCsv(database.collections, kind, csv, options);
      if (!result.ok) throw new Error(JSON.stringify(result));
    };
    await load(
      'organisations',
      "name,accredited\nNorthdale Children's Services,yes\n@Home Childminders,no\n",
    );
    await load(
      'roster',
      [
        'aadObjectId,name,email,audience,organisation,serviceGroup,accessRoute,managerAadObjectId,contactPointUser,ecrbIssued,itCompetence,identityChecked,permissions,completed',
        `${ids(1)},Priya Shah,priya@example.org,practitioner,Northdale Children's Services,social-care,,${ids(2)},yes,2025-05-02,no,yes,,IW01@2025-09-10;IS01@2025-11-03`,
        `${ids(2)},Mark Evans,,operational-manager,Northdale Children's Services,social-care,,,no,,yes,yes,,`,
        `${ids(3)},"Owen Davies, IS officer",,is-officer,@Home Childminders,local-authority,web-browser,${ids(2)},yes,,yes,no,coordinator,`,
      ].join('\n'),
    );
    // `admin grant` appends: Mark ends up with [trainer, coordinator], not the import's order.
    await grantPermission(database.collections, ids(2), 'trainer');
    await grantPermission(database.collections, ids(2), 'coordinator');
    // Someone not on the roster, whose Teams display name is a spreadsheet formula.
    const declared = await declareProfile(
      database.collections,
      catalogue,
      { aadObjectId: ids(9), name: EVIL },
      {
        audience: 'practitioner',
        organisation: 'other',
        organisationOther: 'Moorside Nursery',
        serviceGroup: 'voluntary',
        contactPointUser: 'yes',
        managerEmail: 'nobody@example.org',
      },
      today(),
    );
    expect(declared.ok).toBe(true);
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await database.drop();
  });

  it('writes everyone in the roster.csv format, with formula cells neutralised', async () => {
    const file = path.join(folder, 'roster-export.csv');
    const { io, out, err } = capture(env);
    expect(await runAdmin(['export', 'roster', '--out', file], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([
      `Exported 4 people to ${file} (1 of them self-declared: the source column keeps them unconfirmed when the file is imported).`,
    ]);
    expect(readFileSync(file, 'utf8').split('\r\n')).toEqual([
      '\ufeffaadObjectId,name,email,audience,organisation,serviceGroup,accessRoute,managerAadObjectId,contactPointUser,ecrbIssued,itCompetence,identityChecked,permissions,completed,source',
      `${ids(9)},"'=HYPERLINK(""http://evil.example"",""Click me"")",,practitioner,Moorside Nursery,voluntary,,,yes,,no,no,,,self-declared`,
      `${ids(2)},Mark Evans,,operational-manager,Northdale Children's Services,social-care,,,no,,yes,yes,trainer;coordinator,,roster`,
      `${ids(3)},"Owen Davies, IS officer",,is-officer,'@Home Childminders,local-authority,web-browser,${ids(2)},yes,,yes,no,coordinator,,roster`,
      `${ids(1)},Priya Shah,priya@example.org,practitioner,Northdale Children's Services,social-care,,${ids(2)},yes,2025-05-02,no,yes,,IW01@2025-09-10;IS01@2025-11-03,roster`,
      '',
    ]);
  });

  it('imports its own export back without changing anyone', async () => {
    const file = path.join(folder, 'round-trip.csv');
    expect(await runAdmin(['export', 'roster', '--out', file], capture(env).io)).toBe(0);
    const before = await database.collections.people.find({}).sort({ _id: 1 }).toArray();

    const { io, out, err } = capture(env);
    expect(await runAdmin(['import', 'roster', file], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual(['Imported round-trip.csv (roster, 4 rows): 0 created, 0 updated, 4 unchanged.']);
    expect(await database.collections.people.find({}).sort({ _id: 1 }).toArray()).toEqual(before);
  });

  it('writes the same file to standard output without --out', async () => {
    const file = path.join(folder, 'same.csv');
    expect(await runAdmin(['export', 'roster', '--out', file], capture(env).io)).toBe(0);
    const { io, out, written } = capture(env);
    expect(await runAdmin(['export', 'roster'], io)).toBe(0);
    expect(out).toEqual([]);
    expect(written.join('')).toBe(readFileSync(file, 'utf8'));
  });

  it.each([
    [['export', 'people'], 'Export what? Use one of: roster, bookings (not "people").'],
    [['export', 'roster', '--out'], 'Give a file after --out: export roster --out FILE.csv'],
    [['export', 'roster', 'roster.csv'], 'Give the file with --out: export roster --out FILE.csv'],
  ])('answers %j with one clear line and the usage (exit 1)', async (args, message) => {
    const { io, err } = capture(env);
    expect(await runAdmin(args, io)).toBe(1);
    expect(err[0]).toBe(message);
    expect(err.join('\n')).toContain('export roster [--out FILE.csv]');
  });
});

describe('admin export bookings', () => {
  const EVIL = '=HYPERLINK("http://evil.example","Click me")';
  const id = (n: number) => `0a1b2c3d-0000-4000-8000-${String(n).padStart(12, '0')}`;
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let env: NodeJS.ProcessEnv;
  let folder: string;
  const session = sessionAt('2026-11-30T09:30', '2026-11-30T13:00');
  beforeAll(async () => {
    database = await openTestDatabase('admin_export_bookings');
    env = envFor(database);
    folder = mkdtempSync(path.join(tmpdir(), 'admin-export-bookings-'));
    await database.collections.sessions.insertOne(session);
    await database.collections.bookings.insertMany([
      bookingOn(session, { _id: id(1), person: { aadObjectId: PRIYA, name: 'Priya Shah' } }),
      bookingOn(session, {
        _id: id(2),
        person: { aadObjectId: '11111111-1111-4111-8111-000000000002', name: EVIL },
        activeKey: 'p2|CP',
        state: 'held',
      }),
      bookingOn(session, { _id: id(3), sessionId: 'removed-session', activeKey: id(3), state: 'cancelled' }),
    ]);
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await database.drop();
  });

  const parsed = (text: string) => parse(text, { bom: true }) as string[][];

  it('writes every booking to the --out file, formula cells neutralised, and says how many', async () => {
    const file = path.join(folder, 'bookings.csv');
    const { io, out, err } = capture(env);
    expect(await runAdmin(['export', 'bookings', '--out', file], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([`Exported 3 bookings to ${file}.`]);
    const text = readFileSync(file, 'utf8');
    expect(
      text.startsWith('\ufeffbookingId,aadObjectId,name,course,sessionId,sessionStart,venue,state,'),
    ).toBe(true);
    const rows = parsed(text);
    expect(rows).toHaveLength(4);
    expect(rows.find((row) => row[0] === id(2))?.[2]).toBe(`'${EVIL}`);
    expect(rows.find((row) => row[0] === id(3))?.slice(4, 8)).toEqual([
      'removed-session',
      '2026-11-30T09:30',
      '',
      'cancelled',
    ]);
    expect(readdirSync(folder)).toEqual(['bookings.csv']);
  });

  it('writes the same file to standard output without --out', async () => {
    const file = path.join(folder, 'same-bookings.csv');
    expect(await runAdmin(['export', 'bookings', '--out', file], capture(env).io)).toBe(0);
    const { io, out, written } = capture(env);
    expect(await runAdmin(['export', 'bookings'], io)).toBe(0);
    expect(out).toEqual([]);
    expect(written.join('')).toBe(readFileSync(file, 'utf8'));
  });

  it('runs as `npm run admin -- export bookings` does, the file on standard output and nothing else', async () => {
    const run = await admin(['export', 'bookings'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(parsed(run.stdout).map((row) => row[0])).toEqual(['bookingId', id(1), id(2), id(3)]);
  }, 30_000);

  it('says so in one line when the file cannot be written, and leaves nothing behind (exit 1)', async () => {
    const file = path.join(folder, 'no-such-folder', 'bookings.csv');
    const { io, out, err } = capture(env);
    expect(await runAdmin(['export', 'bookings', '--out', file], io)).toBe(1);
    expect(err).toEqual([`Cannot write ${file}: no such file.`]);
    expect(out).toEqual([]);
  });

  it('answers a misplaced file name with one clear line and the usage (exit 1)', async () => {
    const { io, err } = capture(env);
    expect(await runAdmin(['export', 'bookings', 'bookings.csv'], io)).toBe(1);
    expect(err[0]).toBe('Give the file with --out: export bookings --out FILE.csv');
    expect(err.join('\n')).toContain('export bookings [--out FILE.csv]');
  });
});

describe('admin waiting, confirm and reject', () => {
  const catalogue = loadCatalogue();
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let env: NodeJS.ProcessEnv;
  const MARK = '11111111-1111-4111-8111-000000000002';
  const SAM = '99999999-1111-4111-8111-000000000001';
  const ZOE = '99999999-1111-4111-8111-000000000002';

  beforeAll(async () => {
    database = await openTestDatabase('admin_review');
    env = envFor(database);
    await importCsv(
      database.collections,
      'organisations',
      "name,accredited\nNorthdale Children's Services,yes\n",
      {
        catalogue,
      },
    );
    await importCsv(
      database.collections,
      'roster',
      [
        'aadObjectId,name,email,audience,organisation,serviceGroup',
        `${MARK},Mark Evans,mark.evans@northdale.example.gov.uk,operational-manager,Northdale Children's Services,social-care`,
      ].join('\n'),
      { catalogue },
    );
    for (const [id, name] of [
      [SAM, 'Sam Okafor'],
      [ZOE, 'Zoe Bronte'],
    ] as const) {
      await declareProfile(
        database.collections,
        catalogue,
        { aadObjectId: id, name },
        {
          audience: 'senior-manager',
          organisation: 'other',
          organisationOther: 'Brightstart Playgroup',
          serviceGroup: 'childrens-centres',
          contactPointUser: 'yes',
          managerEmail: 'Mark.Evans@northdale.example.gov.uk',
        },
        new Date(),
      );
    }
  });
  afterAll(() => database.drop());

  it('lists who is waiting, with their ids and the manager they named', async () => {
    const { io, out } = capture(env);
    expect(await runAdmin(['waiting'], io)).toBe(0);
    expect(out[0]).toBe('2 people are waiting to be confirmed:');
    expect(out).toContainEqual(
      `  ${SAM}  Sam Okafor: Strategic, senior or middle manager at Brightstart Playgroup (new organisation), says their manager is mark.evans@northdale.example.gov.uk (Mark Evans)`,
    );
  });

  it('refuses to grant a permission to someone not confirmed, saying how to confirm them (exit 1)', async () => {
    const { io, err } = capture(env);
    expect(await runAdmin(['grant', 'coordinator', SAM], io)).toBe(1);
    expect(err.join('\n')).toContain(`confirm them first ("npm run admin -- confirm ${SAM}")`);
    expect((await database.collections.people.findOne({ _id: SAM }))?.permissions).toEqual([]);
  });

  it('confirms with corrections, linking the manager, and says what changed (exit 0)', async () => {
    const run = await admin(
      [
        'confirm',
        SAM,
        '--audience',
        'practitioner',
        '--organisation',
        "Northdale Children's Services",
        '--service-group',
        'social-care',
      ],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `Confirmed Sam Okafor (${SAM}): Practitioner at Northdale Children's Services, line manager Mark Evans.`,
    );
    expect(run.stdout).toContain('Corrected: role: Strategic, senior or middle manager → Practitioner');
    expect(await database.collections.people.findOne({ _id: SAM })).toMatchObject({
      source: 'roster',
      audience: 'practitioner',
      accessRoute: 'care-first',
      managerAadObjectId: MARK,
      confirmed: { by: 'admin-cli' },
    });
  }, 30_000);

  it('says so and changes nothing when the person is already confirmed (exit 1)', async () => {
    const before = await database.collections.people.findOne({ _id: SAM });
    const { io, err } = capture(env);
    expect(await runAdmin(['confirm', SAM], io)).toBe(1);
    expect(err).toEqual(['Sam Okafor is already on the roster; nothing changed.']);
    expect(await database.collections.people.findOne({ _id: SAM })).toEqual(before);
  });

  it('rejects, then refuses a second rejection (exit 1)', async () => {
    const first = capture(env);
    expect(await runAdmin(['reject', ZOE], first.io)).toBe(0);
    expect(first.out[0]).toMatch(/^Rejected Zoe Bronte's details/);
    const second = capture(env);
    expect(await runAdmin(['reject', ZOE], second.io)).toBe(1);
    expect(second.err[0]).toMatch(/already rejected by the administrator \(admin CLI\)/);
  });

  it('refuses bad options with the usage and changes nothing (exit 1)', async () => {
    for (const args of [
      ['confirm'],
      ['confirm', ZOE, '--audience', 'wizard'],
      ['confirm', ZOE, '--manager'],
      ['confirm', ZOE, '--manager', 'a@b.c', '--no-manager'],
      ['confirm', ZOE, '--colour', 'blue'],
      ['confirm', ZOE, 'constructor', 'x'],
      ['confirm', ZOE, '__proto__', 'x'],
      ['reject', ZOE, 'extra'],
    ]) {
      const { io, err } = capture(env);
      expect(await runAdmin(args, io)).toBe(1);
      expect(err.join('\n')).toMatch(/Usage: npm run admin/);
    }
    expect((await database.collections.people.findOne({ _id: ZOE }))?.source).toBe('self-declared');
  });

  it('refuses a manager email that nobody on the roster has (exit 1)', async () => {
    const { io, err } = capture(env);
    expect(await runAdmin(['confirm', ZOE, '--manager', 'nobody@example.org'], io)).toBe(1);
    expect(err[0]).toBe(
      'Zoe Bronte was not confirmed: No one on the roster has the email nobody@example.org.',
    );
  });
});
