import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Verb } from '../cards/verbs';
import type { Actor } from '../services/people/actorRoles';
import { DeclaredDetails } from '../services/people/declareProfile';
import { ask } from './actions/ask';
import { fillRatesPage } from './actions/fillRatesPage';
import { profileConfirm } from './actions/profileConfirm';
import { profileDeclare } from './actions/profileDeclare';
import { profileReject } from './actions/profileReject';
import { profileReview } from './actions/profileReview';
import { profilesWaiting } from './actions/profilesWaiting';
import { teamConfirmIt } from './actions/teamConfirmIt';
import { trainerSessions } from './actions/trainerSessions';
import { teamMember } from './actions/teamMember';
import { teamPage } from './actions/teamPage';
import { sessionCancel } from './actions/sessionCancel';
import { sessionCancelConfirmed } from './actions/sessionCancelConfirmed';
import { sessionCreate } from './actions/sessionCreate';
import { sessionNew } from './actions/sessionNew';
import { sessionsManage } from './actions/sessionsManage';
import type { BotServices } from './botServices';
import { approvalsWaiting } from './actions/approvalsWaiting';
import { bookingApprove } from './actions/bookingApprove';
import { bookingBook } from './actions/bookingBook';
import { bookingCancel } from './actions/bookingCancel';
import { bookingDecline } from './actions/bookingDecline';
import { bookingsMine } from './actions/bookingsMine';
import { nominateStart } from './actions/nominateStart';
import { nominateSubmit } from './actions/nominateSubmit';
import { sessionsMore } from './actions/sessionsMore';
import { sessionBookingsView } from './actions/sessionBookingsView';
import {
  AskData,
  BookingData,
  BookSessionData,
  CancelSessionData,
  ConfirmData,
  DeclineData,
  MoreSessionsData,
  NewSessionData,
  NominationData,
  PageData,
  PersonData,
  SessionData,
  SessionsPlaceData,
  TeamMemberData,
  TeamPlaceData,
} from './cardData';

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
 * Every Action.Execute verb a card can send (`cards/verbs.ts`), with the shape of its data and its handler in
 * `bot/actions/`. Reading this table tells you everything a user can do from a card.
 */
export const ACTION_ROUTES = {
  ask: route(AskData, ask),
  'profile.declare': route(DeclaredDetails, profileDeclare),
  // Line managers, about their own reports of record only:
  'team.page': route(TeamPlaceData, teamPage),
  'team.member': route(TeamMemberData, teamMember),
  'team.confirmIt': route(TeamMemberData, teamConfirmIt),
  // Trainers of record:
  'trainer.sessions': route(z.object({}), trainerSessions),
  // Coordinators only (each handler checks the roster of record):
  'fillRates.page': route(PageData, fillRatesPage),
  'profiles.waiting': route(PageData, profilesWaiting),
  'profile.review': route(PersonData, profileReview),
  'profile.confirm': route(ConfirmData, profileConfirm),
  'profile.reject': route(PersonData, profileReject),
  // Booking, for anyone on their own places (each handler checks who may act on whose booking):
  'sessions.more': route(MoreSessionsData, sessionsMore),
  'booking.book': route(BookSessionData, bookingBook),
  'booking.cancel': route(BookingData, bookingCancel),
  'bookings.mine': route(z.object({}), bookingsMine),
  // The line manager of record, or a coordinator:
  'booking.approve': route(BookingData, bookingApprove),
  'booking.decline': route(DeclineData, bookingDecline),
  'approvals.waiting': route(z.object({}), approvalsWaiting),
  'nominate.start': route(z.object({}), nominateStart),
  'nominate.submit': route(NominationData, nominateSubmit),
  // Coordinators managing sessions (each handler checks the roster of record):
  'sessions.manage': route(SessionsPlaceData, sessionsManage),
  'session.cancel': route(SessionData, sessionCancel),
  'session.cancelConfirmed': route(CancelSessionData, sessionCancelConfirmed),
  'session.new': route(z.object({}), sessionNew),
  'session.create': route(NewSessionData, sessionCreate),
  'session.bookings': route(SessionData, sessionBookingsView),
} satisfies Record<Verb, ActionRoute<z.ZodType>>;

/**
 * The route for a verb from a card, or undefined. Own keys only: a verb such as "constructor" or "__proto__"
 * must not reach Object's prototype.
 */
export function actionRouteFor(verb: unknown): ActionRoute<z.ZodType> | undefined {
  return typeof verb === 'string' && Object.hasOwn(ACTION_ROUTES, verb)
    ? (ACTION_ROUTES as Record<string, ActionRoute<z.ZodType>>)[verb]
    : undefined;
}
