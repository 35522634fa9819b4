import { buildPathway, type Pathway, type PathwayItem } from '../../../services/pathway/buildPathway';
import type { Audience } from '../../../services/catalogue/vocabulary';
import { aProfile, catalogue, clock, done } from '../catalogue/fixtures';

const today = clock();

function pathwayOf(
  overrides: Parameters<typeof aProfile>[0],
  bookings: { code: string; sessionStart: Date }[] = [],
) {
  return buildPathway(catalogue, aProfile(overrides), { today, bookings });
}

function item(pathway: Pathway, code: string): PathwayItem {
  const found = pathway.items.find((i) => i.code === code);
  if (!found) throw new Error(`${code} is not on the pathway: ${pathway.items.map((i) => i.code).join(' ')}`);
  return found;
}

const codes = (items: PathwayItem[]) => items.map((i) => i.code).sort();

// Domain §4, "Audience x module" (national outline Appendix 1), row by row.
const DOMAIN_TABLE: Record<Audience, string[]> = {
  practitioner: [
    ...['IW01'],
    ...['IS01', 'IS02'],
    ...['CAF01', 'CAF02'],
    ...['LP01', 'LP02'],
    ...['ISI01', 'ISI02', 'ISI03', 'ISI04'],
  ],
  trainer: [
    ...['IW01', 'IW02', 'IW05'],
    ...['IS01', 'IS02', 'IS03', 'IS05'],
    ...['CAF01', 'CAF02', 'CAF03'],
    ...['LP01', 'LP02', 'LP03'],
    ...['ISI01', 'ISI02', 'ISI03', 'ISI04', 'ISI10'],
  ],
  'operational-manager': [
    ...['IW01', 'IW03'],
    ...['IS01', 'IS02', 'IS03'],
    ...['CAF01', 'CAF02'],
    ...['LP01', 'LP02'],
    ...['ISI01', 'ISI06'],
  ],
  'senior-manager': [...['IW01', 'IW02', 'IW04'], ...['ISI01', 'ISI07', 'ISI08', 'ISI09']],
  'is-officer': [
    ...['IW01'],
    ...['IS01', 'IS02', 'IS03'],
    ...['CAF01', 'CAF02'],
    ...['LP01', 'LP02'],
    ...['ISI01', 'ISI05'],
  ],
  'admin-staff': [...['IW01', 'IW02', 'IS04'], ...['ISI01', 'ISI08', 'ISI09']],
};

// Optional, from the module definitions (domain §4 "audience" column), the managers' short-cut and the
// free e-learning open to everyone (domain §10 stage 2).
const OPTIONAL: Record<Audience, { inTable: string[]; added: string[] }> = {
  practitioner: { inTable: [], added: ['IS03', 'IS-EL'] },
  trainer: { inTable: [], added: ['IS-EL'] },
  'operational-manager': { inTable: ['IS02', 'IS03', 'LP02'], added: ['IW02', 'IS-EL'] },
  'senior-manager': { inTable: [], added: ['IS-EL'] },
  'is-officer': { inTable: [], added: ['IS-EL'] },
  'admin-staff': { inTable: [], added: ['IS-EL'] },
};

describe('each audience gets its route from the domain brief', () => {
  const audiences = Object.keys(DOMAIN_TABLE) as Audience[];

  it.each(audiences)(
    '%s: every module in the domain table, and only those besides the optional extras',
    (audience) => {
      const pathway = pathwayOf({ audience });
      const { inTable, added } = OPTIONAL[audience];
      expect(codes(pathway.items)).toEqual([...DOMAIN_TABLE[audience], ...added].sort());
      expect(codes(pathway.items.filter((i) => i.optional))).toEqual([...inTable, ...added].sort());
    },
  );

  it.each(audiences)(
    '%s nominated for ContactPoint also gets ContactPoint training and safeguarding',
    (audience) => {
      const pathway = pathwayOf({ audience, contactPointUser: true });
      const required = pathway.items.filter((i) => !i.optional);
      expect(item(pathway, 'CP')).toMatchObject({
        optional: false,
        reason: 'contactpoint-user',
        gatedByReadiness: true,
      });
      expect(item(pathway, 'SG')).toMatchObject({ optional: false, reason: 'contactpoint-user' });
      expect(codes(required)).toEqual(
        expect.arrayContaining([
          ...DOMAIN_TABLE[audience].filter((c) => !OPTIONAL[audience].inTable.includes(c)),
          'CP',
          'SG',
        ]),
      );
    },
  );

  it.each(audiences)('%s not nominated for ContactPoint has no ContactPoint training', (audience) => {
    expect(pathwayOf({ audience }).items.map((i) => i.code)).not.toEqual(expect.arrayContaining(['CP']));
    expect(pathwayOf({ audience }).items.map((i) => i.code)).not.toEqual(expect.arrayContaining(['SG']));
  });

  it.each(audiences)('%s: every module comes after the modules it is designed to follow', (audience) => {
    const pathway = pathwayOf({ audience, contactPointUser: true });
    const position = new Map(pathway.items.map((i, index) => [i.code, index]));
    for (const course of catalogue.courses) {
      const at = position.get(course.code);
      if (at === undefined) continue;
      for (const earlier of course.follows.flat()) {
        const earlierAt = position.get(earlier);
        if (earlierAt !== undefined) expect([earlier, earlierAt < at]).toEqual([earlier, true]);
      }
    }
  });

  it.each(audiences)('%s with every module of their route done has nothing left', (audience) => {
    const everything = done(
      ...DOMAIN_TABLE[audience].map((code) => `${code}@2026-01-10`),
      'CP@2026-02-01',
      'SG@2025-06-01',
    );
    const pathway = pathwayOf({ audience, contactPointUser: true, completed: everything });
    expect(pathway.items.filter((i) => !i.optional).every((i) => i.status === 'done')).toBe(true);
    expect(pathway.nextStep).toEqual({ action: 'none', reason: 'complete' });
  });
});

describe('each module is marked with where the person stands', () => {
  const pathway = pathwayOf({ completed: done('IW01@2026-01-12', 'IS01@2026-02-03') }, [
    { code: 'IS02', sessionStart: new Date('2026-05-11T08:30:00Z') },
    { code: 'IS03', sessionStart: new Date('2026-06-01T08:30:00Z') },
  ]);

  it.each<[string, Partial<PathwayItem>]>([
    ['IW01', { status: 'done', completedOn: '2026-01-12' }],
    ['IS01', { status: 'done', completedOn: '2026-02-03' }],
    ['IS02', { status: 'booked', bookedFor: new Date('2026-05-11T08:30:00Z') }],
    ['IS03', { status: 'booked', optional: true }],
    ['CAF01', { status: 'next' }],
    ['LP01', { status: 'next' }],
    ['CAF02', { status: 'waiting', waitingFor: ['CAF01'] }],
    ['LP02', { status: 'waiting', waitingFor: ['LP01'] }],
    ['IS-EL', { status: 'optional', optional: true }],
  ])('%s', (code, expected) => {
    expect(item(pathway, code)).toMatchObject(expected);
  });

  it('shows duration and delivery with each module', () => {
    expect(item(pathway, 'IS02')).toMatchObject({
      durationLabel: '5 hours (2 x 2.5 hours)',
      deliveryLabel: 'Classroom',
      booking: 'session',
      followsLabel: 'IS01',
    });
  });

  it('counts each status', () => {
    expect(pathway.counts).toEqual({ done: 2, booked: 2, next: 6, waiting: 2, optional: 1 });
  });

  it('suggests finding a session for the first module that can be booked now', () => {
    expect(pathway.nextStep).toEqual({
      action: 'find-session',
      code: 'CAF01',
      title: 'Introduction to the Common Assessment Framework',
      selfStudyToo: false,
    });
  });

  it('keeps done ahead of booked, and the earliest of two bookings', () => {
    const again = pathwayOf({ completed: done('IW01@2026-01-12') }, [
      { code: 'IW01', sessionStart: new Date('2026-06-01T08:30:00Z') },
      { code: 'IS01', sessionStart: new Date('2026-06-01T08:30:00Z') },
      { code: 'is01', sessionStart: new Date('2026-05-20T08:30:00Z') },
    ]);
    expect(item(again, 'IW01').status).toBe('done');
    expect(item(again, 'IS01')).toMatchObject({
      status: 'booked',
      bookedFor: new Date('2026-05-20T08:30:00Z'),
    });
  });

  it('treats a self-declared profile the same as a roster one', () => {
    const roster = pathwayOf({ completed: done('IW01@2026-01-12') });
    const declared = pathwayOf({ completed: done('IW01@2026-01-12'), source: 'self-declared' });
    expect(declared).toEqual(roster);
  });
});

describe('the next step', () => {
  it.each<[string, Parameters<typeof aProfile>[0], Pathway['nextStep']]>([
    [
      'a newcomer starts with IW01, a session or self-study',
      {},
      {
        action: 'find-session',
        code: 'IW01',
        title: 'Introduction to Integrated Working',
        selfStudyToo: true,
      },
    ],
    [
      'a ContactPoint senior manager with no Information Sharing training is sent to the e-learning',
      {
        audience: 'senior-manager',
        contactPointUser: true,
        completed: done('IW01@2025-01-10', 'IW02@2025-02-10', 'IW04@2025-03-10'),
      },
      {
        action: 'self-study',
        code: 'IS-EL',
        title: 'Information Sharing e-learning',
        link: 'https://learning.example.gov.uk/information-sharing',
      },
    ],
    [
      'modules arranged elsewhere are left to the coordinator when nothing else is open',
      {
        audience: 'senior-manager',
        completed: done('IW01@2025-01-10', 'IW02@2025-02-10', 'IW04@2025-03-10'),
      },
      { action: 'ask-coordinator', code: 'ISI07', title: 'Supporting the IS Index' },
    ],
  ])('%s', (_name, profile, expected) => {
    expect(pathwayOf(profile).nextStep).toEqual(expected);
  });

  it('says all is booked when what remains is booked or waiting for a booking', () => {
    const pathway = pathwayOf(
      {
        audience: 'admin-staff',
        completed: done(
          'IW01@2026-01-10',
          'IW02@2026-01-20',
          'ISI01@2026-02-01',
          'ISI08@2026-02-01',
          'ISI09@2026-02-01',
        ),
      },
      [{ code: 'IS04', sessionStart: new Date('2026-05-20T08:30:00Z') }],
    );
    expect(pathway.nextStep).toEqual({ action: 'none', reason: 'booked' });
  });

  it('is never a module taught within ContactPoint training while that waits for a booking', () => {
    // Everything else is done and safeguarding, which ContactPoint training waits for, is booked: the IS Index
    // modules are taught within that training, so nothing is left to ask the coordinator for.
    const pathway = pathwayOf(
      {
        contactPointUser: true,
        completed: done(
          'IW01@2026-01-10',
          'IS01@2026-01-20',
          'IS02@2026-02-01',
          'CAF01@2026-02-10',
          'CAF02@2026-02-20',
          'LP01@2026-03-01',
          'LP02@2026-03-10',
        ),
      },
      [{ code: 'SG', sessionStart: new Date('2026-05-20T08:30:00Z') }],
    );
    expect(item(pathway, 'CP').status).toBe('waiting');
    expect(item(pathway, 'ISI01').status).toBe('next');
    expect(pathway.nextStep).toEqual({ action: 'none', reason: 'booked' });
  });
});

describe("the managers' short-cut (domain §4: IW02 in place of IS01, CAF01, LP01 and ISI01)", () => {
  it('offers IW02 to an operational manager as an optional alternative', () => {
    const pathway = pathwayOf({ audience: 'operational-manager' });
    expect(item(pathway, 'IW02')).toMatchObject({ status: 'optional', reason: 'shortcut' });
    expect(pathway.shortcut).toMatchObject({
      code: 'IW02',
      replaces: ['IS01', 'CAF01', 'LP01', 'ISI01'],
      taken: false,
    });
    expect(item(pathway, 'IW03')).toMatchObject({ status: 'waiting', waitingFor: ['IS01', 'CAF01', 'LP01'] });
  });

  it.each(['operational-manager', 'senior-manager'] as const)(
    'marks the four introductions done for a %s who completed IW02',
    (audience) => {
      const pathway = pathwayOf({ audience, completed: done('IW01@2026-01-05', 'IW02@2026-02-09') });
      for (const code of ['IS01', 'CAF01', 'LP01', 'ISI01']) {
        const found = pathway.items.find((i) => i.code === code);
        if (found)
          expect(found).toMatchObject({ status: 'done', completedOn: '2026-02-09', doneVia: 'IW02' });
      }
      expect(item(pathway, 'ISI01').status).toBe('done');
      expect(pathway.shortcut?.taken).toBe(true);
    },
  );

  it('lets an operational manager go on to IW03 and CAF02 after IW02', () => {
    const pathway = pathwayOf({
      audience: 'operational-manager',
      completed: done('IW01@2026-01-05', 'IW02@2026-02-09'),
    });
    expect(item(pathway, 'IW02')).toMatchObject({ status: 'done', optional: true });
    expect(item(pathway, 'IW03').status).toBe('next');
    expect(item(pathway, 'CAF02').status).toBe('next');
  });

  it('also lets an operational manager reach IW03 through the three introductions', () => {
    const pathway = pathwayOf({
      audience: 'operational-manager',
      completed: done('IW01@2026-01-05', 'IS01@2026-01-20', 'CAF01@2026-02-02', 'LP01@2026-02-03'),
    });
    expect(item(pathway, 'IW03').status).toBe('next');
    expect(pathway.shortcut?.taken).toBe(false);
  });

  it('does not apply to practitioners', () => {
    const pathway = pathwayOf({ completed: done('IW01@2026-01-05', 'IW02@2026-02-09') });
    expect(item(pathway, 'IS01').status).toBe('next');
    expect(pathway.shortcut).toBeUndefined();
  });
});

describe('ContactPoint training on the pathway', () => {
  it('waits for Information Sharing training and safeguarding', () => {
    const pathway = pathwayOf({ contactPointUser: true, completed: done('IW01@2026-01-05') });
    expect(item(pathway, 'CP')).toMatchObject({ status: 'waiting', waitingFor: ['IS01', 'SG'] });
    expect(item(pathway, 'SG').status).toBe('next');
  });

  it('is next once Information Sharing training and safeguarding are done', () => {
    const pathway = pathwayOf({
      contactPointUser: true,
      completed: done('IS-EL@2026-03-01', 'SG@2025-10-01'),
    });
    expect(item(pathway, 'CP')).toMatchObject({
      status: 'next',
      durationLabel: 'Half a day',
      booking: 'session',
    });
  });

  it('sends a senior manager who took the short-cut to the e-learning, which the route otherwise leaves optional', () => {
    const pathway = pathwayOf({
      audience: 'senior-manager',
      contactPointUser: true,
      completed: done('IW01@2025-01-10', 'IW02@2025-02-10', 'SG@2025-10-01'),
    });
    expect(item(pathway, 'CP')).toMatchObject({ status: 'waiting', waitingFor: ['IS-EL'] });
    expect(item(pathway, 'IS-EL')).toMatchObject({ status: 'next', optional: false, neededFor: ['CP'] });
  });

  it('asks for a safeguarding refresher when the last one is over 3 years old', () => {
    const pathway = pathwayOf({
      contactPointUser: true,
      completed: done('IS01@2026-01-05', 'SG@2023-04-30'),
    });
    expect(item(pathway, 'SG')).toMatchObject({
      status: 'next',
      lapsed: { completedOn: '2023-04-30', expiredOn: '2026-04-30' },
    });
    expect(item(pathway, 'CP')).toMatchObject({ status: 'waiting', waitingFor: ['SG'] });
  });

  it('counts ContactPoint training as the IS Index modules it teaches', () => {
    const pathway = pathwayOf({ contactPointUser: true, completed: done('CP@2026-04-20') });
    for (const code of ['ISI01', 'ISI02', 'ISI03', 'ISI04']) {
      expect(item(pathway, code)).toMatchObject({
        status: 'done',
        completedOn: '2026-04-20',
        doneVia: 'CP',
        taughtIn: 'CP',
      });
    }
  });
});
