import type { ConnectorFailure } from '../../../bot/outbound/connectorFailure';
import {
  backoffMs,
  DEFAULT_RETRY_POLICY,
  retryAfterMs,
  retryDelayMs,
  type RetryPolicy,
} from '../../../bot/outbound/retryPolicy';

// Issue 13 item 7: which Bot Connector failures are retried, and after how long.

const now = new Date('2026-11-23T09:00:00Z');
const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, random: () => 0.5, clock: () => now };
const failure = (extra: Partial<ConnectorFailure>): ConnectorFailure => ({ message: 'x', ...extra });

describe('Retry-After', () => {
  it.each([
    ['7', 7_000],
    [' 0 ', 0],
    ['2.5', 2_500],
    [new Date(now.getTime() + 4_000).toUTCString(), 4_000],
    [new Date(now.getTime() - 60_000).toUTCString(), 0],
  ])('reads %j as %i ms', (header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected);
  });

  it.each([undefined, '', 'soon', '-3'])('ignores %j', (header) => {
    expect(retryAfterMs(header, now)).toBeUndefined();
  });
});

describe('back-off', () => {
  it.each([
    [1, 0, 500],
    [1, 1, 1_000],
    [2, 0.5, 1_500],
    [4, 1, 8_000],
    [6, 1, 30_000],
    [10, 0, 15_000],
  ])('after attempt %i with random %d waits %i ms', (attempt, random, expected) => {
    expect(backoffMs(attempt, { ...policy, random: () => random })).toBe(expected);
  });
});

describe('what is retried', () => {
  it.each([412, 429, 502, 503, 504])('retries %i', (status) => {
    expect(retryDelayMs(failure({ status }), 1, policy)).toBe(750);
  });

  it.each([400, 401, 403, 404, 409, 413, 500, 501])('does not retry %i', (status) => {
    expect(retryDelayMs(failure({ status }), 1, policy)).toBeUndefined();
  });

  it('waits what Retry-After asks instead of backing off', () => {
    expect(retryDelayMs(failure({ status: 429, retryAfter: '12' }), 3, policy)).toBe(12_000);
  });

  it('gives up rather than wait past the longest Retry-After it honours', () => {
    expect(retryDelayMs(failure({ status: 429, retryAfter: '61' }), 1, policy)).toBeUndefined();
  });

  it.each(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'REQUEST_SEND_ERROR'])(
    'retries a request that got no answer (%s)',
    (code) => {
      expect(retryDelayMs(failure({ code }), 1, policy)).toBe(750);
    },
  );

  it('does not retry an error that is not the connector’s', () => {
    expect(retryDelayMs(failure({}), 1, policy)).toBeUndefined();
    expect(retryDelayMs(failure({ code: 'ERR_INVALID_ARG_TYPE' }), 1, policy)).toBeUndefined();
  });
});
