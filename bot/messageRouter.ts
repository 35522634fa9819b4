import type { TurnContext } from 'botbuilder';
import { moduleCard } from '../cards/moduleCard';
import { onboardingCard } from '../cards/onboardingCard';
import { pathwayCard } from '../cards/pathwayCard';
import { readinessCard } from '../cards/readinessCard';
import { sessionListCard } from '../cards/sessionListCard';
import { teamCard } from '../cards/teamCard';
import { teamMemberCard } from '../cards/teamMemberCard';
import { waitingForConfirmationCard } from '../cards/waitingForConfirmationCard';
import { welcomeCard } from '../cards/welcomeCard';
import { describeModule } from '../services/catalogue/describeModule';
import { nearestCodes } from '../services/catalogue/nearestCodes';
import { whatToBring } from '../services/catalogue/whatToBring';
import { suggestQuestions } from '../services/intents/suggestions';
import type { Intent, Understanding } from '../services/intents/understanding';
import { pathwayForPerson } from '../services/pathway/pathwayForPerson';
import type { Actor } from '../services/people/actorRoles';
import type { StaffProfile } from '../services/people/staffProfile';
import { findTeamMember } from '../services/people/teamMember';
import { teamOverview } from '../services/people/teamOverview';
import { waitingForConfirmation } from '../services/people/waitingForConfirmation';
import { readinessForPerson } from '../services/readiness/readinessForPerson';
import { sessionsFor } from '../services/sessions/sessionsFor';
import { venuesFor } from '../services/sessions/venuesFor';
import { cardMessage } from './attachments';
import { memberBookings } from './memberBookings';
import type { BotServices } from './botServices';
import type { AskData } from './cardData';
import * as replies from './replies';
import { turnLogger } from './turnContext';
import { sendApprovalsWaiting } from './actions/approvalsWaiting';
import { sendMyBookings } from './actions/bookingsMine';
import { sendSessionsRunBy } from './actions/trainerSessions';
import { NOMINATION_FORM_SENT, sendNominationForm } from './actions/nominateStart';
import { overviewCard } from './manageSessions';
import { fillRatesCardFor, onboardingViewFor, personViews, readinessSessionView } from './views';
import { welcomeViewFor } from './welcome';

// Free-text questions and "ask" buttons: each intent maps to one handler, which calls one use case in services/
// and renders its result with a card (cards/) or a sentence (bot/replies.ts). No decisions are made here.

export interface MessageRequest {
  context: TurnContext;
  text: string;
  actor: Actor;
  services: BotServices;
}

type Asked = Understanding & { sessionId?: string; only?: AskData['only'] };
type Handler = (request: MessageRequest, understanding: Asked) => Promise<void>;

/** A compound message answers at most this many questions, so a long paste cannot flood the chat. */
const MOST_QUESTIONS = 3;

const MESSAGE_ROUTES: Record<Intent, Handler> = {
  help: showWelcome,
  greeting: showWelcome,
  thanks: ({ context }) => say(context, replies.THANKS),
  not_yet: (request, understanding) => {
    const feature = understanding.entities.feature;
    return feature ? say(request.context, replies.NOT_YET[feature]) : showWelcome(request);
  },
  nominate: async ({ context, actor, services }, understanding) => {
    const line = await sendNominationForm(context, actor, services, understanding.entities.people);
    if (line !== NOMINATION_FORM_SENT) await say(context, line);
  },
  approvals: async ({ context, actor, services }) => {
    // The cards speak for themselves in the chat; only "none" or a refusal needs a line.
    const { sent, line } = await sendApprovalsWaiting(context, actor, services);
    if (!sent) await say(context, line);
  },
  manage_sessions: async (request) => {
    const { context, actor, services } = request;
    // "Sessions I run" from a trainer is their own list, as their welcome button shows it.
    if (!actor.isCoordinator && actor.isTrainer) return sendSessionsRunBy(request);
    if (!actor.isCoordinator) return say(context, replies.COORDINATORS_ONLY_SESSIONS);
    await context.sendActivity(cardMessage(await overviewCard(services, { offset: 0 })));
  },

  pathway: (request, understanding) =>
    aboutThemselves(request, understanding, async (profile) => {
      const { context, services } = request;
      const pathway = pathwayForPerson(
        services.catalogue,
        profile,
        services.clock(),
        request.actor.placesHeld,
      );
      const person = personViews(services.catalogue, profile, context);
      await context.sendActivity(cardMessage(pathwayCard({ ...person, pathway })));
    }),

  module_info: async ({ context, services }, understanding) => {
    const { modules, unknownCodes, moduleQuestion, moduleQuestions } = understanding.entities;
    const unknown = unknownCodes?.[0];
    if (!modules.length && unknown)
      return say(context, replies.unknownCode(unknown, nearestCodes(services.catalogue, unknown)));
    const module = modules[0] ? describeModule(services.catalogue, modules[0]) : undefined;
    if (!module) return say(context, replies.WHICH_MODULE);
    if (moduleQuestion === 'location' && module.booking !== 'self-study') {
      const venues = await venuesFor(services.database.collections, module.code, services.clock());
      return say(context, replies.venues(module, venues));
    }
    await context.sendActivity(
      cardMessage(moduleCard(module, moduleQuestions ?? [moduleQuestion ?? 'what'])),
    );
  },

  contactpoint_info: ({ context, actor }) =>
    say(context, replies.contactPointInfo(actor.profile ? actor.profile.contactPointUser : undefined)),

  readiness: (request, understanding) =>
    aboutThemselves(request, understanding, async (profile) => {
      const { context, services } = request;
      const result = await readinessForPerson(
        services.database.collections,
        services.catalogue,
        profile,
        services.clock(),
        understanding.sessionId,
      );
      if (!result.ok) return say(context, replies.SESSION_GONE);
      const { readiness, session, nominated } = result;
      await context.sendActivity(
        cardMessage(
          readinessCard({
            readiness,
            selfDeclared: profile.source === 'self-declared',
            ...(session
              ? { session: readinessSessionView(services.catalogue, readiness.course, session) }
              : {}),
          }),
          nominated ? undefined : replies.NOT_NOMINATED_READINESS,
        ),
      );
    }),

  what_to_bring: ({ context, services, actor }, understanding) =>
    say(
      context,
      replies.whatToBringReply(whatToBring(services.catalogue, actor.profile, understanding.entities)),
    ),

  find_session: (request, understanding) =>
    aboutThemselves(request, understanding, async (profile) => {
      const { context, services } = request;
      const unknown = understanding.entities.unknownCodes?.[0];
      if (!understanding.entities.modules.length && unknown)
        return say(context, replies.unknownCode(unknown, nearestCodes(services.catalogue, unknown)));
      const answer = await sessionsFor(
        services.database.collections,
        services.catalogue,
        { profile, placesHeld: request.actor.placesHeld },
        understanding.entities,
        services.clock(),
      );
      if (answer.kind === 'sessions') await context.sendActivity(cardMessage(sessionListCard(answer)));
      else await say(context, replies.sessionsReply(answer));
    }),

  my_bookings: (request, understanding) =>
    aboutThemselves(request, understanding, (profile) => sendMyBookings(request, profile._id)),

  team_status: async (request, understanding) => {
    const { context, actor, services } = request;
    if (understanding.entities.people.length)
      return aboutSomeoneElse(request, understanding.entities.people[0] as string);
    if (!actor.isManager && !actor.isCoordinator) return say(context, replies.NOT_MANAGER_OR_COORDINATOR);
    const { collections } = services.database;
    // A button says which part it shows; words may too ("who is blocked?", "waiting to be confirmed").
    const only = understanding.only ?? understanding.entities.teamView;
    const blockedOnly = only === 'blocked';
    let teamShown = false;
    if (actor.isManager && !(actor.isCoordinator && only === 'waiting')) {
      const team = await teamOverview(
        collections,
        services.catalogue,
        actor.aadObjectId,
        { offset: 0, blockedOnly },
        services.clock(),
      );
      // A coordinator with no reports sees only the coordinator's view.
      if (team.teamSize || !actor.isCoordinator) {
        await context.sendActivity(cardMessage(teamCard(team)));
        teamShown = true;
      }
    }
    if (actor.isCoordinator && !blockedOnly && !(teamShown && only === 'team')) {
      const waiting = await waitingForConfirmation(collections, 0);
      await context.sendActivity(cardMessage(waitingForConfirmationCard(waiting)));
    } else if (!teamShown) {
      await say(context, replies.NO_TEAM_TO_SHOW);
    }
  },

  fill_rates: async ({ context, actor, services }) => {
    if (!actor.isCoordinator) return say(context, replies.COORDINATORS_ONLY_FILL_RATES);
    await context.sendActivity(cardMessage(await fillRatesCardFor(services, 0)));
  },

  fallback: ({ context, actor }, understanding) =>
    say(
      context,
      replies.fallback(
        suggestQuestions(understanding, { manager: actor.isManager, coordinator: actor.isCoordinator }),
      ),
    ),
};

async function say(context: TurnContext, text: string): Promise<void> {
  await context.sendActivity(text);
}

/**
 * A question about the asker's own training: answered from their profile, or the onboarding card first. A
 * question that names someone else is answered about that person (their manager may ask), never the asker.
 */
async function aboutThemselves(
  request: MessageRequest,
  understanding: Asked,
  answer: (profile: StaffProfile) => Promise<void>,
): Promise<void> {
  const named = understanding.entities.people[0];
  if (named) return aboutSomeoneElse(request, named);
  if (!request.actor.profile) return askToOnboard(request);
  await answer(request.actor.profile);
}

/** "How's Liam getting on?": a line manager's own report of record, or a polite refusal. */
async function aboutSomeoneElse(request: MessageRequest, name: string): Promise<void> {
  const { context, actor, services } = request;
  if (!actor.isManager) return say(context, replies.onlyYourTeam(name, false));
  const found = await findTeamMember(
    services.database.collections,
    services.catalogue,
    actor.aadObjectId,
    name,
    services.clock(),
  );
  if (!found.ok)
    return say(
      context,
      found.reason === 'ambiguous'
        ? replies.whichPerson(name, found.matches)
        : replies.onlyYourTeam(name, true),
    );
  const bookings = await memberBookings(services, found.member.aadObjectId);
  await context.sendActivity(cardMessage(teamMemberCard(found.member, undefined, undefined, bookings)));
}

/** The welcome card, and for someone not on the roster the onboarding card after it. */
export async function showWelcome({ context, actor, services }: MessageRequest): Promise<void> {
  await context.sendActivity(cardMessage(welcomeCard(welcomeViewFor(actor, context))));
  if (!actor.profile) await sendOnboarding({ context, actor, services, text: '' });
}

async function askToOnboard(request: MessageRequest): Promise<void> {
  await sendOnboarding(request, replies.ONBOARD_FIRST);
}

async function sendOnboarding({ context, services }: MessageRequest, lead?: string): Promise<void> {
  await context.sendActivity(cardMessage(onboardingCard(await onboardingViewFor(services, context)), lead));
}

/** A typed question: the understander reads the words; a compound message is answered part by part. */
export async function answerMessage(request: MessageRequest): Promise<void> {
  const understanding = request.services.understander.understand(request.text);
  const questions = [understanding, ...(understanding.more ?? [])].slice(0, MOST_QUESTIONS);
  turnLogger(request.context, request.services.logger).info(
    {
      intents: questions.map((question) => question.intent),
      confidence: Number(understanding.confidence.toFixed(2)),
    },
    'understood',
  );
  for (const question of questions) await MESSAGE_ROUTES[question.intent](request, question);
}

/** A button's question: the button says exactly what it asks, so nothing is guessed. */
export async function answerAsk(request: MessageRequest, ask: AskData): Promise<void> {
  const understanding: Asked = {
    intent: ask.intent,
    confidence: 1,
    entities: {
      modules: (ask.modules ?? []).map((code) => code.toUpperCase()),
      accessRoutes: [],
      audiences: [],
      contactPoint: false,
      people: [],
    },
    alternatives: [],
    normalised: '',
    ...(ask.sessionId ? { sessionId: ask.sessionId } : {}),
    ...(ask.only ? { only: ask.only } : {}),
  };
  await MESSAGE_ROUTES[ask.intent](request, understanding);
}
