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
