import { importOrganisations } from '../../../services/imports/importOrganisations';
import { openTestDatabase } from '../../support/testDatabase';
import { clock, countsOf, errorsOf, ORGANISATIONS_CSV } from './importFixtures';

describe('importing organisations.csv', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('import_organisations');
  });
  afterAll(() => database.drop());
  beforeEach(() => database.collections.organisations.deleteMany({}));

  it('creates organisations keyed by name in lower case, then finds a second run unchanged', async () => {
    const first = await importOrganisations(database.collections, ORGANISATIONS_CSV, { clock });
    expect(first).toMatchObject({ ok: true, rows: 3, counts: { created: 3, updated: 0, unchanged: 0 } });
    expect(
      await database.collections.organisations.findOne({ _id: "northdale children's services" }),
    ).toEqual({
      _id: "northdale children's services",
      name: "Northdale Children's Services",
      accredited: true,
      words: ['northdale', "children's", 'services', 'childrens'],
      updatedAt: clock(),
    });

    expect(countsOf(await importOrganisations(database.collections, ORGANISATIONS_CSV))).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
  });

  it('counts a changed row as updated and leaves accreditation alone when the column is absent', async () => {
    await importOrganisations(database.collections, ORGANISATIONS_CSV, { clock });
    const changed = ORGANISATIONS_CSV.replace('Riverside Family Support,no', 'Riverside Family Support,yes');
    expect(countsOf(await importOrganisations(database.collections, changed))).toEqual({
      created: 0,
      updated: 1,
      unchanged: 2,
    });

    const namesOnly = "name\nRiverside Family Support\nBrightstart Children's Centre\n";
    expect(countsOf(await importOrganisations(database.collections, namesOnly))).toEqual({
      created: 1,
      updated: 0,
      unchanged: 1,
    });
    const stored = await database.collections.organisations.find({}, { sort: { _id: 1 } }).toArray();
    expect(stored.map((organisation) => [organisation.name, organisation.accredited])).toEqual([
      ["Brightstart Children's Centre", false],
      ["Northdale Children's Services", true],
      ['Northdale Primary Schools', true],
      ['Riverside Family Support', true],
    ]);
  });

  it('reports every bad row and writes nothing', async () => {
    const csv =
      'name,accredited\nNorthdale Connexions,yes\n,no\nNORTHDALE  connexions,no\nBrightstart,perhaps\n';
    expect(errorsOf(await importOrganisations(database.collections, csv))).toEqual([
      { line: 3, column: 'name', reason: 'name is required' },
      {
        line: 4,
        column: 'name',
        reason:
          'name "NORTHDALE  connexions" is also on line 2 (names are compared ignoring case and spacing)',
      },
      { line: 5, column: 'accredited', reason: 'accredited "perhaps" must be yes or no' },
    ]);
    expect(await database.collections.organisations.countDocuments()).toBe(0);
  });
});
