import { DEFAULT_CATALOGUE_PATH, loadCatalogue } from '../../../services/catalogue/loadCatalogue';
import type { Organisation } from '../../../services/people/organisation';
import {
  checkReadiness,
  type ReadinessCheck,
  type ReadinessOptions,
} from '../../../services/readiness/checkReadiness';
import type { DatedText } from '../../../services/shared/datedText';
import path from 'node:path';
import { accredited, aProfile, catalogue, clock, done } from '../catalogue/fixtures';

const IS_EL_LINK = 'https://learning.example.gov.uk/information-sharing';

/** Someone who meets every check on 1 May 2026. */
const ready = {
  ecrbIssued: '2025-01-15',
  itCompetence: true,
  identityChecked: true,
  completed: done('IS02@2025-11-20', 'SG@2025-03-01'),
};

/** Words with each date as its `YYYY-MM-DD` (the card shows them; see test/cards). */
const plain = (text: DatedText) => text.map((part) => (typeof part === 'string' ? part : part.day)).join('');

/** A check with its words as plain strings, to compare with expected wording. */
type ReadableCheck = Omit<ReadinessCheck, 'rule' | 'detail' | 'warning' | 'nextAction'> & {
  rule: string;
  detail: string;
  warning?: string;
  nextAction?: Omit<NonNullable<ReadinessCheck['nextAction']>, 'text'> & { text: string };
};

function readable(check: ReadinessCheck): ReadableCheck {
  const { rule, detail, warning, nextAction, ...rest } = check;
  return {
    ...rest,
    rule: plain(rule),
    detail: plain(detail),
    ...(warning ? { warning: plain(warning) } : {}),
    ...(nextAction ? { nextAction: { ...nextAction, text: plain(nextAction.text) } } : {}),
  };
}

function rawCheckFor(
  id: string,
  overrides: Parameters<typeof aProfile>[0],
  options: Partial<ReadinessOptions> = {},
  organisation: Organisation | 'unlisted' = accredited,
): ReadinessCheck {
  const employer = organisation === 'unlisted' ? undefined : organisation;
  const result = checkReadiness(catalogue, aProfile({ ...ready, ...overrides }), employer, {
    today: clock(),
    ...options,
  });
  const check = result.checks.find((c) => c.id === id);
  if (!check) throw new Error(`no ${id} check`);
  return check;
}

const checkFor = (...args: Parameters<typeof rawCheckFor>) => readable(rawCheckFor(...args));

describe('checkReadiness', () => {
  it('is ready when every check is met', () => {
    const result = checkReadiness(catalogue, aProfile(ready), accredited, { today: clock() });
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([
      ['ecrb', 'met'],
      ['it-competence', 'met'],
      ['information-sharing', 'met'],
      ['organisation-accreditation', 'met'],
      ['identity', 'met'],
      ['safeguarding', 'met'],
    ]);
    expect(result).toMatchObject({ ready: true, course: 'CP', today: '2026-05-01' });
    expect(result.checks.every((c) => c.nextAction === undefined)).toBe(true);
  });

  it('is not ready when any check is not met', () => {
    const result = checkReadiness(catalogue, aProfile({ ...ready, itCompetence: false }), accredited, {
      today: clock(),
    });
    expect(result.ready).toBe(false);
  });
});

describe('the eCRB check (domain §6: issued less than 3 years before the session date)', () => {
  it.each<[string, string | undefined, Partial<ReadinessOptions>, Partial<ReadableCheck>]>([
    ['no date recorded', undefined, {}, { status: 'missing', detail: 'No issue date recorded' }],
    [
      '3.4 years old',
      '2022-12-06',
      {},
      {
        status: 'expired',
        detail: 'Issued 2022-12-06, expired 2025-12-06',
        nextAction: {
          text: 'Your enhanced CRB check ran out on 2025-12-06. Ask HR to apply for a new one: it must be less than 3 years old on the day of the training.',
          who: 'HR',
        },
      },
    ],
    ['exactly 3 years old today', '2023-05-01', {}, { status: 'expired' }],
    [
      'a day under 3 years old',
      '2023-05-02',
      {},
      { status: 'met', detail: 'Issued 2023-05-02, valid until 2026-05-01' },
    ],
    [
      'valid today but not on the session date',
      '2023-06-10',
      { sessionDate: new Date('2026-06-15T08:30:00Z') },
      {
        status: 'expires-before-session',
        detail: 'Issued 2023-06-10, expires 2026-06-10, before the session on 2026-06-15',
        nextAction: {
          text: 'Your enhanced CRB check runs out on 2026-06-10, before the session on 2026-06-15. Ask HR to renew it now, or choose a session before 2026-06-10.',
          who: 'HR',
        },
      },
    ],
    ['valid on an earlier session date', '2023-06-10', { sessionDate: '2026-06-09' }, { status: 'met' }],
    [
      'already out of date, whatever the session',
      '2022-12-06',
      { sessionDate: '2026-06-15' },
      { status: 'expired' },
    ],
  ])('%s', (_name, ecrbIssued, options, expected) => {
    const check = checkFor('ecrb', { ecrbIssued }, options);
    expect(check).toMatchObject({ ...expected, evidencedBy: 'HR' });
    if (expected.status !== 'met') expect(check.nextAction?.who).toBe('HR');
  });

  it('is still met, with a warning, when it runs out within 30 days', () => {
    const check = checkFor('ecrb', { ecrbIssued: '2023-05-20' });
    expect(check).toMatchObject({
      status: 'met',
      warning: 'Your enhanced CRB check runs out on 2026-05-20. Ask HR to start the renewal soon.',
    });
    expect(check.nextAction).toBeUndefined();
    expect(checkFor('ecrb', { ecrbIssued: '2023-06-01' }).warning).toBeUndefined();
  });

  it('warns against the session date when a session is in view', () => {
    expect(checkFor('ecrb', { ecrbIssued: '2023-07-01' }, { sessionDate: '2026-06-20' }).warning).toContain(
      '2026-07-01',
    );
  });

  it('takes "today" as the London calendar day', () => {
    // 23:30 UTC on 30 April is 00:30 on 1 May in London (BST): the 3 years are up.
    const check = checkFor('ecrb', { ecrbIssued: '2023-05-01' }, { today: new Date('2026-04-30T23:30:00Z') });
    expect(check.status).toBe('expired');
  });
});

describe('the other checks', () => {
  it.each<
    [string, string, Parameters<typeof aProfile>[0], Organisation | 'unlisted', Partial<ReadableCheck>]
  >([
    [
      'IT competence not confirmed waits for the manager',
      'it-competence',
      { itCompetence: false },
      accredited,
      {
        status: 'awaiting-confirmation',
        nextAction: { text: 'Your manager needs to confirm your IT competence.', who: 'your manager' },
      },
    ],
    [
      'identity not checked waits for the manager',
      'identity',
      { identityChecked: false },
      accredited,
      { status: 'awaiting-confirmation', nextAction: expect.objectContaining({ who: 'your manager' }) },
    ],
    [
      'no Information Sharing training points to the e-learning',
      'information-sharing',
      { completed: done('SG@2025-03-01') },
      accredited,
      {
        status: 'missing',
        remedy: 'IS-EL',
        nextAction: {
          text: `Complete the Information Sharing e-learning module before the session. It is free and online: ${IS_EL_LINK}`,
          who: 'you',
          link: IS_EL_LINK,
        },
      },
    ],
    [
      'the e-learning meets Information Sharing',
      'information-sharing',
      { completed: done('IS-EL@2026-04-02') },
      accredited,
      { status: 'met', detail: 'IS-EL completed 2026-04-02' },
    ],
    [
      'handling confidential information meets Information Sharing',
      'information-sharing',
      { completed: done('IS04@2026-01-02') },
      accredited,
      { status: 'met' },
    ],
    [
      "a manager's IW02 alone does not meet Information Sharing (contracts §3)",
      'information-sharing',
      { audience: 'senior-manager', completed: done('IW02@2026-01-02') },
      accredited,
      { status: 'missing', remedy: 'IS-EL' },
    ],
    [
      'an organisation not on the list waits for the coordinator',
      'organisation-accreditation',
      { organisation: 'Little Acorns Nursery', source: 'self-declared' },
      'unlisted',
      {
        status: 'awaiting-confirmation',
        detail: 'Little Acorns Nursery is not on the list of organisations',
        nextAction: {
          text: 'The training coordinator needs to confirm that Little Acorns Nursery is accredited for ContactPoint.',
          who: 'the training coordinator',
        },
      },
    ],
    [
      'an organisation not accredited is missing, for the coordinator',
      'organisation-accreditation',
      {},
      { ...accredited, accredited: false },
      { status: 'missing', nextAction: expect.objectContaining({ who: 'the training coordinator' }) },
    ],
    [
      'no safeguarding training is missing',
      'safeguarding',
      { completed: done('IS02@2025-11-20') },
      accredited,
      { status: 'missing', remedy: 'SG', nextAction: expect.objectContaining({ who: 'you' }) },
    ],
    [
      'safeguarding over 3 years old has expired',
      'safeguarding',
      { completed: done('IS02@2025-11-20', 'SG@2022-09-01', 'SG@2023-02-01') },
      accredited,
      {
        status: 'expired',
        detail: 'SG completed 2023-02-01, out of date since 2026-02-01',
        nextAction: {
          text: 'Your safeguarding training (last done 2023-02-01) is more than 3 years old. Book a safeguarding refresher.',
          who: 'you',
        },
      },
    ],
  ])('%s', (_name, id, overrides, organisation, expected) => {
    expect(checkFor(id, overrides, {}, organisation)).toMatchObject(expected);
  });

  it('measures safeguarding against the session date too, keeping the dates as data for the card', () => {
    const check = rawCheckFor(
      'safeguarding',
      { completed: done('IS02@2025-11-20', 'SG@2023-06-01') },
      { sessionDate: '2026-07-01' },
    );
    expect(check.status).toBe('expires-before-session');
    expect(check.detail).toEqual([
      'SG completed ',
      { day: '2023-06-01' },
      ', out of date from ',
      { day: '2026-06-01' },
      ', before the session on ',
      { day: '2026-07-01' },
    ]);
  });

  it('never writes a date as words: every day in every check is data', () => {
    const result = checkReadiness(
      catalogue,
      aProfile({ ecrbIssued: '2023-05-20', completed: done('IS02@2025-11-20', 'SG@2023-05-10') }),
      accredited,
      { today: clock(), sessionDate: '2026-06-20' },
    );
    const words = result.checks.flatMap((check) =>
      [check.rule, check.detail, check.warning ?? [], check.nextAction?.text ?? []].flatMap((text) =>
        text.filter((part): part is string => typeof part === 'string'),
      ),
    );
    expect(words.length).toBeGreaterThan(10);
    for (const text of words) expect(text).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2}/);
  });
});

describe("a local authority's own rules", () => {
  const local = loadCatalogue(
    DEFAULT_CATALOGUE_PATH,
    path.join(__dirname, '../../../services/catalogue/examples/local-override.example.json'),
  );

  it('uses its window, its link, and leaves out the checks it switched off', () => {
    const result = checkReadiness(
      local,
      aProfile({ ...ready, ecrbIssued: '2024-03-01', completed: [] }),
      accredited,
      {
        today: clock(),
      },
    );
    expect(result.checks.map((c) => c.id)).toEqual([
      'ecrb',
      'it-competence',
      'information-sharing',
      'identity',
      'data-protection',
    ]);
    const byId = new Map(result.checks.map((c) => [c.id, readable(c)]));
    expect(byId.get('ecrb')).toMatchObject({
      status: 'expired',
      detail: 'Issued 2024-03-01, expired 2026-03-01',
    });
    expect(byId.get('information-sharing')?.nextAction?.link).toBe(
      'https://learning.example-borough.gov.uk/courses/information-sharing',
    );
    expect(byId.get('data-protection')).toMatchObject({
      status: 'missing',
      nextAction: { who: 'you', link: 'https://learning.example-borough.gov.uk/courses/data-protection' },
    });
  });
});
