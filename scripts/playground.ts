/**
 * `npm run playground -- --as practitioner`: chat with the running bot (`npm start`) in Microsoft 365 Agents
 * Playground, a local imitation of Teams, as one of the demo personas (scripts/demo/personas.ts).
 *
 * Writes the persona's Playground config to .data/playground/ and starts the Playground on it. One persona per
 * Playground: to switch, stop it (Ctrl+C) and start it again with another --as.
 * `--write-examples` rewrites the committed examples in scripts/playground/ after personas.ts changes.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PERSONAS } from './demo/personas';
import {
  isPersonaKey,
  PERSONA_KEYS,
  writePlaygroundConfig,
  type PersonaKey,
} from './playground/playgroundConfig';
import {
  DEFAULT_BOT_ENDPOINT,
  DEFAULT_PLAYGROUND_PORT,
  startPlayground,
} from './playground/playgroundProcess';

const root = path.resolve(__dirname, '..');

const USAGE = `Usage: npm run playground -- [--as PERSONA] [--port PORT] [--bot URL] [--open]

  --as PERSONA   who you are in the chat: ${PERSONA_KEYS.join(', ')} (default: practitioner)
  --port PORT    the Playground's port (default: ${DEFAULT_PLAYGROUND_PORT}; a free one if that is taken)
  --bot URL      the bot's messaging endpoint (default: ${DEFAULT_BOT_ENDPOINT})
  --open         let the Playground open your browser (default: print the address to open)
  --write-examples  rewrite scripts/playground/*.m365agentsplayground.yml from personas.ts, then stop

Start the bot first, in another terminal: npm start`;

interface Options {
  persona: PersonaKey;
  port: number;
  botEndpoint: string;
  openBrowser: boolean;
  writeExamples: boolean;
}

export type ParsedArgs = { ok: true; options: Options } | { ok: false; message: string; help?: boolean };

export function parsePlaygroundArgs(argv: string[]): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        as: { type: 'string', default: 'practitioner' },
        port: { type: 'string', default: String(DEFAULT_PLAYGROUND_PORT) },
        bot: { type: 'string', default: DEFAULT_BOT_ENDPOINT },
        open: { type: 'boolean', default: false },
        'write-examples': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n\n${USAGE}` };
  }
  if (values.help) return { ok: false, message: USAGE, help: true };

  const persona = values.as.trim().toLowerCase();
  if (!isPersonaKey(persona)) {
    const list = PERSONAS.map((p) => `  ${p.key.padEnd(13)} ${p.givenName} ${p.surname}`).join('\n');
    return {
      ok: false,
      message: `There is no persona called "${values.as}". Pick one of:\n${list}\n\nFor example: npm run playground -- --as manager`,
    };
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    return { ok: false, message: `--port must be a port number from 1 to 65535 (got "${values.port}")` };
  let botEndpoint: URL;
  try {
    botEndpoint = new URL(values.bot);
  } catch {
    return {
      ok: false,
      message: `--bot must be a URL such as ${DEFAULT_BOT_ENDPOINT} (got "${values.bot}")`,
    };
  }
  return {
    ok: true,
    options: {
      persona,
      port,
      botEndpoint: botEndpoint.toString(),
      openBrowser: values.open,
      writeExamples: values['write-examples'],
    },
  };
}

/** A hint, not a requirement: the Playground starts anyway and reaches the bot once it is up. */
async function botAnswers(botEndpoint: string): Promise<boolean> {
  try {
    await fetch(new URL('/healthz', botEndpoint), { signal: AbortSignal.timeout(1500) });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const parsed = parsePlaygroundArgs(process.argv.slice(2));
  if (!parsed.ok) {
    (parsed.help ? console.log : console.error)(parsed.message);
    process.exit(parsed.help ? 0 : 1);
  }
  const { options } = parsed;

  if (options.writeExamples) {
    for (const key of PERSONA_KEYS)
      console.log(
        `wrote ${path.relative(root, writePlaygroundConfig(key, path.join(root, 'scripts', 'playground')))}`,
      );
    return;
  }

  const configPath = writePlaygroundConfig(options.persona, path.join(root, '.data', 'playground'));
  const persona = PERSONAS.find((p) => p.key === options.persona)!;
  if (!(await botAnswers(options.botEndpoint))) {
    console.warn(
      `Nothing answers at ${options.botEndpoint} yet. Start the bot in another terminal with: npm start\n` +
        '(The Playground starts anyway and reaches the bot once it is up.)',
    );
  }

  const playground = startPlayground({
    botEndpoint: options.botEndpoint,
    port: options.port,
    configPath,
    cwd: root,
    openBrowser: options.openBrowser,
  });

  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    void playground.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  void playground.exited.then((code) => {
    if (stopping) return;
    console.error(`The Playground stopped (exit code ${code}).${playground.loggedErrors()}`);
    if (playground.output().trim()) console.error(playground.output().trim());
    process.exit(code || 1);
  });

  try {
    const url = await playground.ready();
    console.log(
      `\nMicrosoft 365 Agents Playground is ready as ${persona.givenName} ${persona.surname} (${persona.key}).\n` +
        `  Open ${url} in your browser${options.openBrowser ? ' (it should open by itself)' : ''}.\n` +
        (new URL(url).port === String(options.port) ? '' : `  (Port ${options.port} was taken.)\n`) +
        `  Bot endpoint: ${options.botEndpoint}\n` +
        `  Config: ${path.relative(root, configPath)}   Log: devTools/m365agentsplayground.log\n` +
        '  Stop with Ctrl+C.',
    );
  } catch (error) {
    // When it exited by itself, the exit handler above has explained why.
    if (stopping || playground.child.exitCode !== null || playground.child.signalCode !== null) return;
    console.error((error as Error).message);
    await playground.stop();
    process.exit(1);
  }
}

if (require.main === module) {
  void main();
}
