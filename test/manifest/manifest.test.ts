import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import {
  buildAppPackage,
  fillPlaceholders,
  localSchemaPath,
  parseDotEnv,
  resolveBotId,
  validateManifest,
} from '../../scripts/manifest';
import { decodePng } from './decodePng';

// @microsoft/app-manifest requires strip-bom 5, which is ESM only: Node 20 loads it, Jest's module runtime (before
// Node 24.9) does not. Schema validation never calls it; only the library's file readers do.
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string) => text.replace(/^\uFEFF/, '') }));

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST_DIR = path.join(ROOT, 'manifest');
const SAMPLE_BOT_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const COMMANDS = ['help', 'my training', 'am I ready', 'book', 'my bookings'];

const template = readFileSync(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8');

function filledManifest(): Record<string, any> {
  const filled = fillPlaceholders(template, { BOT_ID: SAMPLE_BOT_ID });
  if (!filled.ok) throw new Error(filled.message);
  return JSON.parse(filled.value);
}

describe('manifest.json', () => {
  it('matches the Teams schema shipped with @microsoft/app-manifest, offline, once the bot id is filled in', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in this test'));
    try {
      const manifest = filledManifest();
      expect(localSchemaPath(manifest.$schema)).toBeDefined();
      expect(manifest.$schema).toBe(
        `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
      );
      expect(await validateManifest(manifest)).toEqual([]);
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('fails validation while the bot id is still a placeholder', async () => {
    const errors = await validateManifest(JSON.parse(template));
    expect(errors).toEqual([expect.stringContaining('/bots/0/botId')]);
  });

  it('has a fixed app id of its own, separate from the bot id', () => {
    const manifest = filledManifest();
    expect(manifest.id).toMatch(/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i);
    expect(manifest.id).not.toBe(SAMPLE_BOT_ID);
    expect(manifest.name).toEqual({
      short: 'IW Training',
      full: 'Integrated Working & ContactPoint training',
    });
  });

  it('offers the bot in personal, team and group chat scopes with the five commands in each', () => {
    const [bot] = filledManifest().bots;
    expect(bot.botId).toBe(SAMPLE_BOT_ID);
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    const listScopes = bot.commandLists.map((list: { scopes: string[] }) => list.scopes);
    expect(listScopes).toEqual([['personal'], ['team'], ['groupChat']]);
    for (const list of bot.commandLists) {
      expect(list.commands.map((c: { title: string }) => c.title)).toEqual(COMMANDS);
      for (const command of list.commands) expect(command.description.length).toBeGreaterThan(10);
    }
  });
});

describe('icons', () => {
  it('color.png is a 192x192 opaque square with the symbol in the middle 96x96 (Teams rounds the corners itself)', () => {
    const png = decodePng(readFileSync(path.join(MANIFEST_DIR, 'color.png')));
    expect([png.width, png.height]).toEqual([192, 192]);
    expect(png.colourType).toBe(6);
    const alphas = new Set(png.rgba.filter((_, i) => i % 4 === 3));
    expect([...alphas]).toEqual([255]);
    const pixel = (x: number, y: number) => [...png.rgba.subarray((y * 192 + x) * 4, (y * 192 + x) * 4 + 4)];
    // The symbol stays in the middle 96x96, leaving 48 px of plain background for Teams to crop into.
    const background = pixel(0, 0).join();
    const strayPixels: string[] = [];
    for (let y = 0; y < 192; y++) {
      for (let x = 0; x < 192; x++) {
        const inPadding = x < 48 || x >= 144 || y < 48 || y >= 144;
        if (inPadding && pixel(x, y).join() !== background) strayPixels.push(`${x},${y}`);
      }
    }
    expect(strayPixels).toEqual([]);
    expect(pixel(96, 96)).not.toEqual(pixel(0, 0));
  });

  it('outline.png is 32x32, white on transparent, with the symbol reaching the edges', () => {
    const png = decodePng(readFileSync(path.join(MANIFEST_DIR, 'outline.png')));
    expect([png.width, png.height]).toEqual([32, 32]);
    expect(png.colourType).toBe(6);
    let transparent = 0;
    let opaque = 0;
    let [minX, maxX] = [32, -1];
    for (let i = 0; i < 32 * 32; i++) {
      const [r, g, b, a] = png.rgba.subarray(i * 4, i * 4 + 4);
      if (a === 0) {
        transparent++;
        continue;
      }
      // Any visible pixel must be pure white: Teams allows no other colour in an outline icon.
      expect([r, g, b]).toEqual([255, 255, 255]);
      if (a === 255) opaque++;
      minX = Math.min(minX, i % 32);
      maxX = Math.max(maxX, i % 32);
    }
    expect(transparent).toBeGreaterThan(100);
    expect(opaque).toBeGreaterThan(100);
    expect(maxX - minX + 1).toBeGreaterThanOrEqual(30);
  });
});

describe('npm run manifest', () => {
  let outDir: string;
  beforeEach(() => {
    outDir = mkdtempSync(path.join(os.tmpdir(), 'app-package-'));
  });
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  it('writes appPackage.zip with exactly manifest.json, color.png and outline.png at its root', async () => {
    const result = await buildAppPackage({
      env: { MicrosoftAppId: SAMPLE_BOT_ID },
      manifestDir: MANIFEST_DIR,
      outDir,
    });
    expect(result).toEqual({ ok: true, value: path.join(outDir, 'appPackage.zip') });

    const zip = await JSZip.loadAsync(readFileSync(path.join(outDir, 'appPackage.zip')));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.bots[0].botId).toBe(SAMPLE_BOT_ID);
    expect(await validateManifest(manifest)).toEqual([]);
    for (const icon of ['color.png', 'outline.png']) {
      expect(
        (await zip.file(icon)!.async('nodebuffer')).equals(readFileSync(path.join(MANIFEST_DIR, icon))),
      ).toBe(true);
    }
  });

  it('refuses a missing or non-GUID MicrosoftAppId with one line saying what to set, and writes nothing', async () => {
    for (const env of [{}, { MicrosoftAppId: '  ' }, { MicrosoftAppId: 'my-bot' }]) {
      const result = await buildAppPackage({ env, dotEnv: {}, manifestDir: MANIFEST_DIR, outDir });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.message).toMatch(/^MicrosoftAppId .*Azure bot's app id, a GUID/);
      expect(result.message).not.toContain('\n');
    }
    expect(existsSync(path.join(outDir, 'appPackage.zip'))).toBe(false);
  });

  it('reads MicrosoftAppId from .env when the environment lacks it, the environment winning', () => {
    const dotEnv = parseDotEnv(
      `# bot registration\nexport MicrosoftAppId="${SAMPLE_BOT_ID}"\n\nMicrosoftAppPassword = 'x=y' \nnot a line\n`,
    );
    expect(dotEnv).toEqual({ MicrosoftAppId: SAMPLE_BOT_ID, MicrosoftAppPassword: 'x=y' });
    expect(resolveBotId({}, dotEnv)).toEqual({ ok: true, value: SAMPLE_BOT_ID });
    const fromEnv = '11111111-2222-3333-4444-555555555555';
    expect(resolveBotId({ MicrosoftAppId: fromEnv }, dotEnv)).toEqual({ ok: true, value: fromEnv });
  });

  it('names any placeholder left without a value', () => {
    expect(fillPlaceholders('{"a": "${{BOT_ID}}", "b": "${{OTHER}}"}', { BOT_ID: SAMPLE_BOT_ID })).toEqual({
      ok: false,
      message: 'manifest.json has placeholders with no value: ${{OTHER}}',
    });
  });

  it('exits 1 from the command line with the one-line message when MicrosoftAppId is not a GUID', async () => {
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const run = promisify(execFile)(tsx, [path.join(ROOT, 'scripts', 'manifest.ts')], {
      cwd: ROOT,
      env: { ...process.env, MicrosoftAppId: 'not-a-guid' },
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/^MicrosoftAppId "not-a-guid" is not a GUID: [^\n]*\n$/),
    });
  });
});
