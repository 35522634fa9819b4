import { TurnContext, type ChannelAccount, type ConversationReference } from 'botbuilder';
import { conversationRepository } from '../../services/conversations/conversationRepository';
import type { ConnectorFailure } from './connectorFailure';
import type { Outbound, OutboundServices } from './outbound';
import { withRetries } from './retryPolicy';

/** Created; or Teams' whereabouts are unknown (nothing stored, nothing configured); or the connector failed. */
export type CreatedConversation =
  | { ok: true; conversationId: string; reference: Partial<ConversationReference> }
  | { ok: false }
  | { ok: false; failure: ConnectorFailure; attempts: number };

/**
 * Starts the bot's 1:1 chat with someone it has never talked to, through the Bot Connector, and stores where to
 * reach them so the next message goes straight there. Teams takes the person's Entra object id as the member id;
 * for a person who already has the chat it answers with the same conversation.
 */
export async function createPersonalConversation(
  services: OutboundServices,
  outbound: Outbound,
  aadObjectId: string,
): Promise<CreatedConversation> {
  const conversations = conversationRepository(services.database.collections);
  const teams = await whereTeamsIs(conversations, outbound);
  if (!teams) return { ok: false };
  const parameters = {
    isGroup: false,
    bot: teams.bot,
    // Teams needs only the member's id; the typing asks for a name too.
    members: [{ id: aadObjectId } as ChannelAccount],
    tenantId: teams.tenantId,
    channelData: { tenant: { id: teams.tenantId } },
  };
  const attempted = await withRetries(
    // Teams limits creating conversations per person as it does sending; the id is not known before.
    () =>
      outbound.limiter.schedule(`create:${aadObjectId}`, () =>
        create(outbound, teams.serviceUrl, parameters),
      ),
    outbound.retry,
  );
  if (!attempted.ok) return { ok: false, failure: attempted.failure, attempts: attempted.attempts };

  const { conversationId, reference } = attempted.value;
  await conversations.save(
    {
      _id: conversationId,
      aadObjectId,
      conversationType: 'personal',
      tenantId: teams.tenantId,
      reference: reference as Record<string, unknown>,
    },
    services.clock(),
  );
  return { ok: true, conversationId, reference };
}

interface TeamsWhereabouts {
  serviceUrl: string;
  tenantId: string;
  bot: ChannelAccount;
}

/** Configured values first; the rest from the latest conversation stored (in the configured tenant if any). */
async function whereTeamsIs(
  conversations: ReturnType<typeof conversationRepository>,
  outbound: Outbound,
): Promise<TeamsWhereabouts | undefined> {
  const latest = await conversations.findLatest(outbound.teams.tenantId);
  const stored = latest?.reference as Partial<ConversationReference> | undefined;
  const serviceUrl = outbound.teams.serviceUrl ?? stored?.serviceUrl;
  const tenantId = outbound.teams.tenantId ?? latest?.tenantId;
  if (!serviceUrl || !tenantId) return undefined;
  return { serviceUrl, tenantId, bot: stored?.bot ?? { id: `28:${outbound.botAppId}`, name: '' } };
}

/**
 * The adapter's typing asks for a string, but undefined is what lets the connector factory use the configured
 * token audience, as `continueConversationAsync` does; '' would ask for a token for no audience.
 */
const CONFIGURED_AUDIENCE = undefined as unknown as string;

/** One attempt: creates the chat and returns where it is, without sending anything (the send retries apart). */
async function create(
  outbound: Outbound,
  serviceUrl: string,
  parameters: Parameters<Outbound['adapter']['createConversationAsync']>[4],
): Promise<{ conversationId: string; reference: Partial<ConversationReference> }> {
  let reference: Partial<ConversationReference> | undefined;
  await outbound.adapter.createConversationAsync(
    outbound.botAppId,
    'msteams',
    serviceUrl,
    CONFIGURED_AUDIENCE,
    parameters,
    async (context) => {
      reference = TurnContext.getConversationReference(context.activity);
    },
  );
  if (!reference) throw new Error('the adapter did not run the create callback');
  const conversation = reference.conversation;
  if (!conversation?.id) throw new Error('Teams gave no conversation id');
  // Stored as the bot stores a chat someone opened: no message id, and marked personal.
  delete reference.activityId;
  return {
    conversationId: conversation.id,
    reference: { ...reference, conversation: { ...conversation, conversationType: 'personal' } },
  };
}
