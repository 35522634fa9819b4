import { moduleCard } from '../../cards/moduleCard';
import { onboardingCard } from '../../cards/onboardingCard';
import { describeModule } from '../../services/catalogue/describeModule';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { faintTexts } from '../support/teamsThemes';

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
    expect(faintTexts(card, theme)).toEqual([]);
  });
});
