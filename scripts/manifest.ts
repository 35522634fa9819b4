/**
 * `npm run manifest`: builds the Teams app package, manifest/build/appPackage.zip, to upload to Teams.
 *
 * Takes the bot's Azure app id from MicrosoftAppId (environment first, then .env in the repo root), puts it in
 * place of `${{BOT_ID}}` in manifest/manifest.json, checks the result against the Teams manifest schema shipped
 * inside @microsoft/app-manifest (offline), and zips it with the two icons.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import JSZip from 'jszip';

export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

export const PACKAGE_FILE_NAME = 'appPackage.zip';

// The same pattern the Teams schema uses for its `guid` definition.
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const PLACEHOLDER = /\$\{\{([A-Za-z0-9_]+)\}\}/g;
const TEAMS_SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v\d+\.\d+)\/MicrosoftTeams\.schema\.json$/;

/** Parses KEY=VALUE lines; blank lines, `#` comments and an optional `export ` prefix are allowed. */
export function parseDotEnv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match) continue;
    const [, key, raw] = match as unknown as [string, string, string];
    const quoted = /^(['"])(.*)\1$/.exec(raw);
    values[key] = quoted ? quoted[2]! : raw;
  }
  return values;
}

/** The bot id is the Azure bot registration's app id; the environment wins over .env. */
export function resolveBotId(env: NodeJS.ProcessEnv, dotEnv: Record<string, string> = {}): Result<string> {
  const value = (env.MicrosoftAppId?.trim() || dotEnv.MicrosoftAppId?.trim()) ?? '';
  if (value === '') {
    return {
      ok: false,
      message:
        "MicrosoftAppId is not set: set it (in the environment or in .env) to the Azure bot's app id, a GUID such as 00000000-0000-0000-0000-000000000000.",
    };
  }
  if (!GUID.test(value)) {
    return {
      ok: false,
      message: `MicrosoftAppId "${value}" is not a GUID: set it to the Azure bot's app id, a GUID such as 00000000-0000-0000-0000-000000000000.`,
    };
  }
  return { ok: true, value };
}

/** Replaces every `${{NAME}}` token; a token without a value is an error rather than a broken manifest. */
export function fillPlaceholders(template: string, values: Record<string, string>): Result<string> {
  const missing = new Set<string>();
  const filled = template.replace(PLACEHOLDER, (token, name: string) => {
    if (values[name] === undefined) missing.add(token);
    return values[name] ?? token;
  });
  if (missing.size > 0) {
    return { ok: false, message: `manifest.json has placeholders with no value: ${[...missing].join(', ')}` };
  }
  return { ok: true, value: filled };
}

/**
 * The copy of the manifest's `$schema` inside @microsoft/app-manifest, or undefined when it has none.
 * Validation must find this file: otherwise the library downloads the schema.
 */
export function localSchemaPath(schemaUrl: unknown): string | undefined {
  const version = typeof schemaUrl === 'string' ? TEAMS_SCHEMA_URL.exec(schemaUrl)?.[1] : undefined;
  if (!version) return undefined;
  const buildDir = path.dirname(require.resolve('@microsoft/app-manifest'));
  const file = path.join(buildDir, 'json-schemas', 'teams', version, 'MicrosoftTeams.schema.json');
  return existsSync(file) ? file : undefined;
}

/** Schema errors as `path message` lines; none means valid. Never goes online. */
export async function validateManifest(manifest: { $schema?: unknown }): Promise<string[]> {
  if (!localSchemaPath(manifest.$schema)) {
    return [
      `$schema ${String(manifest.$schema)} is not a Teams schema shipped with @microsoft/app-manifest (json-schemas/teams/vX.Y)`,
    ];
  }
  return AppManifestUtils.validateAgainstSchema(manifest as AppManifest);
}

export interface BuildOptions {
  env: NodeJS.ProcessEnv;
  dotEnv?: Record<string, string>;
  /** The folder holding manifest.json and the icons it names. */
  manifestDir: string;
  outDir: string;
}

/** Fills, validates and zips the manifest with its icons; returns the zip's path. */
export async function buildAppPackage(options: BuildOptions): Promise<Result<string>> {
  const botId = resolveBotId(options.env, options.dotEnv);
  if (!botId.ok) return botId;

  const template = await readFile(path.join(options.manifestDir, 'manifest.json'), 'utf8');
  const filled = fillPlaceholders(template, { BOT_ID: botId.value });
  if (!filled.ok) return filled;
  const manifest = JSON.parse(filled.value) as {
    $schema?: unknown;
    icons?: { color?: string; outline?: string };
  };

  const errors = await validateManifest(manifest);
  if (errors.length > 0) {
    return {
      ok: false,
      message: `manifest.json does not match its schema:\n${errors.map((e) => `  ${e}`).join('\n')}`,
    };
  }

  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const icon of [manifest.icons?.color, manifest.icons?.outline]) {
    const file = path.join(options.manifestDir, icon ?? '');
    if (!icon || !existsSync(file))
      return { ok: false, message: `icon ${icon} named in manifest.json is missing` };
    zip.file(icon, await readFile(file));
  }
  await mkdir(options.outDir, { recursive: true });
  const zipPath = path.join(options.outDir, PACKAGE_FILE_NAME);
  await writeFile(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { ok: true, value: zipPath };
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const dotEnvFile = path.join(root, '.env');
  const result = await buildAppPackage({
    env: process.env,
    dotEnv: existsSync(dotEnvFile) ? parseDotEnv(readFileSync(dotEnvFile, 'utf8')) : {},
    manifestDir: path.join(root, 'manifest'),
    outDir: path.join(root, 'manifest', 'build'),
  });
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
  console.log(`Teams app package written to ${result.value}`);
}

if (require.main === module) {
  void main();
}
