// Run in a child process by test/bot/graph/graphManagerDirectory.test.ts, so that NODE_EXTRA_CA_CERTS (read only
// when a process starts) trusts the test's self-signed Entra and Graph stand-in. Asks the directory the GRAPH_*
// environment configures for each id given, prints the answers as JSON on stdout; the log goes to stderr.
import pino from 'pino';
import { graphSettingsOf, loadConfig } from '../../bot/config';
import { createGraphManagerDirectory } from '../../bot/graph/graphManagerDirectory';

async function main() {
  const settings = graphSettingsOf(loadConfig(process.env));
  if (!settings) throw new Error('GRAPH_* is not configured');
  const timeoutMs = process.env.LOOKUP_TIMEOUT_MS ? Number(process.env.LOOKUP_TIMEOUT_MS) : undefined;
  const directory = createGraphManagerDirectory(
    settings,
    pino({ level: 'warn' }, pino.destination(2)),
    timeoutMs,
  );
  const answers: Record<string, unknown> = {};
  for (const id of process.argv.slice(2)) answers[id] = (await directory.managerOf(id)) ?? null;
  process.stdout.write(JSON.stringify(answers));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
