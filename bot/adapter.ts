import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import type { Config } from './config';
import { apologyFor } from './friendlyErrors';
import type { Logger } from './logger';
import { correlationIdOf, correlationMiddleware, turnLogger } from './turnContext';

export function createAdapter(config: Config, logger: Logger): CloudAdapter {
  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}, credentials));
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
