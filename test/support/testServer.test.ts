import type { EmbeddedServer } from '../../services/storage/embeddedServer';
import { freePort } from '../../services/storage/embeddedServer';
import { chooseTestServer } from './testServer';
import { testMongoUri } from './testDatabase';

// Where `npm test` writes: never the app's own database.

/** Stands in for starting mongod or mongo-java-server: it hands out the run's server under a kind of its own. */
function fakeEmbedded(): { start: () => Promise<EmbeddedServer>; started: () => number } {
  let started = 0;
  return {
    start: async () => {
      started += 1;
      return { uri: testMongoUri(), kind: 'mongo-java-server', stop: async () => undefined };
    },
    started: () => started,
  };
}

describe('choosing the test database', () => {
  it('uses TEST_MONGODB_URI when set, whatever MONGODB_URI says', async () => {
    const embedded = fakeEmbedded();
    const server = await chooseTestServer(
      { TEST_MONGODB_URI: testMongoUri(), MONGODB_URI: 'mongodb://127.0.0.1:1/real' },
      { startEmbedded: embedded.start },
    );
    expect(server).toEqual({ uri: testMongoUri(), kind: 'TEST_MONGODB_URI' });
    expect(embedded.started()).toBe(0);
  });

  it('never writes to MONGODB_URI: without TEST_MONGODB_URI it starts an embedded server', async () => {
    const embedded = fakeEmbedded();
    const server = await chooseTestServer(
      { MONGODB_URI: 'mongodb://127.0.0.1:1/real' },
      { startEmbedded: embedded.start },
    );
    expect(server.kind).toBe('mongo-java-server');
    expect(server.uri).not.toContain('/real');
    expect(embedded.started()).toBe(1);
  });

  it('fails the run with a clear message, and no password, when the server does not answer a ping', async () => {
    const deadPort = await freePort();
    const failure = chooseTestServer(
      { TEST_MONGODB_URI: `mongodb://tester:s3cret@127.0.0.1:${deadPort}/` },
      { pingTimeoutMs: 500 },
    );
    await expect(failure).rejects.toThrow(
      new RegExp(
        `did not answer a ping at mongodb://\\*\\*\\*@127\\.0\\.0\\.1:${deadPort}/ \\(TEST_MONGODB_URI\\)`,
      ),
    );
    await expect(failure).rejects.toThrow(/^(?![\s\S]*s3cret)/);
  });
});
