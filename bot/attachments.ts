import { CardFactory, MessageFactory, type Activity, type Attachment } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptiveCard';

export function cardAttachment(card: AdaptiveCard): Attachment {
  return CardFactory.adaptiveCard(card);
}

export function cardMessage(card: AdaptiveCard): Partial<Activity> {
  return MessageFactory.attachment(cardAttachment(card));
}
