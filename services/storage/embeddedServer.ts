import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';

/** A MongoDB-compatible server this process started and must stop. */
export interface EmbeddedServer {
  uri: string;
  kind: 'mongod' | 'mongo-java-server';
  stop(): Promise<void>;
}

export interface EmbeddedServerOptions {
  /** Folder that keeps the data across restarts; omit for a throw-away in-memory server (tests). */
  dataDir?: string;
  /** The folder holding pom.xml and Launcher.java for mongo-java-server. */
  javaLauncherDir: string;
  logger: Pick<Logger, 'info' | 'warn'>;
  /** Offline, the mongod download fails in about 7 s; never wait longer than this for it. */
  mongodTimeoutMs?: number;
  /** Skip the mongod attempt (tests that need mongo-java-server specifically, or a quick restart). */
  skipMongod?: boolean;
  /** Fixed port; a free one is picked when omitted. */
  port?: number;
}

export class NoEmbeddedServerError extends Error {
  constructor(reasons: string[]) {
    super(
      'No database available: set MONGODB_URI to a MongoDB server, or install Java 17+ and Maven so the ' +
        `embedded mongo-java-server can run. (${reasons.join('; ')})`,
    );
  }
}

/**
 * Starts a local MongoDB-compatible server: real mongod when a binary can be had,
 * else mongo-java-server on the machine's Java. Both listen on loopback only.
 */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const reasons: string[] = [];
  if (!options.skipMongod) {
    try {
      return await startMongod(options);
    } catch (error) {
      reasons.push(`mongod: ${firstLine(error)}`);
      options.logger.info({ reason: firstLine(error) }, 'mongod unavailable, trying mongo-java-server');
    }
  }
  try {
    return await startMongoJavaServer(options);
  } catch (error) {
    reasons.push(`mongo-java-server: ${firstLine(error)}`);
  }
  throw new NoEmbeddedServerError(reasons);
}

async function startMongod(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const { MongoMemoryServer } = await import('mongodb-memory-server-core');
  const dbPath = options.dataDir ? path.join(options.dataDir, 'mongod') : undefined;
  if (dbPath) mkdirSync(dbPath, { recursive: true });
  const starting = MongoMemoryServer.create({
    instance: {
      ip: '127.0.0.1',
      port: options.port,
      ...(dbPath ? { dbPath, storageEngine: 'wiredTiger' as const } : {}),
    },
  });
  const timeoutMs = options.mongodTimeoutMs ?? 15_000;
  // The library prints its download failure (a long stack) on console.warn; we log one line instead.
  const consoleWarn = console.warn;
  console.warn = () => undefined;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no mongod within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const server = await Promise.race([starting, timeout]);
    return {
      uri: server.getUri(),
      kind: 'mongod',
      stop: async () => {
        await server.stop({ doCleanup: !dbPath, force: false });
      },
    };
  } catch (error) {
    // If it starts after we gave up, stop it rather than leave a stray mongod behind.
    starting.then((late) => late.stop()).catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
    console.warn = consoleWarn;
  }
}

async function startMongoJavaServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) throw new Error('java not found on PATH');

  const classpath = ensureJavaClasspath(options.javaLauncherDir);
  const port = options.port ?? (await freePort());
  const args = ['-cp', classpath, path.join(options.javaLauncherDir, 'Launcher.java'), String(port)];
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    args.push(path.resolve(options.dataDir, 'mongo-java-server.h2'));
  }
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  await waitForReady(child, 90_000);
  return {
    uri: `mongodb://127.0.0.1:${port}`,
    kind: 'mongo-java-server',
    stop: () => stopChild(child),
  };
}

/** Resolves the jar classpath with Maven the first time (about 20 s), then reuses it. */
function ensureJavaClasspath(launcherDir: string): string {
  const classpathFile = path.join(launcherDir, 'target', 'classpath.txt');
  if (!existsSync(classpathFile)) {
    const mvn = spawnSync(
      'mvn',
      ['-q', '-B', 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`],
      { cwd: launcherDir, encoding: 'utf8' },
    );
    if (mvn.error || mvn.status !== 0) {
      throw new Error(
        `could not fetch the mongo-java-server jars with Maven (${firstLine(mvn.stderr || mvn.error)})`,
      );
    }
  }
  return readFileSync(classpathFile, 'utf8').trim();
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`mongo-java-server did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`mongo-java-server exited with code ${code}: ${stderr.trim().split('\n')[0] ?? ''}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    // SIGTERM runs the launcher's shutdown hook, which flushes the H2 file.
    child.kill('SIGTERM');
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error ?? '');
  return text.trim().split('\n')[0] ?? '';
}
