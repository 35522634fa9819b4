import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;

/** The name @azure/core-rest-pipeline gives the retry policy it puts in every client's pipeline. */
const SDK_RETRY_POLICY = 'defaultRetryPolicy';

/**
 * Bot Framework authentication whose messages outside a turn (the adapter's `continueConversationAsync` and
 * `createConversationAsync`) go out without the SDK's own retries. The connector client's pipeline otherwise
 * retries 429, 503 and other 5xx up to 3 times with real timers of its own: attempts multiply with ours (up to
 * 4 x 5), bypass the rate limiter, and 412/504 as Teams asks are not among them. The outbound module
 * (retryPolicy.ts) retries instead. Replies within a turn use another factory and keep the SDK's behaviour.
 */
export class AuthenticationWithoutSdkRetries extends ConfigurationBotFrameworkAuthentication {
  override createConnectorFactory(
    claimsIdentity: Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0],
  ): ConnectorFactory {
    const factory = super.createConnectorFactory(claimsIdentity);
    return {
      create: async (serviceUrl, audience) => withoutSdkRetries(await factory.create(serviceUrl, audience)),
    };
  }
}

function withoutSdkRetries(client: ConnectorClient): ConnectorClient {
  // The pipeline sits on a private field of botbuilder's compatibility layer: checked, so an upgrade that moves
  // it fails loudly (and test/bot/outbound's retry tests with it) rather than quietly retrying twice.
  const pipeline = (client as unknown as { client?: { pipeline?: PipelineLike } }).client?.pipeline;
  if (typeof pipeline?.removePolicy !== 'function') {
    throw new Error('botbuilder changed: cannot find the connector pipeline to turn its retries off');
  }
  pipeline.removePolicy({ name: SDK_RETRY_POLICY });
  return client;
}

interface PipelineLike {
  removePolicy(options: { name: string }): unknown[];
}
