import type { Clock } from '../../services/shared/clock';
import { connectorFailureOf, gotNoAnswer, type ConnectorFailure } from './connectorFailure';

/**
 * Teams asks bots to retry 429, 412, 502 and 504 with exponential back-off and jitter ("Optimize your bot with
 * rate limiting in Teams"); 503 is the other answer a busy service gives. Any other 4xx will fail the same way
 * again, so it is not retried.
 */
export const RETRIED_STATUSES: ReadonlySet<number> = new Set([412, 429, 502, 503, 504]);

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** The first back-off; each one after doubles, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the send is reported failed instead. */
  maxRetryAfterMs: number;
  /** Injected so tests record the waits instead of waiting. */
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** For a Retry-After given as a date. */
  clock: Clock;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
  // A back-off never holds a stopping process open: the send it waits for is best effort.
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
  random: Math.random,
  clock: () => new Date(),
};

export type Attempted<T> =
  { ok: true; value: T; attempts: number } | { ok: false; failure: ConnectorFailure; attempts: number };

/** Runs `call` until it succeeds, fails in a way another try will not mend, or the attempts run out. */
export async function withRetries<T>(call: () => Promise<T>, policy: RetryPolicy): Promise<Attempted<T>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { ok: true, value: await call(), attempts: attempt };
    } catch (error) {
      const failure = connectorFailureOf(error);
      const delay = retryDelayMs(failure, attempt, policy);
      if (delay === undefined || attempt >= policy.maxAttempts) {
        return { ok: false, failure, attempts: attempt };
      }
      await policy.sleep(delay);
    }
  }
}

/** How long to wait before the next attempt, or undefined when there should be none. */
export function retryDelayMs(
  failure: ConnectorFailure,
  attempt: number,
  policy: RetryPolicy,
): number | undefined {
  const retried = failure.status === undefined ? gotNoAnswer(failure) : RETRIED_STATUSES.has(failure.status);
  if (!retried) return undefined;
  const asked = retryAfterMs(failure.retryAfter, policy.clock());
  if (asked !== undefined) return asked <= policy.maxRetryAfterMs ? asked : undefined;
  return backoffMs(attempt, policy);
}

/** Retry-After in seconds ("2", or "2.5" as Graph sends) or as an HTTP date; undefined when unreadable. */
export function retryAfterMs(header: string | undefined, now: Date): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  // An HTTP date names its day and month ("Wed, 21 Oct 2026 07:28:00 GMT"); Date.parse alone would take "-3".
  const at = /[a-z]{3}/i.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** Exponential back-off with jitter: between half and all of base x 2^(attempt-1), capped. */
export function backoffMs(
  attempt: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'random'>,
) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + policy.random() * (ceiling / 2));
}
