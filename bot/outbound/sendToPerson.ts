import type { ConversationReference } from 'botbuilder';
import { conversationRepository } from '../../services/conversations/conversationRepository';
import { markReachable } from '../../services/people/reachability';
import { callInConversation } from './callInConversation';
import { createPersonalConversation } from './createPersonalConversation';
import type { OutboundServices } from './outbound';
import { activityFor, type OutboundMessage } from './outboundMessage';
import type { OutboundResult } from './outboundResult';
import { reportFailure, reportNoOutbound } from './reportFailure';

/**
 * Sends a message to someone in their own chat with the bot, outside any turn: through the stored conversation,
 * or, for someone the bot has never talked to, a chat it starts for them. Never throws for what Teams answers:
 * the result says how it went, and a failure is logged once.
 */
export async function sendToPerson(
  services: OutboundServices,
  aadObjectId: string,
  message: OutboundMessage,
): Promise<OutboundResult> {
  // Ids are compared in lower case, as the roster and the conversation store keep them.
  const person = aadObjectId.toLowerCase();
  const outbound = services.outbound;
  if (!outbound) return reportNoOutbound(services, { person }, 'no outbound configured');

  const stored = await conversationRepository(services.database.collections).findPersonal(person);
  let conversationId: string;
  let reference: Partial<ConversationReference>;
  if (stored) {
    conversationId = stored._id;
    reference = stored.reference as Partial<ConversationReference>;
  } else {
    const created = await createPersonalConversation(services, outbound, person);
    if (!created.ok) {
      return 'failure' in created
        ? reportFailure(services, { person }, created.failure, {
            doing: 'starting a chat',
            attempts: created.attempts,
          })
        : reportNoOutbound(services, { person }, 'no chat stored and no Teams location known');
    }
    ({ conversationId, reference } = created);
  }

  const activity = activityFor(message);
  const sent = await callInConversation(outbound, reference, (context) => context.sendActivity(activity));
  if (!sent.ok) {
    return reportFailure(services, { person, conversationId }, sent.failure, {
      doing: 'sending',
      attempts: sent.attempts,
    });
  }
  await markReachable(services.database.collections, person);
  return { ok: true, activityId: sent.value?.id, conversationId };
}
