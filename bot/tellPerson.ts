import type { AdaptiveCard } from '../cards/adaptiveCard';
import type { BotServices } from './botServices';
import { sendToPerson } from './outbound/sendToPerson';
import type { OutboundResult } from './outbound/outboundResult';

/**
 * Sends a line to someone in their own chat with the bot, outside the current turn, and says whether it reached
 * them. A failure is logged and the person marked if Teams refused them; the caller's decision stands.
 */
export async function tellPerson(services: BotServices, aadObjectId: string, text: string): Promise<boolean> {
  return (await sendToPerson(services, aadObjectId, { text })).ok;
}

/** Sends a card (with a line above it when given); keep `activityId` to replace the card later. */
export function sendCardToPerson(
  services: BotServices,
  aadObjectId: string,
  card: AdaptiveCard,
  text?: string,
): Promise<OutboundResult> {
  return sendToPerson(services, aadObjectId, { card, text });
}
