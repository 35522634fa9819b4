import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importMessage } from '../../../scripts/admin';
import { importOrganisations } from '../../../services/imports/importOrganisations';
import { importRoster } from '../../../services/imports/importRoster';
import type { ImportResult } from '../../../services/imports/importResult';
import { connectDatabase, type Database } from '../../../services/storage/database';
import { freePort, startEmbeddedServer, type EmbeddedServer } from '../../../services/storage/embeddedServer';
import { countsOf, courseOptions, id, ORGANISATIONS_CSV } from './importFixtures';

const ROWS = 3_000;
/** The rows the driver writes in one go (services/storage/documentChanges.ts). */
const BATCH = 500;
const CSV = [
  'aadObjectId,name,email,audience,organisation,serviceGroup,completed',
  ...Array.from(
    { length: ROWS },
    (_, i) =>
      `${id(5000 + i)},Person ${i},person${i}@example.org,practitioner,Northdale Primary Schools,schools,IW01@2025-06-01`,
  ),
].join('\n');

// A server of its own, kept in an H2 file, so it can be stopped part-way through an import and started
// again on the same file and port, as happens when the database host restarts.
describe('an import cut short by the database', () => {
  let folder: string;
  let port: number;
  let server: EmbeddedServer | undefined;
  let database: Database | undefined;
  const start = async () => {
    server = await startEmbeddedServer({
      dataDir: folder,
      port,
      skipMongod: true,
      javaLauncherDir: path.join(__dirname, '..', '..', '..', 'scripts', 'mongo-java-server'),
      logger: { info: () => undefined, warn: () => undefined },
    });
    database = await connectDatabase(server.uri, 'interrupted_import');
    return database;
  };
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'interrupted-import-'));
    port = await freePort();
  });
  afterAll(async () => {
    await database?.close();
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('says how many rows were written, and the same file run again completes it', async () => {
    let first = await start();
    countsOf(await importOrganisations(first.collections, ORGANISATIONS_CSV));

    let stopped = false;
    const cut: ImportResult = await importRoster(first.collections, CSV, {
      ...courseOptions,
      onProgress: async () => {
        if (stopped) return;
        stopped = true;
        await server?.stop();
      },
    });
    expect(cut).toMatchObject({
      ok: false,
      reason: 'interrupted',
      kind: 'roster',
      rows: ROWS,
      written: BATCH,
      unchanged: 0,
      databaseUnavailable: true,
    });
    expect(importMessage('roster.csv', cut).err.slice(0, 1)).toEqual([
      'The database stopped answering after 500 of 3,000 rows were written. Nothing is lost: run the same command with the same file again to finish (imports are safe to repeat).',
    ]);
    await first.close();

    first = await start();
    expect(await first.collections.people.countDocuments()).toBe(BATCH);
    const again = await importRoster(first.collections, CSV, courseOptions);
    expect(countsOf(again)).toEqual({ created: ROWS - BATCH, updated: 0, unchanged: BATCH });
    expect(await first.collections.people.countDocuments()).toBe(ROWS);
    expect(await first.collections.people.findOne({ _id: id(5000 + ROWS - 1) })).toMatchObject({
      name: `Person ${ROWS - 1}`,
      completed: [{ code: 'IW01', date: '2025-06-01' }],
    });
  }, 60_000);
});
