import {
  CloudAdapter,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Config } from './config';
import { apologyFor } from './friendlyErrors';
import type { Logger } from './logger';
import { AuthenticationWithoutSdkRetries } from './outbound/authenticationWithoutSdkRetries';
import { correlationIdOf, correlationMiddleware, turnLogger } from './turnContext';

/** What a valid Bot Framework token (or local mode) yields: who called, and how to reach them back. */
export type Authenticated = Exclude<Parameters<CloudAdapter['processActivityDirect']>[0], string>;

/**
 * The CloudAdapter with its two steps apart. `CloudAdapter.process` authenticates and runs the turn in one call
 * and writes its own error bodies (a 500 naming the sign-in URL and a DNS error for a forged token offline);
 * kept apart, the HTTP edge decides what each failure looks like.
 */
export class BotAdapter extends CloudAdapter {
  /** Checks the request's Bot Framework token; in local mode there is none to check. Throws when invalid. */
  authenticate(authorization: string, activity: Activity): Promise<Authenticated> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
  }

  /** Runs one turn: the answer for the HTTP response (expectReplies, invoke), if the turn has one. */
  runTurn(
    authenticated: Authenticated,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

export function createAdapter(config: Config, logger: Logger): BotAdapter {
  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  // Messages outside a turn retry in bot/outbound, under Teams' rate limits, rather than in the SDK.
  const adapter = new BotAdapter(new AuthenticationWithoutSdkRetries({}, credentials));
  adapter.use(correlationMiddleware(logger));

  // A failed turn is logged once with its id; the person gets one line with the same id. The process lives on.
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const correlationId = correlationIdOf(context);
    turnLogger(context, logger).error({ err: error }, 'turn failed');
    try {
      await context.sendActivity(apologyFor(error, correlationId));
    } catch (sendError) {
      turnLogger(context, logger).error({ err: sendError }, 'could not send the apology');
    }
  };
  return adapter;
}
