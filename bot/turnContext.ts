import { randomBytes } from 'node:crypto';
import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from './logger';

const CORRELATION_ID = Symbol('correlationId');
const TURN_LOGGER = Symbol('turnLogger');

/** Gives every turn a short id people can quote, and a logger that carries it. */
export function correlationMiddleware(logger: Logger): Middleware {
  return {
    onTurn: async (context, next) => {
      const correlationId = randomBytes(4).toString('hex');
      context.turnState.set(CORRELATION_ID, correlationId);
      context.turnState.set(
        TURN_LOGGER,
        logger.child({
          correlationId,
          activityType: context.activity.type,
          conversationType: context.activity.conversation?.conversationType,
        }),
      );
      await next();
    },
  };
}

export function correlationIdOf(context: TurnContext): string {
  return context.turnState.get(CORRELATION_ID) ?? 'unknown';
}

export function turnLogger(context: TurnContext, fallback: Logger): Logger {
  return context.turnState.get(TURN_LOGGER) ?? fallback;
}
