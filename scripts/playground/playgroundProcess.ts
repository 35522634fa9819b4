/**
 * Starts Microsoft 365 Agents Playground (@microsoft/m365agentsplayground) as a child process, waits until it
 * answers, and stops it. Used by `npm run playground` and by the end-to-end browser test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const DEFAULT_PLAYGROUND_PORT = 56150;
export const DEFAULT_BOT_ENDPOINT = 'http://localhost:3978/api/messages';

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://localhost:3978/api/messages. */
  botEndpoint: string;
  /** The Playground picks a random port when this one is taken; `ready` tells the real one. */
  port: number;
  /** The persona's YAML config (M365_AGENTS_PLAYGROUND_CONFIG_PATH). */
  configPath: string;
  /** Where it runs; it writes devTools/m365agentsplayground.log here unless `logFile` is given. */
  cwd: string;
  logFile?: string;
  /** Let the Playground open the default browser itself. Off: it makes no outbound connection at all. */
  openBrowser?: boolean;
  /** Copy its output to this process's stdout and stderr. */
  echo?: boolean;
}

export interface RunningPlayground {
  child: ChildProcess;
  /** Resolves with the page's URL once `GET /_debug/ping` answers `pong`; rejects if it exits or times out. */
  ready(timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  output(): string;
  /** The error lines this run wrote to the Playground's log (it explains a bad config only there). */
  loggedErrors(): string;
  /** SIGTERM, then SIGKILL if it has not gone after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export function startPlayground(options: PlaygroundOptions): RunningPlayground {
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: options.configPath,
    APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
  };
  if (!options.openBrowser) env.TEAMSAPPTESTER_BROWSER = 'none';
  const logFile = options.logFile ?? path.join(options.cwd, 'devTools', 'm365agentsplayground.log');
  env.M365_AGENTS_PLAYGROUND_LOGFILE = logFile;
  // The log grows across runs: only what this run adds explains this run's failure.
  const logStart = existsSync(logFile) ? statSync(logFile).size : 0;

  const args = [
    cli,
    '--app-endpoint',
    options.botEndpoint,
    '--channel-id',
    'msteams',
    '--disable-telemetry',
    '--port',
    String(options.port),
  ];
  const child = spawn(process.execPath, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });

  let output = '';
  let listeningPort: number | undefined;
  const collect = (chunk: Buffer, echoTo: NodeJS.WriteStream) => {
    const text = chunk.toString();
    output += text;
    listeningPort ??= Number(/Listening on (\d+)/.exec(output)?.[1]) || undefined;
    if (options.echo) echoTo.write(text);
  };
  child.stdout?.on('data', (chunk: Buffer) => collect(chunk, process.stdout));
  child.stderr?.on('data', (chunk: Buffer) => collect(chunk, process.stderr));

  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      exitCode = code;
      resolve(code);
    });
    child.once('error', (error) => {
      output += `\n${error.message}`;
      exitCode = null;
      resolve(null);
    });
  });

  const ready = async (timeoutMs = 20_000): Promise<string> => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (exitCode !== undefined) {
        throw new Error(
          `the Playground stopped (exit code ${exitCode}) before it was ready:\n${output.trim()}` +
            errorsLogged(logFile, logStart),
        );
      }
      if (listeningPort) {
        const url = `http://localhost:${listeningPort}`;
        try {
          const response = await fetch(`${url}/_debug/ping`, { signal: AbortSignal.timeout(1000) });
          if ((await response.text()).trim() === 'pong') return url;
        } catch {
          // not up yet
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`the Playground did not answer /_debug/ping within ${timeoutMs} ms:\n${output.trim()}`);
  };

  const stop = async (graceMs = 3000): Promise<void> => {
    if (exitCode !== undefined) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(killer);
  };

  return {
    child,
    ready,
    exited,
    output: () => output,
    loggedErrors: () => errorsLogged(logFile, logStart),
    stop,
  };
}

/** The Playground prints why it failed (a bad config file, say) only to its log file. */
function errorsLogged(logFile: string, fromByte: number): string {
  if (!existsSync(logFile)) return '';
  const errors = readFileSync(logFile)
    .subarray(fromByte)
    .toString('utf8')
    .split('\n')
    .filter((line) => line.startsWith('error '));
  return errors.length ? `\n${errors.join('\n')}\n(from ${logFile})` : '';
}
