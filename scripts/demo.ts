import { readConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { openDatabase } from '../bot/openDatabase';
import { loadConfiguredCatalogue } from '../bot/catalogueFromConfig';
import { describeInterruption } from '../services/imports/importResult';
import { loadDemoData } from './demo/loadDemoData';
import { NEARLY_FULL } from './demo/northdale';

// `npm run demo`: loads the Northdale demo data into the configured database. Safe to run twice.

async function main(): Promise<number> {
  const config = readConfig(process.env, (message) => console.error(message));
  if (!config) return 1;
  const logger = createLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn');
  const opened = await openDatabase(config, logger);
  try {
    console.log(`Loading the Northdale demo data into "${config.MONGODB_DB}" (${opened.source}).`);
    const { results, bookingsMade } = await loadDemoData(opened.database.collections, {
      catalogue: loadConfiguredCatalogue(config),
    });
    for (const result of results) {
      if (!result.ok && result.reason === 'interrupted') {
        console.error(`${describeInterruption(result)} Nothing is lost: run npm run demo again to finish.`);
        return 1;
      }
      if (!result.ok) {
        console.error(`The demo ${result.kind} file was refused (a bug in scripts/demo/northdale.ts):`);
        for (const error of result.errors) console.error(`  line ${error.line}: ${error.reason}`);
        return 1;
      }
      const { created, updated, unchanged } = result.counts;
      console.log(
        `  ${result.kind}: ${result.rows} rows: ${created} created, ${updated} updated, ${unchanged} unchanged`,
      );
    }
    if (bookingsMade)
      console.log(
        `  ${bookingsMade} bookings: ${NEARLY_FULL.sessionId} nearly full, and a place waiting for the manager's approval`,
      );
    console.log('Chat as a persona: npm run playground -- --as practitioner|manager|coordinator|trainer');
    return 0;
  } finally {
    await opened.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `The demo data could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  },
);
