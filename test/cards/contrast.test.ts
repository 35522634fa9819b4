import { moduleCard } from '../../cards/moduleCard';
import { onboardingCard } from '../../cards/onboardingCard';
import { describeModule } from '../../services/catalogue/describeModule';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { contrastIn, TEAMS_THEMES, textsOf } from '../support/teamsThemes';

// The pathway and readiness cards have their own contrast tests (pathwayCard.test.ts, readinessCard.test.ts).
const catalogue = loadCatalogue();
const CARDS: [string, unknown][] = [
  ...catalogue.courses.map(
    (course) =>
      [`module card for ${course.code}`, moduleCard(describeModule(catalogue, course.code)!)] as [
        string,
        unknown,
      ],
  ),
  [
    'onboarding with problems',
    onboardingCard({
      organisations: ['A'],
      organisationCount: 1,
      problems: ['Choose your role', 'Type the name of your organisation'],
    }),
  ],
];

describe.each(['light', 'dark'] as const)('on the Teams %s theme', (theme) => {
  it.each(CARDS)('every text of the %s is at 4.5:1 or more (WCAG 1.4.3)', (_, card) => {
    const faint = textsOf(card)
      .map((shown) => ({ text: shown.text, ratio: contrastIn(TEAMS_THEMES[theme], shown) }))
      .filter((shown) => shown.ratio < 4.5);
    expect(faint).toEqual([]);
  });
});
