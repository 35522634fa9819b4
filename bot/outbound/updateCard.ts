import type { ConversationReference } from 'botbuilder';
import type { AdaptiveCard } from '../../cards/adaptiveCard';
import { conversationRepository } from '../../services/conversations/conversationRepository';
import { cardAttachment } from '../attachments';
import { callInConversation } from './callInConversation';
import type { Outbound, OutboundServices } from './outbound';
import type { OutboundResult } from './outboundResult';
import { reportFailure, reportNoOutbound } from './reportFailure';

/**
 * Replaces a card the bot sent earlier outside a turn (an approval card once someone decided), in the person's
 * own chat: `activityId` is what `sendToPerson` returned. Same limits and retries as sending.
 */
export async function updateCardForPerson(
  services: OutboundServices,
  aadObjectId: string,
  activityId: string,
  card: AdaptiveCard,
): Promise<OutboundResult> {
  const person = aadObjectId.toLowerCase();
  const stored = await conversationRepository(services.database.collections).findPersonal(person);
  if (!services.outbound) return reportNoOutbound(services, { person }, 'no outbound configured');
  if (!stored) {
    // No chat stored means no card was sent there (or the person uninstalled the app since).
    services.logger.info({ person, activityId }, 'cannot update the card: no chat stored for the person');
    return { ok: false, reason: 'unreachable' };
  }
  const reference = stored.reference as Partial<ConversationReference>;
  const updated = await replaceCard(services.outbound, reference, activityId, card);
  if (updated.ok) return { ok: true, activityId, conversationId: stored._id };
  return reportFailure(services, { person, conversationId: stored._id }, updated.failure, {
    doing: 'updating a card',
    attempts: updated.attempts,
  });
}

/** Replaces a card in any stored conversation (a chat or channel), given where it is and the message's id. */
export async function updateActivity(
  services: OutboundServices,
  reference: Partial<ConversationReference>,
  activityId: string,
  card: AdaptiveCard,
): Promise<OutboundResult> {
  const conversationId = reference.conversation?.id ?? '';
  if (!services.outbound) return reportNoOutbound(services, { conversationId }, 'no outbound configured');
  const updated = await replaceCard(services.outbound, reference, activityId, card);
  if (updated.ok) return { ok: true, activityId, conversationId };
  return reportFailure(services, { conversationId }, updated.failure, {
    doing: 'updating a card',
    attempts: updated.attempts,
  });
}

function replaceCard(
  outbound: Outbound,
  reference: Partial<ConversationReference>,
  activityId: string,
  card: AdaptiveCard,
) {
  return callInConversation(outbound, reference, (context) =>
    context.updateActivity({ type: 'message', id: activityId, attachments: [cardAttachment(card)] }),
  );
}
