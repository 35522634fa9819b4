/**
 * End to end in a browser, for a trainer: Tom Wilson (the trainer persona) has the longest pathway of the demo
 * personas. His pathway card shows what is to do and folds what is done and optional behind "Show" buttons
 * (Action.ToggleVisibility), which open and close the sections in Agents Playground without asking the bot.
 * Screenshots go to test-output/e2e/trainer/.
 */
import path from 'node:path';
import type { Locator } from 'playwright-core';
import {
  describeInPlayground,
  REPLY_TIMEOUT,
  startDemoBot,
  usePlaygroundSession,
} from '../support/playgroundSession';

const outputDir = path.join(__dirname, '..', '..', 'test-output', 'e2e', 'trainer');

describeInPlayground("a trainer's pathway card in Agents Playground, in Chromium", () => {
  const s = usePlaygroundSession({
    persona: 'trainer',
    outputDir,
    label: 'Trainer e2e',
    bot: () => startDemoBot('trainer_e2e'),
  });
  const cards = (hasText: string) => s().page.locator('.ac-adaptiveCard', { hasText });

  const pathwayCards = () => cards('Your training pathway');
  const heightOf = async (card: Locator) => Math.round((await card.boundingBox())?.height ?? 0);

  test('shows the pathway card for "what training do I need?", with what is done and optional folded', async () => {
    const { step, openChat, expectReply, ask, newCard, screenshotOf } = s();
    await step('pathway', async () => {
      await openChat('Personal Chat');
      await cards('Welcome, Tom').first().waitFor({ timeout: REPLY_TIMEOUT });
      const card = await newCard('Your training pathway');
      await expectReply(() => ask('what training do I need?'), card);
      const text = await card.textContent();
      // The count counts the rows listed: 9 to do (CP includes the 4 IS Index modules) and 7 done.
      expect(text).toContain('7 of 16 required done');
      expect(text?.match(/Next · /g)).toHaveLength(1);
      expect(text).toContain('Next · CAF01');
      await card
        .getByText('Train-the-trainer: Integrated Working')
        .waitFor({ state: 'hidden', timeout: 5_000 });
      await card.getByText('Information Sharing e-learning').waitFor({ state: 'hidden', timeout: 5_000 });
      await screenshotOf(card, 'pathway.png');
      process.stdout.write(`Trainer pathway card, folded: ${await heightOf(card)} px tall\n`);
    });
  }, 60_000);

  test('opens and closes the done and optional sections in place with the Show buttons', async () => {
    const { step, page, screenshotOf } = s();
    await step('toggles', async () => {
      const card = pathwayCards().last();
      const showDone = card.getByRole('button', { name: 'Show done (7)' });
      const showOptional = card.getByRole('button', { name: 'Show optional (1)' });
      const cardsBefore = await page.locator('.ac-adaptiveCard').count();
      const folded = await heightOf(card);

      // The renderer tells screen readers which section the button opens and closes.
      expect(await showDone.getAttribute('aria-controls')).toBe('pathway-done');
      await showDone.click();
      const done = card.getByText('Train-the-trainer: Integrated Working');
      await done.waitFor({ state: 'visible', timeout: 5_000 });
      expect(await card.locator('p', { hasText: /^Done · / }).count()).toBe(7);
      const opened = await heightOf(card);
      expect(opened).toBeGreaterThan(folded + 200);
      await screenshotOf(card, 'pathway-done-shown.png');

      await showOptional.click();
      await card.getByText('Information Sharing e-learning').waitFor({ state: 'visible', timeout: 5_000 });
      const allOpen = await heightOf(card);
      await screenshotOf(card, 'pathway-all-shown.png');

      await showDone.click();
      await showOptional.click();
      await done.waitFor({ state: 'hidden', timeout: 5_000 });
      await card.getByText('Information Sharing e-learning').waitFor({ state: 'hidden', timeout: 5_000 });
      expect(await heightOf(card)).toBe(folded);
      // The buttons work in the client: nothing was sent to the bot, no card came back.
      expect(await page.locator('.ac-adaptiveCard').count()).toBe(cardsBefore);
      process.stdout.write(
        `Trainer pathway card: folded ${folded} px, done shown ${opened} px, all shown ${allOpen} px\n`,
      );
    });
  }, 60_000);

  test('opens the sections of the card clicked, not of an earlier card with the same ids', async () => {
    const { step, expectReply, ask, newCard } = s();
    await step('second-card', async () => {
      // Locators are looked up when used: pin the earlier card by its position.
      const first = pathwayCards().nth((await pathwayCards().count()) - 1);
      const second = await newCard('Your training pathway');
      await expectReply(() => ask('my training'), second);
      await second.getByRole('button', { name: 'Show done (7)' }).click();
      await second
        .getByText('Train-the-trainer: Integrated Working')
        .waitFor({ state: 'visible', timeout: 5_000 });
      expect(await first.getByText('Train-the-trainer: Integrated Working').isVisible()).toBe(false);
    });
  }, 60_000);
});
