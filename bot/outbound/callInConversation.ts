import type { ConversationReference, TurnContext } from 'botbuilder';
import type { Outbound } from './outbound';
import { withRetries, type Attempted } from './retryPolicy';

/**
 * One Bot Connector call in a stored conversation, outside any turn: under Teams' rate limits and retried as
 * Teams asks. Each attempt is its own call to `continueConversationAsync`, so each waits for the limiter again.
 */
export function callInConversation<T>(
  outbound: Outbound,
  reference: Partial<ConversationReference>,
  call: (context: TurnContext) => Promise<T>,
): Promise<Attempted<T>> {
  const conversationId = reference.conversation?.id ?? '';
  return withRetries(
    () => outbound.limiter.schedule(conversationId, () => continueWith(outbound, reference, call)),
    outbound.retry,
  );
}

/**
 * The adapter hands a failure inside the callback to `onTurnError`, which would log a failed turn and send the
 * person an apology for a message they never asked for. The failure is caught here and thrown to the caller.
 */
async function continueWith<T>(
  outbound: Outbound,
  reference: Partial<ConversationReference>,
  call: (context: TurnContext) => Promise<T>,
): Promise<T> {
  let outcome: { value: T } | { error: unknown } | undefined;
  await outbound.adapter.continueConversationAsync(outbound.botAppId, reference, async (context) => {
    try {
      outcome = { value: await call(context) };
    } catch (error) {
      outcome = { error };
    }
  });
  if (!outcome) throw new Error('the adapter did not run the outbound call');
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}
