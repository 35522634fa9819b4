/**
 * What a failed Bot Connector call says about itself. botbuilder's connector throws the RestError of
 * @azure/core-rest-pipeline: `statusCode`, the connector's error `code` ("ConversationBlockedByUser"), and the
 * raw `response` (not enumerable) whose `headers.get('retry-after')` gives Retry-After.
 */
export interface ConnectorFailure {
  /** Absent when no HTTP answer came (connection refused or reset, timeout). */
  status?: number;
  code?: string;
  retryAfter?: string;
  message: string;
}

/** Error codes of a request that never got an answer, as Node and the pipeline report them. */
const NO_ANSWER_CODES = new Set([
  'REQUEST_SEND_ERROR',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
]);

export function connectorFailureOf(error: unknown): ConnectorFailure {
  const details = (error ?? {}) as {
    statusCode?: unknown;
    code?: unknown;
    message?: unknown;
    response?: { headers?: { get?(name: string): string | undefined } };
  };
  const retryAfter = details.response?.headers?.get?.('retry-after');
  return {
    status: typeof details.statusCode === 'number' ? details.statusCode : undefined,
    code: typeof details.code === 'string' ? details.code : undefined,
    retryAfter: retryAfter || undefined,
    message: typeof details.message === 'string' ? details.message : String(error),
  };
}

/** True when the request went out but no answer came back: worth another try. */
export function gotNoAnswer(failure: ConnectorFailure): boolean {
  return failure.status === undefined && failure.code !== undefined && NO_ANSWER_CODES.has(failure.code);
}

/** The person cannot be reached this way: the bot is not installed for them, blocked, or the chat is gone. */
export function isUnreachable(failure: ConnectorFailure): boolean {
  return failure.status === 403 || failure.status === 404;
}
