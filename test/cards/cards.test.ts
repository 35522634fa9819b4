import { fillRatesCard } from '../../cards/fillRatesCard';
import { moduleCard } from '../../cards/moduleCard';
import { onboardingCard } from '../../cards/onboardingCard';
import { sessionListCard } from '../../cards/sessionListCard';
import { teamCard } from '../../cards/teamCard';
import { welcomeCard } from '../../cards/welcomeCard';
import { describeModule } from '../../services/catalogue/describeModule';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { reviewPersonCard } from '../../cards/reviewPersonCard';
import { waitingForConfirmationCard } from '../../cards/waitingForConfirmationCard';
import type { DeclaredPerson } from '../../services/people/waitingForConfirmation';
import type { TeamMember } from '../../services/people/teamOverview';
import { cardProblems } from '../support/cardValidation';
import { cardText } from '../support/botHarness';

const catalogue = loadCatalogue();

function member(name: string): TeamMember {
  return {
    aadObjectId: name,
    name,
    audience: 'practitioner',
    organisation: 'Northdale',
    requiredDone: 1,
    requiredTotal: 7,
  };
}

function declared(name: string, extra: Partial<DeclaredPerson> = {}): DeclaredPerson {
  return {
    aadObjectId: name,
    name,
    audience: 'practitioner',
    organisation: 'Brightstart Playgroup',
    organisationKnown: false,
    serviceGroup: 'childrens-centres',
    accessRoute: 'e-start',
    contactPointUser: true,
    claimedManagerEmail: 'mark.evans@northdale.example.gov.uk',
    claimedManager: { aadObjectId: 'm', name: 'Mark Evans' },
    declaredAt: new Date('2026-11-30T10:00:00Z'),
    ...extra,
  };
}

describe('cards parse cleanly in the adaptivecards library, including empty and edge states', () => {
  it.each<[string, unknown]>([
    [
      'welcome for a coordinator who is also a trainer',
      welcomeCard({ onRoster: true, isManager: false, isCoordinator: true, isTrainer: true }),
    ],
    [
      'onboarding with problems and previous answers',
      onboardingCard({
        organisations: ['A', 'B'],
        organisationCount: 300,
        problems: ['x'],
        previous: { audience: 'trainer', organisation: 'Found By Typing' },
      }),
    ],
    [
      'session list with no sessions',
      sessionListCard({ code: 'CP', title: 'ContactPoint training', gatedByReadiness: true, sessions: [] }),
    ],
    ['team with nobody', teamCard({ members: [], total: 0, offset: 0 })],
    ['team, second page', teamCard({ members: [member('Ann')], total: 21, offset: 20 })],
    ['nobody waiting to be confirmed', waitingForConfirmationCard({ people: [], total: 0, offset: 0 })],
    [
      'people waiting, with a notice and a next page',
      waitingForConfirmationCard(
        {
          people: [declared('Sam Okafor'), declared('Zoe Bronte', { claimedManagerEmail: 'x@y.uk' })],
          total: 12,
          offset: 0,
        },
        { tone: 'good', text: 'Confirmed someone.' },
      ),
    ],
    [
      'correction form with problems',
      reviewPersonCard(declared('Sam Okafor'), 0, { names: ['A', 'B'], count: 40 }, [
        'No one on the roster has that email.',
      ]),
    ],
    [
      'fill rates with nothing published',
      fillRatesCard({ sessions: [], totals: { sessions: 0, booked: 0, capacity: 0 }, offset: 0 }, {}),
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

  it('says where a long list stands and offers the pages either side', () => {
    const card = teamCard({ members: [member('Ann')], total: 41, offset: 20 });
    expect(cardText(card)).toContain('Showing 21-21 of 41 people');
    expect(card.actions).toEqual([
      expect.objectContaining({ title: 'Previous', verb: 'team.page', data: { offset: 0 } }),
      expect.objectContaining({ title: 'Next 20', verb: 'team.page', data: { offset: 21 } }),
    ]);
  });

  it('offers the onboarding typeahead over every organisation and keeps a choice found by typing', () => {
    const card = onboardingCard({
      organisations: ['A'],
      organisationCount: 300,
      previous: { organisation: 'Zeta Academy' },
    });
    const input = card.body.find((element: any) => element.id === 'organisation') as any;
    expect(input['choices.data']).toEqual({ type: 'Data.Query', dataset: 'organisations' });
    expect(input.label).toContain('all 300');
    expect(input.choices.map((choice: any) => choice.value)).toEqual(['A', 'Zeta Academy', 'other']);
  });

  it('keeps a short organisation list static: every organisation is already in it', () => {
    const card = onboardingCard({ organisations: ['A', 'B'], organisationCount: 2 });
    const input = card.body.find((element: any) => element.id === 'organisation') as any;
    expect(input['choices.data']).toBeUndefined();
    expect(input.label).toBe('Your organisation');
  });

  it('catches a broken card (the check can fail)', () => {
    expect(
      cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlok', text: 'x' }] }),
    ).not.toEqual([]);
  });
});
