import { approvalCard } from '../../cards/approvalCard';
import { approvalFacts } from '../../services/booking/approvalFacts';
import { findAwaitingApproval } from '../../services/booking/bookingRepository';
import type { ActionRequest } from '../actionRoutes';
import { cardMessage } from '../attachments';
import { messageResponse } from '../invokeResponses';
import { NOT_MANAGER_OR_COORDINATOR } from '../replies';

const MOST_CARDS = 10;

/**
 * `approvals.waiting`: each place waiting for the presser's decision as its own approval card, soonest session
 * first (for a coordinator, also those whose person has no line manager on the roster).
 */
export async function approvalsWaiting({ context, actor, services }: ActionRequest<unknown>) {
  if (!actor.isManager && !actor.isCoordinator) return messageResponse(NOT_MANAGER_OR_COORDINATOR);
  const { collections } = services.database;
  const waiting = [
    ...(actor.isManager ? await findAwaitingApproval(collections, actor.aadObjectId, MOST_CARDS + 1) : []),
    ...(actor.isCoordinator ? await findAwaitingApproval(collections, null, MOST_CARDS + 1) : []),
  ];
  if (waiting.length === 0) return messageResponse('Nothing is waiting for your approval.');
  const now = services.clock();
  for (const booking of waiting.slice(0, MOST_CARDS))
    await context.sendActivity(
      cardMessage(approvalCard(await approvalFacts(collections, services.catalogue, booking, now))),
    );
  const more = waiting.length > MOST_CARDS ? ` Decide on these and ask again for the rest.` : '';
  return messageResponse(`${Math.min(waiting.length, MOST_CARDS)} waiting for your decision, below.${more}`);
}
