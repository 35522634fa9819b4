import { approvalCard } from '../../cards/approvalCard';
import { approvalFacts } from '../../services/booking/approvalFacts';
import { findAwaitingApproval } from '../../services/booking/bookingRepository';
import type { TurnContext } from 'botbuilder';
import type { Actor } from '../../services/people/actorRoles';
import type { ActionRequest } from '../actionRoutes';
import type { BotServices } from '../botServices';
import { cardMessage } from '../attachments';
import { messageResponse } from '../invokeResponses';
import { NOT_MANAGER_OR_COORDINATOR } from '../replies';

const MOST_CARDS = 10;

/**
 * `approvals.waiting`: each place waiting for the presser's decision as its own approval card, soonest session
 * first (for a coordinator, also those whose person has no line manager on the roster).
 */
export async function approvalsWaiting({ context, actor, services }: ActionRequest<unknown>) {
  return messageResponse((await sendApprovalsWaiting(context, actor, services)).line);
}

/** Sends the approval cards waiting for this person below, and a line saying how many (or why none). */
export async function sendApprovalsWaiting(
  context: TurnContext,
  actor: Actor,
  services: BotServices,
): Promise<{ sent: number; line: string }> {
  if (!actor.isManager && !actor.isCoordinator) return { sent: 0, line: NOT_MANAGER_OR_COORDINATOR };
  const { collections } = services.database;
  const waiting = [
    ...(actor.isManager ? await findAwaitingApproval(collections, actor.aadObjectId, MOST_CARDS + 1) : []),
    ...(actor.isCoordinator ? await findAwaitingApproval(collections, null, MOST_CARDS + 1) : []),
  ];
  if (waiting.length === 0) return { sent: 0, line: 'Nothing is waiting for your approval.' };
  const now = services.clock();
  for (const booking of waiting.slice(0, MOST_CARDS))
    await context.sendActivity(
      cardMessage(approvalCard(await approvalFacts(collections, services.catalogue, booking, now))),
    );
  const sent = Math.min(waiting.length, MOST_CARDS);
  const more = waiting.length > MOST_CARDS ? ` Decide on these and ask again for the rest.` : '';
  return { sent, line: `${sent} waiting for your decision, below.${more}` };
}
