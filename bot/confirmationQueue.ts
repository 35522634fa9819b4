import { waitingForConfirmationCard, type Notice } from '../cards/waitingForConfirmationCard';
import type { Actor } from '../services/people/actorRoles';
import type { Reviewer } from '../services/people/reviewSelfDeclared';
import { waitingForConfirmation } from '../services/people/waitingForConfirmation';
import type { BotServices } from './botServices';
import { cardResponse } from './invokeResponses';
import { displayNameOf } from './views';

// What the coordinator's confirmation-queue verbs share: each button replaces the card in place with the queue
// as it now is.

export const ONLY_COORDINATORS =
  'Only training coordinators can confirm or reject people. The card is unchanged.';

/** The coordinator deciding: who clicked, from Teams, never from card data. */
export function reviewerOf(actor: Actor): Reviewer {
  return {
    id: actor.aadObjectId,
    name: displayNameOf(actor.profile?.name),
    isCoordinator: actor.isCoordinator,
  };
}

/** The queue's page at `offset`, with the outcome of the last button on top. */
export async function queueCard(services: BotServices, offset: number, notice?: Notice) {
  return cardResponse(
    waitingForConfirmationCard(await waitingForConfirmation(services.database.collections, offset), notice),
  );
}
