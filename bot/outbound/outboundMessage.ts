import { MessageFactory, type Activity } from 'botbuilder';
import type { AdaptiveCard } from '../../cards/adaptiveCard';
import { cardMessage } from '../attachments';

/** A line, a card, or a line above a card: one message, so one call to the Bot Connector. */
export type OutboundMessage = { text: string; card?: AdaptiveCard } | { text?: string; card: AdaptiveCard };

export function activityFor(message: OutboundMessage): Partial<Activity> {
  return message.card ? cardMessage(message.card, message.text) : MessageFactory.text(message.text ?? '');
}
