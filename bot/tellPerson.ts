import type { ConversationReference } from 'botbuilder';
import { conversationRepository } from '../services/conversations/conversationRepository';
import type { BotServices } from './botServices';

/**
 * Sends a line to someone in their own chat with the bot, outside the current turn. Best effort: a person who
 * never opened the chat, or a failed send, is logged and reported as not reached; the caller's decision stands.
 */
export async function tellPerson(services: BotServices, aadObjectId: string, text: string): Promise<boolean> {
  const outbound = services.outbound;
  if (!outbound) return false;
  const record = await conversationRepository(services.database.collections).findPersonal(aadObjectId);
  if (!record) {
    services.logger.info({ person: aadObjectId }, 'no personal chat stored: person not told');
    return false;
  }
  try {
    await outbound.adapter.continueConversationAsync(
      outbound.botAppId,
      record.reference as Partial<ConversationReference>,
      async (context) => {
        await context.sendActivity(text);
      },
    );
    return true;
  } catch (error) {
    services.logger.warn({ err: error, person: aadObjectId }, 'could not tell the person');
    return false;
  }
}
