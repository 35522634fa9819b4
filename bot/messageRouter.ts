import type { TurnContext } from 'botbuilder';
import { moduleCard } from '../cards/moduleCard';
import { onboardingCard } from '../cards/onboardingCard';
import { pathwayCard } from '../cards/pathwayCard';
import { readinessCard } from '../cards/readinessCard';
import { sessionListCard } from '../cards/sessionListCard';
import { teamCard } from '../cards/teamCard';
import { welcomeCard } from '../cards/welcomeCard';
import { accessRouteLabel } from '../services/catalogue/accessRoutes';
import { courseByCode } from '../services/catalogue/courseLookup';
import { describeModule } from '../services/catalogue/describeModule';
import type { AskData } from './cardData';
import { type Feature, type Intent, type Understanding } from '../services/intents/understanding';
import { suggestQuestions } from '../services/intents/suggestions';
import { pathwayForPerson } from '../services/pathway/pathwayForPerson';
import type { Actor } from '../services/people/actorRoles';
import { teamOverview } from '../services/people/teamOverview';
import { waitingForConfirmation } from '../services/people/waitingForConfirmation';
import { waitingForConfirmationCard } from '../cards/waitingForConfirmationCard';
import { readinessForPerson } from '../services/readiness/readinessForPerson';
import { findSessions, searchFor } from '../services/sessions/findSessions';
import { cardMessage } from './attachments';
import type { BotServices } from './botServices';
import { turnLogger } from './turnContext';
import { fillRatesCardFor, onboardingViewFor, personViews } from './views';
import { welcomeViewFor } from './welcome';

export interface MessageRequest {
  context: TurnContext;
  text: string;
  actor: Actor;
  services: BotServices;
}

type Asked = Understanding & { sessionId?: string };
type Handler = (request: MessageRequest, understanding: Asked) => Promise<void>;

/** What the bot cannot do yet, honestly, with what to do meanwhile. */
const NOT_YET: Record<Feature, string> = {
  booking:
    'I can\'t book places yet. Ask "find a session" to see the dates and places left, then ask your manager or the training coordinator to book you on.',
  reminders:
    'I can\'t send reminders yet. Ask "what training do I need?" or "am I ready?" whenever you want to check where you stand.',
  announcements:
    "I can't send announcements yet. Until I can, please send them by email or post them in your team's channel.",
  attendance:
    "I can't record attendance yet. Keep the signing-in sheet as usual and send it to the training coordinator.",
  publishing:
    'I can\'t publish sessions from chat yet. The training coordinator adds them with "npm run admin -- import sessions FILE.csv".',
};

/** Free-text questions and navigation buttons: each intent maps to one handler. */
const MESSAGE_ROUTES: Record<Intent, Handler> = {
  help: showWelcome,
  greeting: showWelcome,

  pathway: async (request) => {
    const { context, actor, services } = request;
    const result = await pathwayForPerson(
      services.database.collections,
      services.catalogue,
      actor.aadObjectId,
      services.clock(),
    );
    if (!result.ok) return askToOnboard(request);
    const person = personViews(services.catalogue, result.profile, context);
    await context.sendActivity(cardMessage(pathwayCard({ ...person, pathway: result.pathway })));
  },

  module_info: async ({ context, services }, understanding) => {
    const code = understanding.entities.modules[0];
    const module = code ? describeModule(services.catalogue, code) : undefined;
    if (!module) {
      await context.sendActivity(
        'Which module do you mean? For example: "how long is IS02?" or "what is CAF01?"',
      );
      return;
    }
    await context.sendActivity(
      cardMessage(moduleCard(module, understanding.entities.moduleQuestion ?? 'what')),
    );
  },

  contactpoint_info: async ({ context, actor }) => {
    const lines = [
      'ContactPoint is the national index of children in England: it shows who else works with a child, so ' +
        'practitioners can get in touch with each other. It holds basic details only, no case information.',
      'You can use it only after the mandatory face-to-face ContactPoint training, and the checks before it ' +
        '(enhanced CRB, IT competence, Information Sharing training, your organisation’s accreditation and an identity check).',
    ];
    if (actor.profile?.contactPointUser) {
      lines.push(
        'You have been nominated to use ContactPoint, so it is on your pathway. Ask "am I ready?" to see where you stand.',
      );
    } else if (actor.profile) {
      lines.push(
        'You have not been nominated to use ContactPoint. If your role needs it, your manager nominates you.',
      );
    } else {
      lines.push('Your manager decides whether your role needs ContactPoint and nominates you.');
    }
    await context.sendActivity(lines.join('\n\n'));
  },

  readiness: async (request, understanding) => {
    const { context, actor, services } = request;
    const result = await readinessForPerson(
      services.database.collections,
      services.catalogue,
      actor.aadObjectId,
      services.clock(),
      understanding.sessionId,
    );
    if (!result.ok) {
      if (result.reason === 'not_on_roster') return askToOnboard(request);
      await context.sendActivity(
        'I can\'t find that session any more: it may have been cancelled. Try "find a session".',
      );
      return;
    }
    const { readiness, profile, session } = result;
    if (!profile.contactPointUser) {
      await context.sendActivity(
        "You haven't been nominated to use ContactPoint, so you don't need this training yet. Here is where you would stand:",
      );
    }
    const course = courseByCode(services.catalogue, readiness.course);
    await context.sendActivity(
      cardMessage(
        readinessCard({
          readiness,
          selfDeclared: profile.source === 'self-declared',
          ...(session
            ? {
                session: {
                  id: session._id,
                  title: course?.title ?? session.course,
                  start: session.start,
                  end: session.end,
                  venue: session.venue,
                },
              }
            : {}),
        }),
      ),
    );
  },

  what_to_bring: async ({ context, services, actor }, understanding) => {
    const code =
      understanding.entities.modules[0] ??
      (understanding.entities.contactPoint || actor.profile?.contactPointUser
        ? services.catalogue.contactPointCourse
        : undefined);
    const course = code ? courseByCode(services.catalogue, code) : undefined;
    if (!course) {
      await context.sendActivity(
        'Which training do you mean? For example: "what do I bring to ContactPoint training?"',
      );
      return;
    }
    if (!course.bring.length) {
      await context.sendActivity(
        `${course.code} ${course.title} is ${course.booking === 'self-study' ? 'self-study' : 'not a classroom session'}: there is nothing to bring.`,
      );
      return;
    }
    await context.sendActivity(
      `For **${course.code} ${course.title}**, please bring:\n\n${course.bring.map((item) => `- ${item}`).join('\n')}`,
    );
  },

  find_session: async (request, understanding) => {
    const { context, actor, services } = request;
    const now = services.clock();
    const result = await pathwayForPerson(
      services.database.collections,
      services.catalogue,
      actor.aadObjectId,
      now,
    );
    if (!result.ok) return askToOnboard(request);
    const { catalogue } = services;
    const step = result.pathway.nextStep;
    const code =
      understanding.entities.modules[0] ??
      (understanding.entities.contactPoint ? catalogue.contactPointCourse : undefined) ??
      (step.action === 'find-session' ? step.code : undefined);
    const course = code ? courseByCode(catalogue, code) : undefined;
    if (!course) {
      await context.sendActivity(
        step.action === 'self-study'
          ? `Your next step, ${step.code} ${step.title}, is self-study: there is no session to book.`
          : 'Which training are you looking for? For example: "find a CAF02 session" or "ContactPoint sessions on Care First".',
      );
      return;
    }
    if (course.booking === 'self-study' || course.booking === 'arranged-separately') {
      await context.sendActivity(
        course.booking === 'self-study'
          ? `${course.code} ${course.title} is self-study: there are no sessions to book.${course.link ? ` Start it here: ${course.link}` : ''}`
          : `${course.code} ${course.title} is not booked through me: the training coordinator arranges places.`,
      );
      return;
    }
    const search = searchFor(
      catalogue,
      result.profile,
      course.code,
      now,
      understanding.entities.accessRoutes[0],
    );
    const options = await findSessions(services.database.collections, search);
    await context.sendActivity(
      cardMessage(
        sessionListCard({
          code: course.code,
          title: course.title,
          ...(search.accessRoute
            ? {
                accessRoute: search.accessRoute,
                accessRouteLabel: accessRouteLabel(catalogue, search.accessRoute),
              }
            : {}),
          gatedByReadiness: course.code === catalogue.contactPointCourse,
          sessions: options.map(({ session, seatsLeft }) => ({
            id: session._id,
            start: session.start,
            end: session.end,
            venue: session.venue,
            seatsLeft,
          })),
        }),
      ),
    );
  },

  my_bookings: async (request) => {
    if (!request.actor.profile) return askToOnboard(request);
    await request.context.sendActivity(
      'You have no sessions booked with me yet. Ask "find a session" to see dates for your next module.',
    );
  },

  team_status: async ({ context, actor, services }) => {
    if (!actor.isManager && !actor.isCoordinator) {
      await context.sendActivity(
        'That view is for line managers and training coordinators. Ask "my training" for your own.',
      );
      return;
    }
    const { collections } = services.database;
    if (actor.isManager) {
      const team = await teamOverview(
        collections,
        services.catalogue,
        actor.aadObjectId,
        0,
        services.clock(),
      );
      // A coordinator with no reports sees only the coordinator's view.
      if (team.total || !actor.isCoordinator) await context.sendActivity(cardMessage(teamCard(team)));
    }
    if (actor.isCoordinator) {
      const waiting = await waitingForConfirmation(collections, 0);
      await context.sendActivity(cardMessage(waitingForConfirmationCard(waiting)));
    }
  },

  fill_rates: async ({ context, actor, services }) => {
    if (!actor.isCoordinator) {
      await context.sendActivity(
        'Fill rates are for training coordinators. Ask "find a session" to see places left.',
      );
      return;
    }
    await context.sendActivity(cardMessage(await fillRatesCardFor(services, 0)));
  },

  thanks: async ({ context }) => {
    await context.sendActivity('You\'re welcome. Ask me anything about your training, or type "help".');
  },

  not_yet: async ({ context }, understanding) => {
    await context.sendActivity(NOT_YET[understanding.entities.feature ?? 'booking']);
  },

  fallback: async ({ context, actor }, understanding) => {
    const suggestions = suggestQuestions(understanding, {
      manager: actor.isManager,
      coordinator: actor.isCoordinator,
    });
    await context.sendActivity(
      `Sorry, I didn't catch that. You could ask:\n\n${suggestions.map((q) => `- "${q}"`).join('\n')}\n\nOr type "help".`,
    );
  },
};

/** The welcome card, and for someone not on the roster the onboarding card after it. */
export async function showWelcome({ context, actor, services }: MessageRequest): Promise<void> {
  await context.sendActivity(cardMessage(welcomeCard(welcomeViewFor(actor, context))));
  if (!actor.profile) await sendOnboarding({ context, actor, services, text: '' });
}

async function askToOnboard(request: MessageRequest): Promise<void> {
  await request.context.sendActivity("I need a few details about your role first, then I'll answer that.");
  await sendOnboarding(request);
}

async function sendOnboarding({ context, services }: MessageRequest): Promise<void> {
  await context.sendActivity(cardMessage(onboardingCard(await onboardingViewFor(services, context))));
}

/** A typed question: the understander reads the words. */
export async function answerMessage(request: MessageRequest): Promise<void> {
  const understanding = request.services.understander.understand(request.text);
  turnLogger(request.context, request.services.logger).info(
    { intent: understanding.intent, confidence: Number(understanding.confidence.toFixed(2)) },
    'understood',
  );
  await MESSAGE_ROUTES[understanding.intent](request, understanding);
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
  };
  await MESSAGE_ROUTES[ask.intent](request, understanding);
}
