import { markUnreachable } from '../../services/people/reachability';
import { isUnreachable, type ConnectorFailure } from './connectorFailure';
import type { OutboundServices } from './outbound';
import type { OutboundResult } from './outboundResult';

type Failed = Extract<OutboundResult, { ok: false }>;

/** Who a failed call was for: a person (then marked when Teams refused them), or only a conversation. */
export interface Recipient {
  person?: string;
  conversationId?: string;
}

/**
 * The one place a failed outbound call is reported: the person is marked for a coordinator when Teams refused
 * them (403, 404), and the failure is logged once, after the retries.
 */
export async function reportFailure(
  services: OutboundServices,
  recipient: Recipient,
  failure: ConnectorFailure,
  context: { doing: string; attempts?: number },
): Promise<Failed> {
  const reason = isUnreachable(failure) ? 'unreachable' : 'failed';
  if (reason === 'unreachable' && recipient.person) {
    const said = [failure.status, failure.code].filter(Boolean).join(' ');
    await markUnreachable(services.database.collections, recipient.person, said, services.clock());
  }
  services.logger.warn(
    { ...recipient, reason, ...context, status: failure.status, code: failure.code, error: failure.message },
    'outbound message failed',
  );
  return { ok: false, reason };
}

/** This bot cannot send outside a turn: not configured with an adapter, or it does not know where Teams is. */
export function reportNoOutbound(services: OutboundServices, recipient: Recipient, why: string): Failed {
  services.logger.info({ ...recipient, reason: 'no-outbound' }, `cannot send outside a turn: ${why}`);
  return { ok: false, reason: 'no-outbound' };
}
