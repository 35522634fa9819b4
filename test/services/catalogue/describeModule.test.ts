import { describeModule } from '../../../services/catalogue/describeModule';
import { catalogue } from './fixtures';

describe('describeModule', () => {
  it.each([
    ['IS02', 'IS02', '5 hours (2 x 2.5 hours)'],
    ['is02', 'IS02', '5 hours (2 x 2.5 hours)'],
    ['information sharing in practice', 'IS02', '5 hours (2 x 2.5 hours)'],
    ['Information Sharing in practice', 'IS02', '5 hours (2 x 2.5 hours)'],
    ['CAF02', 'CAF02', '5 hours (2 x 2.5 hours)'],
    ['common assessment framework', 'CAF01', '30 minutes'],
    ['lead professional', 'LP01', '30 to 40 minutes'],
    ['IW03', 'IW03', '2 to 3 hours'],
    ['CAF03', 'CAF03', '5.5 hours'],
    ['ContactPoint training', 'CP', 'Half a day'],
    ['CP-L1', 'CP-L1', '2 days'],
    ['ISI06', 'ISI06', 'Defined in a separate ContactPoint training strategy'],
  ])('answers how long %s is', (asked, code, label) => {
    const module = describeModule(catalogue, asked);
    expect(module?.code).toBe(code);
    expect(module?.durationLabel).toBe(label);
  });

  it('gives IS02 as 5 hours in 2 parts of 2.5 hours', () => {
    expect(describeModule(catalogue, 'IS02')?.duration).toEqual({
      minMinutes: 300,
      maxMinutes: 300,
      label: '5 hours (2 x 2.5 hours)',
      parts: { count: 2, minutesEach: 150 },
    });
  });

  it.each([
    ['IS03', 'IS01 and IS02', [['IS01', 'IS02']]],
    ['IW03', 'IW02, or IS01 + CAF01 + LP01', [['IW02'], ['IS01', 'CAF01', 'LP01']]],
    ['IS05', 'IS01, IS02 and IS03', [['IS01', 'IS02', 'IS03']]],
    ['IS02', 'IS01', [['IS01']]],
    ['IW01', '', []],
    ['CAF03', '', []],
  ])('says what comes before %s', (code, label, ways) => {
    const before = describeModule(catalogue, code)?.before;
    expect(before?.label).toBe(label);
    expect(before?.ways.map((way) => way.map((m) => m.code))).toEqual(ways);
  });

  it('names the modules that come before IS03 with their titles', () => {
    expect(describeModule(catalogue, 'IS03')?.before.ways).toEqual([
      [
        { code: 'IS01', title: 'Introduction to Information Sharing' },
        { code: 'IS02', title: 'Information Sharing in practice' },
      ],
    ]);
  });

  it('says who a module is for, and where it is optional', () => {
    const is03 = describeModule(catalogue, 'IS03');
    expect(is03?.audiences.map((a) => [a.audience, a.optional])).toEqual([
      ['is-officer', false],
      ['trainer', false],
      ['practitioner', true],
      ['operational-manager', true],
    ]);
    expect(describeModule(catalogue, 'CP')?.audiences).toEqual([
      { audience: 'all', label: 'Everyone', optional: false, contactPointUsersOnly: true },
    ]);
  });

  it('describes delivery in words', () => {
    expect(describeModule(catalogue, 'IW01')?.deliveryLabel).toBe('Classroom, presentation or self-study');
    expect(describeModule(catalogue, 'IS05')?.deliveryLabel).toBe('Presentation or discussion');
    expect(describeModule(catalogue, 'CP')?.deliveryLabel).toBe('Face to face');
  });

  it('names the manager short-cut on the introductions it replaces', () => {
    expect(describeModule(catalogue, 'CAF01')?.coveredBy).toEqual([
      expect.objectContaining({ code: 'IW02', audiences: ['operational-manager', 'senior-manager'] }),
    ]);
  });

  it('finds a ContactPoint part within its course', () => {
    const module = describeModule(catalogue, 'CP03');
    expect(module?.code).toBe('CP');
    expect(module?.part).toEqual({ code: 'CP03', title: 'Using ContactPoint via the browser interface' });
  });

  it('gives the e-learning link', () => {
    expect(describeModule(catalogue, 'information sharing e-learning')?.link).toBe(
      'https://learning.example.gov.uk/information-sharing',
    );
  });

  it('knows nothing of a module that is not in the catalogue', () => {
    expect(describeModule(catalogue, 'IS09')).toBeUndefined();
    expect(describeModule(catalogue, '')).toBeUndefined();
  });
});
