import path from 'node:path';
import { MongoClient } from 'mongodb';
import { startEmbeddedServer, type EmbeddedServer } from '../../services/storage/embeddedServer';

export interface TestServer {
  uri: string;
  /** `TEST_MONGODB_URI`, or the kind of embedded server started for the run. */
  kind: string;
  /** Set when this run started the server and must stop it. */
  embedded?: EmbeddedServer;
}

export interface TestServerOptions {
  startEmbedded?: () => Promise<EmbeddedServer>;
  pingTimeoutMs?: number;
}

const startInMemory = () =>
  startEmbeddedServer({
    javaLauncherDir: path.join(__dirname, '..', '..', 'scripts', 'mongo-java-server'),
    logger: { info: () => undefined, warn: () => undefined },
    mongodTimeoutMs: 12_000,
  });

/**
 * The server the tests write to: the developer's `TEST_MONGODB_URI`, else an embedded in-memory server.
 * Never `MONGODB_URI`: that names the app's database, which may be real, and `npm test` drops databases.
 * A server that does not answer a ping fails the run here, with one clear message.
 */
export async function chooseTestServer(
  env: NodeJS.ProcessEnv,
  options: TestServerOptions = {},
): Promise<TestServer> {
  const pingTimeoutMs = options.pingTimeoutMs ?? 5_000;
  const given = env.TEST_MONGODB_URI?.trim();
  if (given) {
    await mustAnswerPing(given, 'TEST_MONGODB_URI', pingTimeoutMs);
    return { uri: given, kind: 'TEST_MONGODB_URI' };
  }
  const embedded = await (options.startEmbedded ?? startInMemory)();
  try {
    await mustAnswerPing(embedded.uri, `the embedded ${embedded.kind}`, pingTimeoutMs);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return { uri: embedded.uri, kind: embedded.kind, embedded };
}

async function mustAnswerPing(uri: string, source: string, timeoutMs: number): Promise<void> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: timeoutMs, connectTimeoutMS: timeoutMs });
  try {
    await client.db('admin').command({ ping: 1 });
  } catch (error) {
    throw new Error(
      `The test database did not answer a ping at ${withoutCredentials(uri)} (${source}): ` +
        `${error instanceof Error ? error.message : String(error)}. Start that server, or unset ` +
        'TEST_MONGODB_URI to let the tests start an embedded one.',
      { cause: error },
    );
  } finally {
    await client.close();
  }
}

/** A connection string may hold a password: never print it. */
function withoutCredentials(uri: string): string {
  return uri.replace(/\/\/[^/@]*@/, '//***@');
}
