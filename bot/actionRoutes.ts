import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { AdaptiveCard } from '../cards/adaptiveCard';
import type { Actor } from '../services/people/actorRoles';
import { DeclaredDetails } from '../services/people/declareProfile';
import type { BotServices } from './botServices';
import { declareMyProfile } from './actions/declareMyProfile';

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
  'profile.declare': route(DeclaredDetails, declareMyProfile),
};

export function messageResponse(text: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text as never };
}

/** Replaces the card that was clicked with this one. */
export function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card as never };
}
