/**
 * End to end in a browser, booking from cards: Priya (the practitioner persona) finds an IS02 session, presses
 * Book and sees her place held for her manager; in his own Playground, Mark (the manager persona) opens the
 * approvals waiting for him and declines one with a reason, and the card updates in place. Screenshots go to
 * test-output/e2e/booking/.
 */
import path from 'node:path';
import {
  describeInPlayground,
  REPLY_TIMEOUT,
  startDemoBot,
  usePlaygroundSession,
} from '../support/playgroundSession';

const outputDir = (who: string) => path.join(__dirname, '..', '..', 'test-output', 'e2e', 'booking', who);
const PRIYA = '11111111-1111-4111-8111-000000000001';
const AISHA = '22222222-2222-4222-8222-000000000008';

describeInPlayground('a practitioner booking a place in Agents Playground, in Chromium', () => {
  const s = usePlaygroundSession({
    persona: 'practitioner',
    outputDir: outputDir('practitioner'),
    label: 'Booking e2e (practitioner)',
    bot: () => startDemoBot('booking_practitioner_e2e'),
  });

  test('books an IS02 session from the list: the card becomes her held place, then My bookings lists it', async () => {
    const { step, openChat, ask, newCard, expectReply, screenshotOf, bot, page } = s();
    await step('find', async () => {
      await openChat('Personal Chat');
      await page
        .locator('.ac-adaptiveCard', { hasText: 'Welcome, Priya' })
        .first()
        .waitFor({ timeout: REPLY_TIMEOUT });
      const list = await newCard('Sessions: IS02');
      await expectReply(() => ask('find me an IS02 session'), list);
      await screenshotOf(list, 'sessions.png');
      // The list is replaced in place by her place, held while her manager decides.
      const held = page.locator('.ac-adaptiveCard', { hasText: 'Waiting for approval' }).last();
      await expectReply(() => list.getByRole('button', { name: 'Book' }).first().click(), held);
      expect(await held.textContent()).toMatch(/IS02 Information Sharing in practice/);
      expect(await held.textContent()).toMatch(/Mark Evans/);
      expect(await held.getByText('Add to Outlook calendar').count()).toBe(1);
      await screenshotOf(held, 'held.png');
      expect(
        await bot.database.collections.bookings.countDocuments({
          'person.aadObjectId': PRIYA,
          state: 'held',
        }),
      ).toBe(1);
    });
    await step('mine', async () => {
      const mine = await newCard('My bookings');
      await expectReply(() => ask('my bookings'), mine);
      expect(await mine.textContent()).toMatch(/IS02/);
      await screenshotOf(mine, 'my-bookings.png');
      const cancelled = mine.getByText(/Cancelled IS02 on/);
      await expectReply(
        () => mine.getByRole('button', { name: 'Cancel booking' }).first().click(),
        cancelled,
      );
      await screenshotOf(mine, 'cancelled.png');
    });
  }, 90_000);
});

describeInPlayground('a manager deciding on a place in Agents Playground, in Chromium', () => {
  const s = usePlaygroundSession({
    persona: 'manager',
    outputDir: outputDir('manager'),
    label: 'Booking e2e (manager)',
    bot: () => startDemoBot('booking_manager_e2e'),
  });

  test("declines Aisha's place with a reason: the approval card updates in place and the seat goes back", async () => {
    const { step, openChat, expectReply, screenshotOf, bot, page } = s();
    await step('approvals', async () => {
      await openChat('Personal Chat');
      const welcome = page.locator('.ac-adaptiveCard', { hasText: 'Welcome, Mark' }).first();
      await welcome.waitFor({ timeout: REPLY_TIMEOUT });
      const approval = page.locator('.ac-adaptiveCard', { hasText: 'Training place to approve' }).last();
      await expectReply(() => welcome.getByRole('button', { name: 'Approvals waiting' }).click(), approval);
      expect(await approval.textContent()).toMatch(/Aisha Khan/);
      await screenshotOf(approval, 'approval.png');
      await approval.getByRole('textbox').fill('Team short that week');
      // The approval card is replaced in place by the decision.
      const declined = page.locator('.ac-adaptiveCard', { hasText: /by Mark Evans/ }).last();
      await expectReply(() => approval.getByRole('button', { name: 'Decline' }).click(), declined);
      expect(await declined.textContent()).toMatch(/Aisha Khan.*Declined/s);
      expect(await declined.getByRole('button', { name: 'Approve' }).count()).toBe(0);
      await screenshotOf(declined, 'declined.png');
      const stored = await bot.database.collections.bookings.findOne({
        'person.aadObjectId': AISHA,
        course: 'IS02',
      });
      expect(stored).toMatchObject({ state: 'declined', decision: { reason: 'Team short that week' } });
    });
  }, 90_000);
});
