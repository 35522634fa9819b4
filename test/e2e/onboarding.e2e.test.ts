/**
 * End to end in a browser, for someone not on the roster: Sam Okafor (the newcomer persona) installs the bot in
 * Agents Playground, fills in the onboarding card in the real card UI, saves it and sees an unverified pathway.
 * Screenshots go to test-output/e2e/newcomer/.
 */
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { personaByKey } from '../../scripts/demo/personas';
import {
  describeInPlayground,
  REPLY_TIMEOUT,
  startDemoBot,
  usePlaygroundSession,
} from '../support/playgroundSession';

const outputDir = path.join(__dirname, '..', '..', 'test-output', 'e2e', 'newcomer');
const manager = personaByKey('manager')!;

/** A card's input by its label (the Playground's combobox chevron carries the label too, so inputs only). */
function field(card: Locator, label: string): Locator {
  return card.locator('input, select, textarea').and(card.getByLabel(label));
}

/**
 * Picks `option` in a card's Input.ChoiceSet (compact or filtered), however the page renders it, typing `search`
 * first where the list can be searched. Agents Playground 0.2.28 renders both styles as a Fluent UI combobox (an
 * <input role="combobox">) that opens a listbox of options, and "filtered" narrows the list as you type; other
 * renderers use a native <select>, or an <input> with a <datalist>. A choice that already shows `option` (a form
 * sent back with a problem keeps what was chosen) is left as it is.
 */
async function choose(card: Locator, label: string, option: string, search?: string): Promise<void> {
  const input = field(card, label);
  const kind = await input.evaluate((element) =>
    element instanceof HTMLSelectElement ? 'select' : element.getAttribute('list') ? 'datalist' : 'combobox',
  );
  if (kind === 'select') {
    await input.selectOption({ label: option });
    return;
  }
  if ((await input.inputValue()) === option) return;
  if (kind === 'datalist') {
    await input.fill(option);
    return;
  }
  await input.click();
  if (search) await input.fill(search);
  await input.page().getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  // The renderer shows the chosen option's title once it has taken the choice.
  await input
    .page()
    .waitForFunction(
      ({ element, title }) => (element as HTMLInputElement).value === title,
      { element: await input.elementHandle(), title: option },
      { timeout: REPLY_TIMEOUT },
    );
}

describeInPlayground('a newcomer onboarding in Agents Playground, in Chromium', () => {
  const s = usePlaygroundSession({
    persona: 'newcomer',
    outputDir,
    label: 'Onboarding e2e',
    // Sam is not on the Northdale roster; his manager, Mark Evans, is.
    bot: () => startDemoBot('onboarding_e2e'),
  });
  const cards = (hasText: string) => s().page.locator('.ac-adaptiveCard', { hasText });
  const onboardingCards = () => cards("Let's set up your training record");

  test('greets a newcomer with the welcome card, then the onboarding card', async () => {
    const { step, openChat, page, user } = s();
    await step('greeting', async () => {
      await openChat('Personal Chat');
      await onboardingCards().first().waitFor({ timeout: REPLY_TIMEOUT });
      expect(await onboardingCards().count()).toBe(1);
      expect(await onboardingCards().first().textContent()).toMatch(
        new RegExp(`^Let's set up your training record, ${user.givenName}`),
      );
      const texts = await page.locator('.ac-adaptiveCard').allTextContents();
      const welcome = texts.findIndex((text) => text.startsWith(`Welcome, ${user.givenName}`));
      const onboarding = texts.findIndex((text) => text.startsWith("Let's set up"));
      expect(welcome).toBeGreaterThanOrEqual(0);
      expect(onboarding).toBeGreaterThan(welcome);
    });
  }, 60_000);

  test('asks again, on a red band, for the organisation when "Not listed" is chosen and none typed', async () => {
    const { step, expectReply, screenshotOf } = s();
    await step('missing-organisation', async () => {
      const form = onboardingCards().last();
      await choose(form, 'Your role', 'Practitioner');
      await choose(form, 'Your organisation', 'Not listed (type it below)', 'Not listed');
      await choose(form, 'Service you work in', "Children's centres");
      const problem = cards('Type the name of your organisation').getByText(
        'Type the name of your organisation',
      );
      await expectReply(() => form.getByRole('button', { name: 'Save my details' }).click(), problem);
      // The answer replaces the form: still one, now with the problem above it and the choices kept.
      expect(await onboardingCards().count()).toBe(1);
      // Dark text on a reddish band (red text itself is too faint on Teams' dark theme).
      const { color, band } = await problem.evaluate((element) => {
        let shown: Element | null = element;
        while (shown && /rgba\(0, 0, 0, 0\)|transparent/.test(getComputedStyle(shown).backgroundColor))
          shown = shown.parentElement;
        return {
          color: getComputedStyle(element).color,
          band: shown ? getComputedStyle(shown).backgroundColor : '',
        };
      });
      const rgb = (css: string) => (css.match(/\d+/g) ?? []).slice(0, 3).map(Number);
      expect(Math.max(...rgb(color))).toBeLessThan(80);
      const [red, green, blue] = rgb(band);
      expect(red! - Math.max(green!, blue!)).toBeGreaterThan(40);
      expect(await field(onboardingCards().last(), 'Your role').inputValue()).toBe('Practitioner');
      await screenshotOf(onboardingCards().last(), 'onboarding-problem.png');
    });
  }, 60_000);

  test('saves the details filled in on the card, keeping the manager as a claim for the coordinator', async () => {
    const { step, expectReply, screenshotOf, bot, user } = s();
    await step('onboarded', async () => {
      const form = onboardingCards().last();
      // Choosing again after the problem works: the problem line sits below the inputs, so Agents Playground
      // 0.2.28 (which keeps each list's options by position) still offers the roles in the role list.
      await choose(form, 'Your role', 'Trainer');
      await choose(form, 'Your role', 'Practitioner');
      await choose(form, 'Your organisation', 'Not listed (type it below)', 'Not listed');
      await field(form, 'Organisation, if not listed').fill('Brightstart Playgroup');
      await choose(form, 'Service you work in', "Children's centres");
      await form.getByRole('radio', { name: 'Yes', exact: true }).check();
      await field(form, "Your line manager's email").fill(manager.email);
      await screenshotOf(form, 'onboarding.png');

      const thanks = cards(`Thanks, ${user.givenName}: your details are saved`);
      await expectReply(() => form.getByRole('button', { name: 'Save my details' }).click(), thanks);
      expect(await onboardingCards().count()).toBe(0);
      expect(await thanks.count()).toBe(1);
      expect(await thanks.textContent()).toContain(
        'coordinator will check your details and link you to your manager',
      );
      await screenshotOf(thanks, 'onboarded.png');

      expect(await bot.database.collections.people.findOne({ _id: user.aadObjectId })).toMatchObject({
        source: 'self-declared',
        audience: 'practitioner',
        organisation: 'Brightstart Playgroup',
        serviceGroup: 'childrens-centres',
        contactPointUser: true,
        declaredManagerEmail: manager.email,
      });
    });
  }, 60_000);

  test('shows the pathway, marked unverified, from the "My training" button', async () => {
    const { step, expectReply, newCard, screenshotOf } = s();
    await step('pathway-unverified', async () => {
      const card = await newCard('Your training pathway');
      await expectReply(
        () => cards('your details are saved').last().getByRole('button', { name: 'My training' }).click(),
        card,
      );
      expect(await card.textContent()).toContain('Unverified');
      expect(await card.textContent()).toContain('Brightstart Playgroup');
      await screenshotOf(card, 'pathway-unverified.png');
    });
  }, 60_000);
});
