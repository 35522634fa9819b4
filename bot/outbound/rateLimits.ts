import Bottleneck from 'bottleneck';

/**
 * Teams' documented limits for a bot ("Optimize your bot with rate limiting in Teams", per bot per thread:
 * send to and create conversation alike). Above them Teams answers 429; the values may change, so 429s are
 * still retried (retryPolicy.ts).
 */
export const TEAMS_PER_CONVERSATION_LIMITS = [
  { windowMs: 1_000, max: 7 },
  { windowMs: 2_000, max: 8 },
  { windowMs: 30_000, max: 60 },
  { windowMs: 3_600_000, max: 1_800 },
] as const;

/** Per app per tenant, across all conversations (the same page; an older version said 30). */
export const TEAMS_REQUESTS_PER_SECOND = 50;

/**
 * Each conversation gets a token bucket: this many calls at once, then one more each time a token comes back.
 * Bottleneck adds a token no sooner than `refillEveryMs` after the last one, so a window of W ms sees at most
 * capacity + floor(W / refillEveryMs) + 1 calls start; `mostStartsWithin` works that out and a test holds
 * it under every row of the table above (6 + 1 = 7 in 1 s, 7 in 2 s, 21 in 30 s, 1,721 in an hour).
 */
export const CONVERSATION_BUCKET = { capacity: 6, refillEveryMs: 2_100 } as const;

/**
 * Calls across all conversations start at least this far apart: at most 40 a second, below the 50 Teams
 * allows, leaving room for conversations whose queued calls their own bucket releases at the same moment.
 */
export const GLOBAL_SPACING_MS = 25;

/**
 * Idle conversations lose their limiter after this long, so thousands of people do not each keep one. A bucket
 * idle for 15 s is full again, so a new limiter allows nothing the old one would not have.
 */
const IDLE_LIMITER_MS = 60_000;

export interface Bucket {
  capacity: number;
  refillEveryMs: number;
}

/** The most calls a bucket lets start in any window of `windowMs`. */
export function mostStartsWithin(bucket: Bucket, windowMs: number): number {
  return bucket.capacity + Math.floor(windowMs / bucket.refillEveryMs) + 1;
}

/** Runs each Bot Connector call when both the conversation's limit and the app's overall limit allow it. */
export interface OutboundLimiter {
  schedule<T>(conversationKey: string, call: () => Promise<T>): Promise<T>;
  /** Stops the limiters' timers. */
  close(): Promise<void>;
}

export function createOutboundLimiter(onError: (error: unknown) => void = () => undefined): OutboundLimiter {
  const global = new Bottleneck({ minTime: GLOBAL_SPACING_MS });
  const perConversation = new Bottleneck.Group({
    reservoir: CONVERSATION_BUCKET.capacity,
    reservoirIncreaseMaximum: CONVERSATION_BUCKET.capacity,
    reservoirIncreaseAmount: 1,
    reservoirIncreaseInterval: CONVERSATION_BUCKET.refillEveryMs,
    timeout: IDLE_LIMITER_MS,
  });
  global.on('error', onError);
  perConversation.on('error', onError);
  return {
    // The conversation's bucket is taken last, right before the call, so queueing for the global spacing can
    // never bunch one conversation's calls closer together than its bucket allows.
    schedule: (conversationKey, call) =>
      global.schedule(() => perConversation.key(conversationKey).schedule(call)),
    close: async () => {
      await Promise.all(perConversation.keys().map((key) => perConversation.deleteKey(key)));
      await global.disconnect();
    },
  };
}
