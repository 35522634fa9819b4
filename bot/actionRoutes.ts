import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Actor } from '../services/people/actorRoles';
import { DeclaredDetails } from '../services/people/declareProfile';
import type { BotServices } from './botServices';
import { declareMyProfile } from './actions/declareMyProfile';
import { confirmPerson, rejectPerson, reviewPerson, showWaitingPage } from './actions/reviewPeople';
import { ConfirmData, PageData, PersonData } from './actions/reviewRequests';
import { showFillRatesPage } from './actions/showFillRatesPage';
import { showTeamPage } from './actions/showTeamPage';
import { FILL_RATES_PAGE_VERB } from '../cards/fillRatesCard';
import { TEAM_PAGE_VERB } from '../cards/teamCard';
import { REVIEW_VERBS } from '../cards/waitingForConfirmationCard';
import { messageResponse } from './invokeResponses';
import { AskData, answerAsk } from './messageRouter';

/** What a card action handler gets: the parsed data, who clicked (from Teams, never from card data), and services. */
export interface ActionRequest<Data> {
  context: TurnContext;
  data: Data;
  actor: Actor;
  services: BotServices;
}

export interface ActionRoute<Schema extends z.ZodType> {
  schema: Schema;
  handle(request: ActionRequest<z.infer<Schema>>): Promise<AdaptiveCardInvokeResponse>;
}

export function route<Schema extends z.ZodType>(
  schema: Schema,
  handle: ActionRoute<Schema>['handle'],
): ActionRoute<Schema> {
  return { schema, handle };
}

/**
 * Every Action.Execute verb a card can send, with the shape of its data and its handler.
 * Reading this table tells you everything a user can do from a card.
 */
export const ACTION_ROUTES: Record<string, ActionRoute<z.ZodType>> = {
  ask: route(AskData, async ({ context, data, actor, services }) => {
    await answerAsk({ context, text: '', actor, services }, data);
    return messageResponse('Answered below.');
  }),
  'profile.declare': route(DeclaredDetails, declareMyProfile),
  [TEAM_PAGE_VERB]: route(PageData, showTeamPage),
  // Coordinators only (each handler checks the roster of record):
  [FILL_RATES_PAGE_VERB]: route(PageData, showFillRatesPage),
  [REVIEW_VERBS.page]: route(PageData, showWaitingPage),
  [REVIEW_VERBS.correct]: route(PersonData, reviewPerson),
  [REVIEW_VERBS.confirm]: route(ConfirmData, confirmPerson),
  [REVIEW_VERBS.reject]: route(PersonData, rejectPerson),
};

/**
 * The route for a verb from a card, or undefined. Own keys only: a verb such as "constructor" or "__proto__"
 * must not reach Object's prototype.
 */
export function actionRouteFor(verb: unknown): ActionRoute<z.ZodType> | undefined {
  return typeof verb === 'string' && Object.hasOwn(ACTION_ROUTES, verb) ? ACTION_ROUTES[verb] : undefined;
}
