import {
  CONVERSATION_BUCKET,
  GLOBAL_SPACING_MS,
  mostStartsWithin,
  TEAMS_PER_CONVERSATION_LIMITS,
  TEAMS_REQUESTS_PER_SECOND,
} from '../../../bot/outbound/rateLimits';
import { sendToPerson } from '../../../bot/outbound/sendToPerson';
import { startOutbound, type OutboundHarness } from '../../support/outboundHarness';

// Issue 13 item 7: proactive messages stay under Teams' documented limits, per conversation and per tenant.

/** The most arrivals in any window of `windowMs` (closed at both ends). */
function mostInAnyWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let first = 0, last = 0; last < sorted.length; last++) {
    while (sorted[last]! - sorted[first]! > windowMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

describe('the limits chosen', () => {
  it.each(TEAMS_PER_CONVERSATION_LIMITS.map((limit) => [limit.max, limit.windowMs]))(
    'let at most %i calls start in any %i ms of one conversation',
    (max, windowMs) => {
      expect(mostStartsWithin(CONVERSATION_BUCKET, windowMs)).toBeLessThanOrEqual(max);
    },
  );

  it('space calls across all conversations below the per-tenant limit', () => {
    expect(Math.floor(1_000 / GLOBAL_SPACING_MS) + 1).toBeLessThanOrEqual(TEAMS_REQUESTS_PER_SECOND);
  });

  it('are counted by a window check that catches a burst', () => {
    const burst = Array.from({ length: 8 }, (_, index) => index * 100);
    expect(mostInAnyWindow(burst, 1_000)).toBe(8);
    expect(mostInAnyWindow([0, 600, 1_200, 1_800], 1_000)).toBe(2);
  });
});

describe('sending many messages at once', () => {
  let harness: OutboundHarness;
  beforeAll(async () => {
    harness = await startOutbound('outbound_limits');
  });
  afterAll(() => harness.stop());

  it('never lets more than 7 sends to one person start within a second, and delivers them all', async () => {
    await harness.storeChat('aad-busy');
    harness.connector.requests.length = 0;

    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        sendToPerson(harness.services, 'aad-busy', { text: `#${index}` }),
      ),
    );

    expect(results.every((result) => result.ok)).toBe(true);
    const arrivals = harness.sends().map((request) => request.at);
    expect(arrivals).toHaveLength(8);
    expect(mostInAnyWindow(arrivals, 1_000)).toBeLessThanOrEqual(7);
    // The bucket lets 6 go at once; the rest wait for tokens rather than failing or being dropped.
    expect(mostInAnyWindow(arrivals, 1_000)).toBeGreaterThanOrEqual(6);
  }, 15_000);

  it('keeps messages to many people under the per-tenant limit', async () => {
    const people = Array.from({ length: 60 }, (_, index) => `aad-many-${index}`);
    for (const person of people) await harness.storeChat(person);
    harness.connector.requests.length = 0;

    const results = await Promise.all(
      people.map((person) => sendToPerson(harness.services, person, { text: 'Sessions added in January' })),
    );

    expect(results.every((result) => result.ok)).toBe(true);
    const arrivals = harness.sends().map((request) => request.at);
    expect(arrivals).toHaveLength(60);
    expect(mostInAnyWindow(arrivals, 1_000)).toBeLessThanOrEqual(TEAMS_REQUESTS_PER_SECOND);
  }, 15_000);
});
