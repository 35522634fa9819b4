/**
 * End to end in a browser, for a line manager: Mark Evans (the manager persona) asks about Liam by name, opens
 * his team card, confirms Priya's IT competence from her row and sees her readiness change. The welcome offers
 * his role's button. Screenshots go to test-output/e2e/manager/.
 */
import path from 'node:path';
import {
  describeInPlayground,
  REPLY_TIMEOUT,
  startDemoBot,
  usePlaygroundSession,
} from '../support/playgroundSession';

const outputDir = path.join(__dirname, '..', '..', 'test-output', 'e2e', 'manager');
const PRIYA = '11111111-1111-4111-8111-000000000001';

describeInPlayground('a line manager acting on their team in Agents Playground, in Chromium', () => {
  const s = usePlaygroundSession({
    persona: 'manager',
    outputDir,
    label: 'Manager e2e',
    bot: () => startDemoBot('manager_e2e'),
  });
  const cards = (hasText: string) => s().page.locator('.ac-adaptiveCard', { hasText });

  test('offers the manager the My team button on the welcome', async () => {
    const { step, openChat, screenshotOf } = s();
    await step('welcome', async () => {
      await openChat('Personal Chat');
      const welcome = cards('Welcome, Mark').first();
      await welcome.waitFor({ timeout: REPLY_TIMEOUT });
      expect(await welcome.getByRole('button', { name: 'My team' }).count()).toBe(1);
      expect(await welcome.textContent()).not.toMatch(/nominations waiting|book a session/);
      await screenshotOf(welcome, 'welcome.png');
    });
  }, 60_000);

  test('answers "where\'s Liam up to?" with Liam\'s training', async () => {
    const { step, ask, newCard, expectReply, screenshotOf } = s();
    await step('liam', async () => {
      const card = await newCard("Liam O'Connor's training");
      await expectReply(() => ask("where's Liam up to?"), card);
      expect(await card.textContent()).toContain('Required training');
      await screenshotOf(card, 'liam.png');
    });
  }, 60_000);

  test("confirms Priya's IT competence from her row: the card updates in place and her readiness changes", async () => {
    const { step, ask, newCard, expectReply, screenshotOf, bot, page } = s();
    await step('confirm-it', async () => {
      const team = await newCard("Your team's training");
      await expectReply(() => ask('how is my team doing'), team);
      const priyaRow = team.locator('.ac-container', { hasText: 'Priya Shah' }).last();
      await screenshotOf(team, 'team-before.png');
      const before = await page.locator('.ac-adaptiveCard').count();
      const notice = team.getByText("Confirmed Priya Shah's IT competence.");
      await expectReply(
        () => priyaRow.getByRole('button', { name: 'Confirm IT competence' }).click(),
        notice,
      );
      expect(await page.locator('.ac-adaptiveCard').count()).toBe(before);
      await screenshotOf(team, 'team-after.png');
      expect((await bot.database.collections.people.findOne({ _id: PRIYA }))?.itCompetence).toBe(true);

      // Her card, from View on her row: IT competence no longer waits for the manager.
      const view = team
        .locator('.ac-container', { hasText: 'Priya Shah' })
        .last()
        .getByRole('button', { name: 'View' });
      // The team card is replaced in place by Priya's card (it no longer says "Your team's training").
      const priyaCard = cards("Priya Shah's training").last();
      await expectReply(() => view.click(), priyaCard);
      expect(await page.locator('.ac-adaptiveCard').count()).toBe(before);
      const text = await priyaCard.textContent();
      expect(text).not.toMatch(/IT competence: Waiting/);
      expect(text).not.toMatch(/Blocked by: .*IT competence/);
      await screenshotOf(priyaCard, 'priya-after.png');
    });
  }, 60_000);
});
