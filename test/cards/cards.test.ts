import { fillRatesCard } from '../../cards/fillRatesCard';
import { moduleCard } from '../../cards/moduleCard';
import { onboardingCard } from '../../cards/onboardingCard';
import { sessionListCard } from '../../cards/sessionListCard';
import { teamCard } from '../../cards/teamCard';
import { welcomeCard } from '../../cards/welcomeCard';
import { formatDateTime, formatSessionTime } from '../../cards/format';
import { describeModule } from '../../services/catalogue/describeModule';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { cardProblems } from '../support/cardValidation';
import { cardText } from '../support/botHarness';

const catalogue = loadCatalogue();

describe('cards parse cleanly in the adaptivecards library, including empty and edge states', () => {
  it.each<[string, unknown]>([
    [
      'welcome for a coordinator who is also a trainer',
      welcomeCard({ onRoster: true, isManager: false, isCoordinator: true, isTrainer: true }),
    ],
    [
      'onboarding with problems and previous answers',
      onboardingCard({ organisations: ['A', 'B'], problems: ['x'], previous: { audience: 'trainer' } }),
    ],
    [
      'session list with no sessions',
      sessionListCard({ code: 'CP', title: 'ContactPoint training', gatedByReadiness: true, sessions: [] }),
    ],
    ['team with nobody', teamCard({ scope: 'manager', members: [] })],
    [
      'fill rates with nothing published',
      fillRatesCard({ sessions: [], totals: { booked: 0, capacity: 0 } }, {}),
    ],
    ...catalogue.courses.map(
      (course) =>
        [
          `module card for ${course.code}`,
          moduleCard(describeModule(catalogue, course.code)!, 'duration'),
        ] as [string, unknown],
    ),
  ])('%s', (_, card) => {
    expect(cardProblems(card)).toEqual([]);
  });

  it('says so when no session has places', () => {
    const card = sessionListCard({
      code: 'IS02',
      title: 'Information Sharing in practice',
      gatedByReadiness: false,
      sessions: [],
    });
    expect(cardText(card)).toMatch(/no sessions with places/);
  });

  it('catches a broken card (the check can fail)', () => {
    expect(
      cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlok', text: 'x' }] }),
    ).not.toEqual([]);
  });
});

describe('UK dates and times', () => {
  it('shows London time across the clock change', () => {
    expect(formatDateTime(new Date('2026-07-06T08:30:00Z'))).toBe('Mon 6 Jul 2026, 09:30');
    expect(formatDateTime(new Date('2026-12-07T09:30:00Z'))).toBe('Mon 7 Dec 2026, 09:30');
    expect(formatSessionTime(new Date('2026-12-07T09:30:00Z'), new Date('2026-12-07T13:00:00Z'))).toBe(
      'Mon 7 Dec 2026, 09:30 to 13:00',
    );
  });
});
