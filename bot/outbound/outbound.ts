import type { CloudAdapter } from 'botbuilder';
import type { BotServices } from '../botServices';
import type { Logger } from '../logger';
import { createOutboundLimiter, type OutboundLimiter } from './rateLimits';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retryPolicy';

/** Where Teams is, for starting a chat with someone the bot has never talked to. */
export interface TeamsLocation {
  serviceUrl?: string;
  tenantId?: string;
}

/** What the bot needs to send outside a turn, built once at start-up: one set of rate limiters per process. */
export interface Outbound {
  adapter: CloudAdapter;
  botAppId: string;
  /** Configured values; what is missing comes from the latest stored conversation. */
  teams: TeamsLocation;
  retry: RetryPolicy;
  limiter: OutboundLimiter;
  close(): Promise<void>;
}

/** The part of the bot's services that sending outside a turn uses. */
export type OutboundServices = Pick<BotServices, 'database' | 'clock' | 'logger' | 'outbound'>;

export interface OutboundSettings {
  adapter: CloudAdapter;
  botAppId: string;
  teams?: TeamsLocation;
  /** Tests shorten or record the waits. */
  retry?: Partial<RetryPolicy>;
  logger?: Logger;
}

export function createOutbound(settings: OutboundSettings): Outbound {
  const limiter = createOutboundLimiter((error) =>
    settings.logger?.error({ err: error }, 'rate limiter failed'),
  );
  return {
    adapter: settings.adapter,
    botAppId: settings.botAppId,
    teams: settings.teams ?? {},
    retry: { ...DEFAULT_RETRY_POLICY, ...settings.retry },
    limiter,
    close: () => limiter.close(),
  };
}

/**
 * A person waits for the card they pressed while the bot tells others (an approval card on Book, an outcome on
 * Approve), and Teams gives up on an unanswered button after some seconds. Inside a turn a send is tried at most
 * twice, waiting at most a second between, and a longer Retry-After is not waited for: the result says it did
 * not arrive, and the card says so. Work outside turns (the hold sweeper) keeps the full policy.
 */
export const WITHIN_TURN_RETRY: Partial<RetryPolicy> = {
  maxAttempts: 2,
  maxDelayMs: 1_000,
  maxRetryAfterMs: 2_000,
};

/** The same outbound, limits shared, with the retry budget for sends inside a turn. */
export function withinTurn(outbound: Outbound): Outbound {
  return { ...outbound, retry: { ...outbound.retry, ...WITHIN_TURN_RETRY } };
}
