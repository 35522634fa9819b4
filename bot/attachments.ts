import { CardFactory, MessageFactory, type Activity, type Attachment } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptiveCard';

export function cardAttachment(card: AdaptiveCard): Attachment {
  return CardFactory.adaptiveCard(card);
}

/** A card, with a line of text above it when given: one message, so one call to the Bot Connector. */
export function cardMessage(card: AdaptiveCard, text?: string): Partial<Activity> {
  return MessageFactory.attachment(cardAttachment(card), text);
}
