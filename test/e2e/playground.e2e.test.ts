/**
 * End to end in a browser: the bot on a fresh test database, Microsoft 365 Agents Playground (a local imitation
 * of Teams) in front of it as the practitioner persona, and Chromium driven by playwright-core clicking a card.
 * Screenshots go to test-output/e2e/practitioner/.
 */
import path from 'node:path';
import {
  describeInPlayground,
  REPLY_TIMEOUT,
  startDemoBot,
  usePlaygroundSession,
} from '../support/playgroundSession';

const outputDir = path.join(__dirname, '..', '..', 'test-output', 'e2e', 'practitioner');

describeInPlayground('the bot in Agents Playground, in Chromium', () => {
  const s = usePlaygroundSession({
    persona: 'practitioner',
    outputDir,
    label: 'Playground e2e',
    // Priya is on the Northdale roster, so her cards show her real pathway and checks.
    bot: () => startDemoBot('playground_e2e'),
  });
  const welcomeCards = () => s().page.locator('.ac-adaptiveCard', { hasText: 'Welcome' });

  test('greets the newly installed user with the welcome card', async () => {
    const { step, openChat, user } = s();
    await step('greeting', async () => {
      await openChat('Personal Chat');
      await welcomeCards().first().waitFor({ timeout: REPLY_TIMEOUT });
      // The install event carries no name; the bot asks Teams (here the Playground) for it.
      expect(await welcomeCards().first().textContent()).toMatch(new RegExp(`^Welcome, ${user.givenName}`));
    });
  }, 60_000);

  test('answers "help" with the welcome card, by first name, with its five buttons', async () => {
    const { step, expectReply, ask, screenshot, user } = s();
    await step('help', async () => {
      const card = welcomeCards().nth(await welcomeCards().count());
      await expectReply(() => ask('help'), card);
      expect(await card.textContent()).toContain(`Welcome, ${user.givenName}`);
      expect(await card.getByRole('button').allTextContents()).toEqual([
        'My training',
        'Am I ready?',
        'Find a session',
        'My bookings',
        'What is ContactPoint?',
      ]);
      await card.scrollIntoViewIfNeeded();
      await screenshot('welcome.png');
    });
  }, 30_000);

  test('answers the "What is ContactPoint?" button with what ContactPoint is', async () => {
    const { step, expectReply, page, screenshot } = s();
    await step('answer', async () => {
      // The reply in the chat (plain getByText would also match the sidebar preview and the log panel).
      const answer = page.locator('p', { hasText: 'national index of children' }).last();
      await expectReply(
        () => welcomeCards().last().getByRole('button', { name: 'What is ContactPoint?' }).click(),
        answer,
      );
      expect(await answer.textContent()).toMatch(
        /^ContactPoint is the national index of children in England/,
      );
      await answer.scrollIntoViewIfNeeded();
      await screenshot('answer.png');
    });
  }, 30_000);

  test('shows the pathway card for "what training do I need?"', async () => {
    const { step, expectReply, ask, newCard, screenshotOf } = s();
    await step('pathway', async () => {
      const card = await newCard('Your training pathway');
      await expectReply(() => ask('what training do I need?'), card);
      expect(await card.textContent()).toContain('IS02');
      await screenshotOf(card, 'pathway.png');
    });
  }, 30_000);

  test('lists sessions from the pathway card’s "Find a session" button', async () => {
    const { step, expectReply, newCard, page, screenshotOf } = s();
    await step('sessions', async () => {
      const card = await newCard('Sessions:');
      await expectReply(
        () =>
          page
            .locator('.ac-adaptiveCard', { hasText: 'Your training pathway' })
            .last()
            .getByRole('button', { name: 'Find a session' })
            .click(),
        card,
      );
      await screenshotOf(card, 'sessions.png');
    });
  }, 30_000);

  test('shows the module card for "how long is IS02?"', async () => {
    const { step, expectReply, ask, newCard, screenshotOf } = s();
    await step('module', async () => {
      const card = await newCard('takes');
      await expectReply(() => ask('how long is IS02?'), card);
      expect(await card.textContent()).toContain('5 hours (2 x 2.5 hours)');
      await screenshotOf(card, 'module.png');
    });
  }, 30_000);

  test('shows the readiness checklist for "am I ready for ContactPoint training?"', async () => {
    const { step, expectReply, ask, newCard, screenshotOf } = s();
    await step('readiness', async () => {
      const card = await newCard('Ready for ContactPoint training?');
      await expectReply(() => ask('am I ready for ContactPoint training?'), card);
      expect(await card.textContent()).toMatch(/IT competence/);
      await screenshotOf(card, 'readiness.png');
    });
  }, 30_000);
});
