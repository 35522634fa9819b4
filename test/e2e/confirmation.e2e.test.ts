/**
 * End to end in a browser, for a coordinator: Chloe Brown (the coordinator persona) asks about her team in Agents
 * Playground, finds Sam Okafor waiting to be confirmed, corrects nothing and confirms him; the card updates in
 * place. Then she turns down a second person. Screenshots go to test-output/e2e/coordinator/.
 */
import path from 'node:path';
import { personaByKey } from '../../scripts/demo/personas';
import {
  describeInPlayground,
  REPLY_TIMEOUT,
  startDemoBot,
  usePlaygroundSession,
} from '../support/playgroundSession';

const outputDir = path.join(__dirname, '..', '..', 'test-output', 'e2e', 'coordinator');
const sam = personaByKey('newcomer')!;
const samUser = { aadObjectId: sam.aadObjectId, name: `${sam.givenName} ${sam.surname}` };
const zoe = { aadObjectId: '88888888-8888-4888-8888-000000000001', name: 'Zoe Bronte' };

describeInPlayground('a coordinator confirming people in Agents Playground, in Chromium', () => {
  const s = usePlaygroundSession({
    persona: 'coordinator',
    outputDir,
    label: 'Confirmation e2e',
    bot: async () => {
      const bot = await startDemoBot('confirmation_e2e');
      // Two people who entered their own details before Chloe opens Teams.
      for (const [user, audience] of [
        [samUser, 'practitioner'],
        [zoe, 'senior-manager'],
      ] as const) {
        await bot.say(user, 'hi');
        await bot.execute(user, 'profile.declare', {
          audience,
          organisation: 'other',
          organisationOther: 'Brightstart Playgroup',
          serviceGroup: 'childrens-centres',
          contactPointUser: 'yes',
          managerEmail: personaByKey('manager')!.email,
        });
      }
      return bot;
    },
  });
  const cards = (hasText: string) => s().page.locator('.ac-adaptiveCard', { hasText });
  const waiting = () => cards('People waiting for their details to be confirmed').last();

  test('shows the people waiting, each with Confirm, Correct details and Reject', async () => {
    const { step, openChat, ask, newCard, expectReply, screenshotOf } = s();
    await step('waiting', async () => {
      await openChat('Personal Chat');
      await cards('Welcome, Chloe').first().waitFor({ timeout: REPLY_TIMEOUT });
      const card = await newCard('People waiting for their details to be confirmed');
      await expectReply(() => ask('who is waiting to be confirmed?'), card);
      const text = await card.textContent();
      expect(text).toContain('Sam Okafor');
      expect(text).toContain('Zoe Bronte');
      expect(text).toContain('Mark Evans (mark.evans@northdale.example.gov.uk): confirming links them');
      expect(await card.getByRole('button', { name: 'Confirm' }).count()).toBe(2);
      await screenshotOf(card, 'waiting.png');
    });
  }, 60_000);

  test('confirms Sam: the card updates in place and Sam is on the roster with Mark as manager', async () => {
    const { step, expectReply, screenshotOf, bot, page } = s();
    await step('confirmed', async () => {
      const before = await page.locator('.ac-adaptiveCard').count();
      const samBlock = waiting().locator('.ac-container', { hasText: 'Sam Okafor' }).last();
      const notice = waiting().getByText('Confirmed Sam Okafor: Practitioner at Brightstart Playgroup');
      await expectReply(() => samBlock.getByRole('button', { name: 'Confirm' }).click(), notice);
      // In place: no new card in the chat, and Sam is no longer listed as waiting.
      expect(await page.locator('.ac-adaptiveCard').count()).toBe(before);
      expect(await waiting().getByText('Sam Okafor', { exact: true }).count()).toBe(0);
      await screenshotOf(waiting(), 'confirmed.png');
      expect(await bot.database.collections.people.findOne({ _id: sam.aadObjectId })).toMatchObject({
        source: 'roster',
        managerAadObjectId: personaByKey('manager')!.aadObjectId,
      });
    });
  }, 60_000);

  test('rejects Zoe: the card says so and nobody is left waiting', async () => {
    const { step, expectReply, screenshotOf, bot } = s();
    await step('rejected', async () => {
      const notice = waiting().getByText("Rejected Zoe Bronte's details");
      await expectReply(() => waiting().getByRole('button', { name: 'Reject' }).click(), notice);
      expect(await waiting().textContent()).toContain('Nobody is waiting');
      await screenshotOf(waiting(), 'rejected.png');
      expect(
        (await bot.database.collections.people.findOne({ _id: zoe.aadObjectId }))?.rejected,
      ).toBeDefined();
    });
  }, 60_000);

  test('flags what needs action in the fill rates', async () => {
    const { step, ask, newCard, expectReply, screenshotOf } = s();
    await step('fill-rates', async () => {
      const card = await newCard('How full the next 6 weeks are');
      await expectReply(() => ask('how full are the sessions?'), card);
      const text = await card.textContent();
      expect(text).toMatch(/need action/);
      expect(text).toMatch(/Nearly full/);
      expect(text).toMatch(/No bookings yet/);
      await screenshotOf(card, 'fill-rates.png');
    });
  }, 60_000);
});
