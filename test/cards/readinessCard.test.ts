import { readinessCard, statusWord, type ReadinessView } from '../../cards/readinessCard';
import type { Organisation } from '../../services/people/organisation';
import { checkReadiness, type CheckStatus } from '../../services/readiness/checkReadiness';
import { accredited, aProfile, catalogue, clock, done } from '../services/catalogue/fixtures';
import { cardText } from '../support/botHarness';
import { cardProblems } from '../support/cardValidation';
import { faintTexts } from '../support/teamsThemes';

const session = {
  id: 'S1',
  title: 'ContactPoint training',
  start: new Date('2026-06-15T08:30:00Z'),
  end: new Date('2026-06-15T12:00:00Z'),
  venue: 'IT Suite',
};

function view(
  overrides: Parameters<typeof aProfile>[0],
  extra: { sessionDate?: string; organisation?: Organisation; selfDeclared?: boolean } = {},
): ReadinessView {
  const readiness = checkReadiness(catalogue, aProfile(overrides), extra.organisation, {
    today: clock(),
    ...(extra.sessionDate ? { sessionDate: extra.sessionDate } : {}),
  });
  return {
    readiness,
    selfDeclared: extra.selfDeclared ?? false,
    ...(extra.sessionDate ? { session } : {}),
  };
}

const everyCheckMet = {
  ecrbIssued: '2025-01-15',
  completed: done('IS02@2025-11-20', 'SG@2025-03-01'),
};

// One person per state worth seeing, between them every status a check can have (domain §6).
const STATES: [string, ReadinessView][] = [
  ['every check met', view(everyCheckMet, { organisation: accredited })],
  [
    'nothing recorded, organisation not listed, self-declared',
    view({ itCompetence: false, identityChecked: false, source: 'self-declared' }, { selfDeclared: true }),
  ],
  [
    'eCRB and safeguarding out of date',
    view(
      { ecrbIssued: '2022-12-06', completed: done('IS-EL@2026-04-02', 'SG@2023-02-01') },
      { organisation: accredited },
    ),
  ],
  [
    'eCRB runs out before the session, with a warning on safeguarding',
    view(
      { ecrbIssued: '2023-06-10', completed: done('IS02@2025-11-20', 'SG@2023-06-20') },
      { organisation: accredited, sessionDate: '2026-06-15' },
    ),
  ],
  [
    'organisation not accredited',
    view(everyCheckMet, { organisation: { ...accredited, accredited: false } }),
  ],
];

const statusesShown = new Set(STATES.flatMap(([, v]) => v.readiness.checks.map((check) => check.status)));

describe('the readiness card', () => {
  it('covers every status a check can have', () => {
    const all: CheckStatus[] = [
      'met',
      'missing',
      'expired',
      'expires-before-session',
      'awaiting-confirmation',
    ];
    expect([...statusesShown].sort()).toEqual([...all].sort());
  });

  describe.each(STATES)('%s', (_, state) => {
    const card = readinessCard(state);
    const text = cardText(card);

    it('parses cleanly in the adaptivecards library', () => {
      expect(cardProblems(card)).toEqual([]);
    });

    it('says each check’s status in a bold word, whoever it waits for', () => {
      for (const check of state.readiness.checks)
        expect(text).toContain(`**${statusWord(check)}** · **${check.label}**`);
      expect(text).not.toContain('Waiting for confirmation');
    });

    it.each(['light', 'dark'] as const)('has every text at 4.5:1 or more on the Teams %s theme', (theme) => {
      expect(faintTexts(card, theme)).toEqual([]);
    });

    it('writes every date one way, as the other cards do ("2 Mar 2026")', () => {
      expect(text).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}/);
      const dates = text.match(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/g) ?? [];
      expect(dates.length).toBeGreaterThan(0);
    });
  });

  it.each<[string, string, Parameters<typeof statusWord>[0]]>([
    [
      'IT competence not confirmed',
      'Waiting for your manager',
      {
        status: 'awaiting-confirmation',
        evidencedBy: 'your manager',
        nextAction: { text: [], who: 'your manager' },
      },
    ],
    [
      'an organisation not on the list',
      'Waiting for the training coordinator',
      { status: 'awaiting-confirmation', evidencedBy: 'the training coordinator' },
    ],
    [
      'an eCRB running out first',
      'Runs out before the session',
      { status: 'expires-before-session', evidencedBy: 'HR' },
    ],
    ['old safeguarding', 'Expired', { status: 'expired', evidencedBy: 'you' }],
    ['an identity checked', 'Met', { status: 'met', evidencedBy: 'your manager' }],
    ['no Information Sharing', 'Missing', { status: 'missing', evidencedBy: 'you' }],
  ])('words the status of %s as "%s"', (_, word, check) => {
    expect(statusWord(check)).toBe(word);
  });

  it('shows the readiness dates as the pathway and session cards show theirs', () => {
    const text = cardText(readinessCard(STATES[3]![1]));
    expect(text).toContain('Issued 10 Jun 2023, expires 10 Jun 2026, before the session on 15 Jun 2026');
    expect(text).toContain('Mon 15 Jun 2026, 09:30 to 13:00');
  });
});
