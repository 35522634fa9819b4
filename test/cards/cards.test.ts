import { cancelSessionCard } from '../../cards/cancelSessionCard';
import { fillRatesCard } from '../../cards/fillRatesCard';
import { newSessionCard, sessionAddedCard } from '../../cards/newSessionCard';
import { sessionsOverviewCard } from '../../cards/sessionsOverviewCard';
import type { Session } from '../../services/sessions/session';
import { moduleCard } from '../../cards/moduleCard';
import { onboardingCard } from '../../cards/onboardingCard';
import { sessionListCard, type SessionListView } from '../../cards/sessionListCard';
import { teamCard } from '../../cards/teamCard';
import { welcomeCard } from '../../cards/welcomeCard';
import { describeModule } from '../../services/catalogue/describeModule';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { reviewPersonCard } from '../../cards/reviewPersonCard';
import { waitingForConfirmationCard } from '../../cards/waitingForConfirmationCard';
import type { DeclaredPerson } from '../../services/people/waitingForConfirmation';
import type { TeamMember, TeamOverview } from '../../services/people/teamOverview';
import { cardProblems } from '../support/cardValidation';
import { cardText } from '../support/botHarness';

const catalogue = loadCatalogue();

const NAMES = { courseTitle: () => 'ContactPoint training', routeLabel: (route: string) => route };
const CHOICES = {
  courses: [{ code: 'CP', title: 'ContactPoint training' }],
  routes: ['care-first' as const],
};
const SESSION: Session = {
  _id: 'CP-2027-01-12-0930-AB12',
  course: 'CP',
  start: new Date('2027-01-12T09:30:00Z'),
  end: new Date('2027-01-12T13:00:00Z'),
  venue: 'IT Suite',
  capacity: 14,
  booked: 2,
  accessRoute: 'care-first',
  updatedAt: new Date('2026-12-01T09:00:00Z'),
};
const CANCELLED: Session = {
  ...SESSION,
  booked: 0,
  cancelled: { by: 'c', byName: 'Chloe Brown', at: new Date('2026-12-01T10:00:00Z'), reason: 'Trainer ill' },
};

function member(name: string): TeamMember {
  return {
    aadObjectId: name,
    name,
    audience: 'practitioner',
    organisation: 'Northdale',
    requiredDone: 1,
    requiredTotal: 7,
    booked: name === 'Ann' ? [{ code: 'IS02', sessionStart: new Date('2026-12-07T09:30:00Z') }] : [],
    itCompetenceAwaitsManager: name === 'Ann',
  };
}

function team(extra: Partial<TeamOverview>): TeamOverview {
  return { members: [], total: 0, offset: 0, blockedOnly: false, teamSize: 41, ...extra };
}

function sessionsView(extra: Partial<SessionListView>): SessionListView {
  return {
    kind: 'sessions',
    course: { code: 'CP', title: 'ContactPoint training' },
    route: { id: 'care-first', label: 'Care First' },
    filters: {},
    gatedByReadiness: true,
    nominated: true,
    sessions: [],
    offset: 0,
    more: 0,
    allFull: false,
    ...extra,
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
    ['session list with no sessions', sessionListCard(sessionsView({ nothing: { reason: 'no-dates' } }))],
    ['team with nobody', teamCard(team({ members: [], total: 0, teamSize: 0 }))],
    ['team, second page', teamCard(team({ members: [member('Ann')], total: 21, offset: 20 }))],
    ['team, none blocked', teamCard(team({ members: [], total: 0, teamSize: 5, blockedOnly: true }))],
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
      fillRatesCard(
        {
          sessions: [],
          totals: { sessions: 0, booked: 0, capacity: 0, needingAction: 0 },
          byCourse: [],
          offset: 0,
          days: 42,
        },
        (route) => route,
      ),
    ],
    [
      'sessions overview with nothing coming',
      sessionsOverviewCard({ rows: [], total: 0, offset: 0 }, CHOICES, NAMES),
    ],
    [
      'sessions overview, filtered, second page, with a notice',
      sessionsOverviewCard(
        {
          rows: [{ session: SESSION, waiting: 3 }],
          total: 9,
          offset: 8,
          course: 'CP',
          accessRoute: 'care-first',
        },
        CHOICES,
        NAMES,
        { tone: 'good', word: 'Done', text: 'Something happened.' },
      ),
    ],
    [
      'cancel session: asked, with a problem',
      cancelSessionCard(
        { kind: 'confirm', session: SESSION, booked: 1, waiting: 0, problem: 'Give a reason.' },
        NAMES,
        {
          offset: 0,
        },
      ),
    ],
    [
      'cancel session: done, some not reached, nothing to offer',
      cancelSessionCard(
        {
          kind: 'cancelled',
          session: CANCELLED,
          ended: 3,
          telling: { people: { told: 1, notReached: ['A', 'B'] }, managers: { told: 0, notReached: 1 } },
          alternatives: [],
        },
        NAMES,
        { offset: 0 },
      ),
    ],
    [
      'cancel session: already cancelled',
      cancelSessionCard({ kind: 'already', session: CANCELLED }, NAMES, { offset: 0 }),
    ],
    [
      'cancel session: started',
      cancelSessionCard({ kind: 'started', session: SESSION }, NAMES, { offset: 0 }),
    ],
    [
      'new session form with problems and no trainers',
      newSessionCard(
        {
          form: 'AB12',
          courses: [{ code: 'CP', title: 'ContactPoint training' }],
          routes: ['care-first'],
          audiences: ['practitioner'],
          trainers: [],
          values: { course: 'CP', capacity: 'lots', venue: 'Room' },
          problems: [{ field: 'accessRoute', message: 'is required' }, { message: 'try again' }],
          today: '2026-12-01',
        },
        NAMES,
      ),
    ],
    ['session added', sessionAddedCard(SESSION, true, NAMES, 'Tom Wilson')],
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

  it('says why no session fits, shows the next one anyway with why it does not fit, and whom to contact', () => {
    const next = {
      session: {
        _id: 'S1',
        course: 'CP',
        start: new Date('2027-01-11T09:30:00Z'),
        end: new Date('2027-01-11T12:30:00Z'),
        venue: 'IT Suite',
        capacity: 12,
        booked: 12,
        accessRoute: 'care-first' as const,
        updatedAt: new Date(),
      },
      seatsLeft: 0,
      misfits: ['full' as const, 'partOfDay' as const],
    };
    const text = cardText(
      sessionListCard(
        sessionsView({
          filters: { partOfDay: 'afternoon' },
          nominated: false,
          nothing: {
            reason: 'all-full',
            next,
            coordinator: { name: 'Chloe Brown', email: 'chloe@example.org' },
          },
        }),
      ),
    );
    expect(text).toContain('Only in the afternoon.');
    expect(text).toContain('Every CP session for you is full at the moment.');
    expect(text).toContain('Mon 11 Jan 2027, 09:30 to 12:30');
    expect(text).toContain('It does not fit: it is full; it is not in the afternoon.');
    expect(text).toContain('contact Chloe Brown, the training coordinator (chloe@example.org)');
    expect(text).toContain('ask your manager to nominate you');
    // Someone already nominated is not sent to their manager.
    expect(cardText(sessionListCard(sessionsView({ nothing: { reason: 'no-dates' } })))).not.toMatch(
      /nominate/,
    );
  });

  it('says where a long list stands and offers the pages either side', () => {
    const card = teamCard(team({ members: [member('Ann')], total: 41, offset: 20 }));
    expect(cardText(card)).toContain('Showing 21-21 of 41 people');
    expect(card.actions).toEqual([
      expect.objectContaining({
        title: 'Previous',
        verb: 'team.page',
        data: { offset: 0, blockedOnly: false },
      }),
      expect.objectContaining({
        title: 'Next 20',
        verb: 'team.page',
        data: { offset: 21, blockedOnly: false },
      }),
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
