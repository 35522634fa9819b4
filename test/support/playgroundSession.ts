/**
 * One end-to-end browser session: a test bot on a database of its own, Microsoft 365 Agents Playground (a local
 * imitation of Teams) in front of it as one persona, and Chromium driven by playwright-core. Each journey writes
 * its screenshots to its own folder, so journeys running in parallel do not wipe each other's.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import {
  playgroundConfigFor,
  writePlaygroundConfig,
  type PersonaKey,
  type PlaygroundUser,
} from '../../scripts/playground/playgroundConfig';
import { startPlayground, type RunningPlayground } from '../../scripts/playground/playgroundProcess';
import { loadDemoData } from '../../scripts/demo/loadDemoData';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { freePort } from '../../services/storage/embeddedServer';
import { startTestBot, type TestBot } from './botHarness';

const CHROMIUM = '/usr/bin/chromium';
const root = path.join(__dirname, '..', '..');

// Timings on a 2-core machine: the page is usable about 4 s after launch, the first card in 5-8 s. Two journeys
// may run at once, each with its own browser, so the waits leave room for that.
const PAGE_TIMEOUT = 30_000;
export const REPLY_TIMEOUT = 20_000;
/** Bot, Playground and browser together. */
const OPEN_TIMEOUT = 120_000;
const CLOSE_TIMEOUT = 30_000;
/** The Playground's toolbar above the chat pane and the compose box below it, with some room to spare. */
const CHAT_PANE_CHROME = 300;

const haveChromium = existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI);

/**
 * `describe` for a browser journey. It is skipped only when there is no Chromium and CI is unset; on CI without
 * Chromium the journey runs and fails in `openPlaygroundSession`, saying how to install it.
 */
export function describeInPlayground(name: string, body: () => void): void {
  if (!haveChromium && !inCi) {
    console.warn(
      `Skipping "${name}": no Chromium at ${CHROMIUM} (install it with: apt-get install -y chromium).`,
    );
    describe.skip(name, body);
  } else {
    describe(name, body);
  }
}

/** A test bot on a database of its own (named after `label`), loaded with the Northdale demo data. */
export async function startDemoBot(label: string): Promise<TestBot> {
  const bot = await startTestBot(label);
  await loadDemoData(bot.database.collections, { catalogue: loadCatalogue() });
  return bot;
}

/**
 * Opens a session before the tests of the enclosing `describe` and closes it after them. The returned function
 * gives a test the session (a test never runs when opening it failed).
 */
export function usePlaygroundSession(options: PlaygroundSessionOptions): () => PlaygroundSession {
  let session: PlaygroundSession | undefined;
  beforeAll(async () => {
    session = await openPlaygroundSession(options);
  }, OPEN_TIMEOUT);
  afterAll(async () => {
    await session?.close();
  }, CLOSE_TIMEOUT);
  return () => {
    if (!session) throw new Error('the Playground session is not open');
    return session;
  };
}

export interface PlaygroundSessionOptions {
  persona: PersonaKey;
  /** Starts the bot (and loads its data); the session stops it on close. */
  bot: () => Promise<TestBot>;
  /** Emptied at the start, then gets the screenshots, the Playground's config and its log. */
  outputDir: string;
  /** Prefixes the timings line written on close. */
  label: string;
}

export interface PlaygroundSession {
  page: Page;
  bot: TestBot;
  /** Who the Playground says is chatting (from scripts/demo/personas.ts). */
  user: PlaygroundUser;
  /** Runs a step; on failure saves what the page showed and the Playground's complaints, for whoever reads CI. */
  step(name: string, body: () => Promise<void>): Promise<void>;
  /**
   * Does `act` and waits for `expected` to show. Fails at once, with the reason, when instead the bot apologises
   * or the page throws.
   */
  expectReply(act: () => Promise<void>, expected: Locator): Promise<void>;
  /** Opens a conversation in the sidebar, such as "Personal Chat"; the first open sends the install events. */
  openChat(name: string): Promise<void>;
  /** Types a question into the compose box and sends it. */
  ask(text: string): Promise<void>;
  /** The newest card whose text contains `hasText`, once the bot sends it. */
  newCard(hasText: string): Promise<Locator>;
  screenshotOf(card: Locator, file: string): Promise<void>;
  /** The whole page as it shows now. */
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export async function openPlaygroundSession(options: PlaygroundSessionOptions): Promise<PlaygroundSession> {
  const { outputDir } = options;
  const timings: string[] = [];
  const started = Date.now();
  const mark = (step: string) => timings.push(`${step} ${((Date.now() - started) / 1000).toFixed(1)}s`);

  let bot: TestBot | undefined;
  let playground: RunningPlayground | undefined;
  let context: BrowserContext | undefined;
  let profileDir: string | undefined;

  const close = async () => {
    // Each step on its own, so one failing does not leave the others running.
    await context?.close().catch(() => undefined);
    await playground?.stop().catch(() => undefined);
    await bot?.stop().catch(() => undefined);
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    if (timings.length) process.stdout.write(`${options.label} timings: ${timings.join(', ')}\n`);
  };

  let page: Page;
  try {
    if (!haveChromium) {
      throw new Error(
        `CI is set but there is no Chromium at ${CHROMIUM}: install it with apt-get install -y chromium ` +
          '(never `npx playwright install`, which downloads a browser).',
      );
    }
    // Fresh each run, so a screenshot from an earlier failure cannot be mistaken for this one's.
    rmSync(outputDir, { recursive: true, force: true });
    mkdirSync(outputDir, { recursive: true });
    bot = await options.bot();
    mark('bot');

    const configPath = writePlaygroundConfig(options.persona, path.join(outputDir, 'config'));
    playground = startPlayground({
      botEndpoint: `${bot.running.url}/api/messages`,
      port: await freePort(),
      configPath,
      cwd: root,
      logFile: path.join(outputDir, 'playground.log'),
    });
    const url = await playground.ready(30_000);
    mark('playground');

    profileDir = mkdtempSync(path.join(tmpdir(), 'e2e-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-quic',
        '--disable-sync',
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    mark('page');
  } catch (error) {
    await close();
    throw error;
  }

  const step = async (name: string, body: () => Promise<void>) => {
    try {
      await body();
      mark(name);
    } catch (error) {
      await page.screenshot({ path: path.join(outputDir, `failure-${name}.png`) }).catch(() => undefined);
      const logged = playground?.loggedErrors() ?? '';
      throw new Error((error as Error).message + (logged ? `\nPlayground log:${logged}` : ''), {
        cause: error,
      });
    }
  };

  // Agents Playground 0.2.28 throws "Cannot add property msTeams, object is not extensible" when an
  // Action.Submit button's data has `msteams` (messageBack, imBack) and then sends nothing.
  const expectReply = async (act: () => Promise<void>, expected: Locator): Promise<void> => {
    const apologies = page.locator('p', { hasText: 'Sorry, ' });
    const apology = apologies.nth(await apologies.count());
    const thrown = page.waitForEvent('pageerror', { timeout: REPLY_TIMEOUT }).catch(() => undefined);
    await act();
    const pageError = await Promise.race([
      expected.or(apology).first().waitFor({ timeout: REPLY_TIMEOUT }),
      thrown.then((error) => error ?? new Promise<never>(() => undefined)),
    ]);
    if (pageError) {
      const hint = /msTeams/.test(pageError.message)
        ? ' (the Playground cannot run Action.Submit buttons whose data has msteams, such as messageBack;' +
          ' Action.Execute buttons work)'
        : '';
      throw new Error(`the Playground page failed: ${pageError.message}${hint}`);
    }
    if (!(await expected.isVisible())) throw new Error(`the bot answered: ${await apology.textContent()}`);
  };

  return {
    page,
    bot: bot!,
    user: playgroundConfigFor(options.persona).currentUser,
    step,
    expectReply,
    openChat: async (name) => {
      await page.locator(`[role="treeitem"][aria-label="${name}"]`).click({ timeout: PAGE_TIMEOUT });
    },
    ask: async (text) => {
      await page.locator('div[role="textbox"][data-lexical-editor="true"]').first().click();
      await page.keyboard.type(text);
      await page.locator('button[aria-label="Send Message"]').click();
    },
    newCard: async (hasText) => {
      const cards = page.locator('.ac-adaptiveCard', { hasText });
      return cards.nth(await cards.count());
    },
    screenshotOf: async (card, file) => {
      // A card taller than the chat pane would come out with the Playground's toolbar over its top (the pane
      // scrolls, the page does not): make the window tall enough for the whole card, then put it back.
      const viewport = page.viewportSize();
      const box = await card.boundingBox();
      const needed = box ? Math.ceil(box.height) + CHAT_PANE_CHROME : 0;
      const grow = viewport && needed > viewport.height;
      if (grow) await page.setViewportSize({ width: viewport.width, height: needed });
      try {
        await card.scrollIntoViewIfNeeded();
        await card.screenshot({ path: path.join(outputDir, file) });
      } finally {
        if (grow) await page.setViewportSize(viewport);
      }
    },
    screenshot: async (file) => {
      await page.screenshot({ path: path.join(outputDir, file) });
    },
    close,
  };
}
