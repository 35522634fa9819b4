import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { accessRouteFor, accessRouteLabel } from '../../../services/catalogue/accessRoutes';
import os from 'node:os';
import path from 'node:path';
import {
  CatalogueError,
  DEFAULT_CATALOGUE_PATH,
  loadCatalogue,
  parseCatalogue,
} from '../../../services/catalogue/loadCatalogue';
import { DEFAULT_ACCESS_ROUTE, SERVICE_GROUPS } from '../../../services/catalogue/vocabulary';

const EXAMPLE_OVERRIDE = path.join(
  __dirname,
  '../../../services/catalogue/examples/local-override.example.json',
);
const defaultData = JSON.parse(readFileSync(DEFAULT_CATALOGUE_PATH, 'utf8')) as {
  courses: Record<string, unknown>[];
  prerequisites: Record<string, unknown>[];
};
const dir = mkdtempSync(path.join(os.tmpdir(), 'catalogue-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeJson(name: string, data: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

/** The default catalogue with one course changed by `edit`. */
function withCourse(code: string, edit: (course: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(defaultData);
  const course = copy.courses.find((c) => c['code'] === code);
  if (!course) throw new Error(`no ${code}`);
  edit(course);
  return copy;
}

function errorOf(run: () => unknown): CatalogueError {
  try {
    run();
  } catch (err) {
    if (err instanceof CatalogueError) return err;
    throw err;
  }
  throw new Error('expected a CatalogueError');
}

describe('the default catalogue', () => {
  const catalogue = loadCatalogue();
  const codes = catalogue.courses.map((c) => c.code);

  it('holds every course code in contracts §3', () => {
    const contract = [
      ...['IW01', 'IW02', 'IW03', 'IW04', 'IW05'],
      ...['IS01', 'IS02', 'IS03', 'IS04', 'IS05'],
      ...['CAF01', 'CAF02', 'CAF03', 'LP01', 'LP02', 'LP03'],
      ...['ISI01', 'ISI02', 'ISI03', 'ISI04', 'ISI05', 'ISI06', 'ISI07', 'ISI08', 'ISI09', 'ISI10'],
      ...['CP', 'CP-L1', 'IS-EL', 'SG'],
    ];
    expect(codes.sort()).toEqual(contract.sort());
  });

  it('teaches CP01-CP05 in ContactPoint training, half a day, face to face, for ContactPoint users', () => {
    const cp = catalogue.courses.find((c) => c.code === 'CP');
    expect(cp?.parts.map((p) => p.code)).toEqual(['CP01', 'CP02', 'CP03', 'CP04', 'CP05']);
    expect(cp?.duration.label).toBe('Half a day');
    expect(cp?.delivery).toContain('face-to-face');
    expect(cp?.booking).toBe('session');
    expect(cp?.audiences).toEqual([{ audience: 'all', optional: false, when: 'contactPointUser' }]);
  });

  it('tracks ContactPoint Level 1 without booking it locally', () => {
    expect(catalogue.courses.find((c) => c.code === 'CP-L1')?.booking).toBe('arranged-separately');
  });

  it('maps service groups to access routes as domain §5 does', () => {
    for (const group of SERVICE_GROUPS) {
      expect(catalogue.accessRoutes.byServiceGroup[group]).toBe(DEFAULT_ACCESS_ROUTE[group]);
    }
  });

  it('meets the Information Sharing prerequisite with IS01-IS04 or IS-EL (contracts §3)', () => {
    const check = catalogue.prerequisites.find((p) => p.id === 'information-sharing');
    expect(check).toMatchObject({
      kind: 'training',
      metBy: ['IS01', 'IS02', 'IS03', 'IS04', 'IS-EL'],
      remedy: 'IS-EL',
    });
  });

  it('applies all six domain §6 checks by default, with 3-year windows for eCRB and safeguarding', () => {
    expect(catalogue.prerequisites.map((p) => [p.id, p.applies])).toEqual([
      ['ecrb', true],
      ['it-competence', true],
      ['information-sharing', true],
      ['organisation-accreditation', true],
      ['identity', true],
      ['safeguarding', true],
    ]);
    for (const id of ['ecrb', 'safeguarding']) {
      expect(catalogue.prerequisites.find((p) => p.id === id)).toMatchObject({ windowMonths: 36 });
    }
  });
});

describe('a bad catalogue file', () => {
  it.each<[string, unknown, string[]]>([
    ['is not JSON', '{ "courses": [', ['is not JSON']],
    [
      'has a duration without a label',
      withCourse('IS02', (c) => ((c['duration'] as Record<string, unknown>)['label'] = '')),
      ['courses[IS02].duration.label'],
    ],
    [
      'follows a code that does not exist',
      withCourse('IS03', (c) => (c['follows'] = [['IS01', 'IS99']])),
      ['courses[IS03].follows[0][1]: no course has code IS99'],
    ],
    [
      'has "follows" going round in a circle',
      withCourse('IW01', (c) => (c['follows'] = [['IS02']])),
      ['"follows" goes round in a circle: IW01 -> IS01 -> IS02 -> IW01'],
    ],
    [
      'gives two courses the same alias',
      withCourse('IS03', (c) => (c['aliases'] = ['information sharing in practice'])),
      ['courses[IS03].aliases: "information sharing in practice" also names IS02'],
    ],
    [
      'has an unknown audience and an unknown field',
      withCourse('LP02', (c) => {
        c['audiences'] = [{ audience: 'volunteer' }];
        c['colour'] = 'blue';
      }),
      ['courses[LP02].audiences[0].audience', 'courses[LP02]: Unrecognized key: "colour"'],
    ],
    [
      'uses a placeholder the wording cannot fill',
      (() => {
        const copy = structuredClone(defaultData);
        const ecrb = copy.prerequisites.find((p) => p['id'] === 'ecrb') as { actions: { warning: string } };
        ecrb.actions.warning = 'Renew by {deadline}';
        return copy;
      })(),
      ['prerequisites[ecrb].actions.warning: unknown placeholder {deadline}'],
    ],
  ])('that %s is refused with the file and the bad path named', (name, data, expected) => {
    const file = writeJson(`${name.replace(/\W+/g, '-')}.json`, data);
    const error = errorOf(() => loadCatalogue(file));
    expect(error.message).toContain(`Catalogue file ${file} is not valid`);
    for (const text of expected) expect(error.message).toContain(text);
  });

  it('that cannot be read is refused naming the file', () => {
    const missing = path.join(dir, 'nowhere.json');
    expect(() => loadCatalogue(missing)).toThrow(
      `Catalogue file ${missing} is not valid:\n  - cannot be read`,
    );
  });

  it('given as data is refused naming the source', () => {
    expect(() => parseCatalogue({ name: 'x' }, 'upload')).toThrow(
      /Catalogue upload is not valid:[\s\S]*courses/,
    );
  });
});

describe('a local override', () => {
  it('merges onto the default: e-learning link, eCRB window, checks switched off, a local course and check', () => {
    const merged = loadCatalogue(DEFAULT_CATALOGUE_PATH, EXAMPLE_OVERRIDE);
    const course = (code: string) => merged.courses.find((c) => c.code === code);
    const check = (id: string) => merged.prerequisites.find((p) => p.id === id);

    expect(course('IS-EL')?.link).toBe('https://learning.example-borough.gov.uk/courses/information-sharing');
    expect(course('IS-EL')?.title).toBe('Information Sharing e-learning');
    expect(check('ecrb')).toMatchObject({ windowMonths: 24, warnWithinDays: 60, evidencedBy: 'HR' });
    expect(check('organisation-accreditation')?.applies).toBe(false);
    expect(check('safeguarding')?.applies).toBe(false);
    expect(course('DP01')).toMatchObject({ code: 'DP01', booking: 'self-study', validForMonths: 12 });
    expect(check('data-protection')).toMatchObject({
      kind: 'training',
      metBy: ['DP01'],
      measuredAgainst: 'session-date',
    });
    expect(merged.accessRoutes.byServiceGroup.health).toBe('care-first');
    expect(merged.accessRoutes.byServiceGroup.schools).toBe('web-browser');
    expect(merged.courses.length).toBe(loadCatalogue().courses.length + 1);
  });

  it.each<[string, unknown, string]>([
    [
      'removes a course others still follow',
      { courses: { IS01: null } },
      'courses[IS02].follows[0][0]: no course has code IS01',
    ],
    ['has a section the format does not know', { modules: {} }, 'Unrecognized key: "modules"'],
    [
      'files a course under another code',
      { courses: { IS02: { code: 'IS03' } } },
      'courses.IS02.code: must be IS02',
    ],
    [
      'sets a window to a word',
      { prerequisites: { ecrb: { windowMonths: 'three years' } } },
      'prerequisites[ecrb].windowMonths',
    ],
    [
      'adds a course with missing fields',
      { courses: { LOCAL1: { title: 'Local' } } },
      'courses[LOCAL1].summary',
    ],
  ])('that %s is refused naming the override file', (name, override, expected) => {
    const file = writeJson(`override-${name.replace(/\W+/g, '-')}.json`, override);
    const error = errorOf(() => loadCatalogue(DEFAULT_CATALOGUE_PATH, file));
    expect(error.message).toContain(file);
    expect(error.message).toContain(expected);
  });
});

describe('access routes', () => {
  it.each([
    ['social-care', 'care-first', 'Care First'],
    ['local-authority', 'capita-one', 'Capita One (EMS)'],
    ['youth-offending', 'careworks', 'CareWorks'],
    ['voluntary', 'web-browser', 'Web browser'],
  ] as const)('sends %s through %s', (group, route, label) => {
    const catalogue = loadCatalogue();
    expect(accessRouteFor(catalogue, group)).toBe(route);
    expect(accessRouteLabel(catalogue, route)).toBe(label);
  });
});
