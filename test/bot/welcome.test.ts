import { loadDemoData } from '../../scripts/demo/loadDemoData';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { cardProblems } from '../support/cardValidation';
import { personaUser } from '../support/people';
import { cardsIn, cardText, startTestBot, textsIn, type TestBot } from '../support/botHarness';

// Issue 12 §1: the welcome promises only what works, with each role's buttons, and every button answers.

const catalogue = loadCatalogue();

/** Every Action.Execute on a card: its actions and those of ActionSets in its body. */
function buttonsOf(card: any): any[] {
  const inBody = (card.body as any[])
    .filter((element) => element.type === 'ActionSet')
    .flatMap((set) => set.actions);
  return [...(card.actions ?? []), ...inBody];
}

const EVERYONE = ['My training', 'Am I ready?', 'Find a session', 'My bookings', 'What is ContactPoint?'];
const MANAGER = ['My team', 'Approvals waiting', 'Nominate staff'];

describe('the welcome, as each persona', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot('welcome');
    await loadDemoData(bot.database.collections, { catalogue });
  });
  afterAll(() => bot.stop());

  it.each([
    ['practitioner', EVERYONE, []],
    ['manager', [...EVERYONE, ...MANAGER], ['For your team']],
    // Chloe coordinates and, as a senior manager, manages.
    [
      'coordinator',
      [...EVERYONE, ...MANAGER, 'Fill rates', 'Waiting to be confirmed', 'Manage sessions'],
      ['For your team', 'For training coordinators'],
    ],
    ['trainer', [...EVERYONE, 'Sessions I run'], ['For trainers']],
    ['newcomer', EVERYONE, []],
  ])('offers a %s exactly their buttons, and each one answers', async (key, titles, headings) => {
    const user = personaUser(key);
    await bot.say(user, 'hi');
    const [card] = cardsIn(await bot.say(user, 'help'));
    expect(cardProblems(card)).toEqual([]);
    const buttons = buttonsOf(card);
    expect(buttons.map((button) => button.title)).toEqual(titles);
    for (const title of headings) expect(cardText(card)).toContain(`**${title}**`);
    expect(cardText(card)).not.toMatch(
      /book a session|nominations waiting|announcements|mark attendance|remind/i,
    );

    for (const button of buttons) {
      const response = await bot.execute(user, button.verb, button.data);
      expect(response.status).toBe(200);
      const said = [
        String(response.body.value),
        ...textsIn(response.sent),
        ...cardsIn(response.sent).map(cardText),
      ].join('\n');
      expect(said).not.toMatch(/Sorry|isn't available any more|could not read that card/);
    }
  });

  // People type what they saw on a button: the words get the same answer as the press, and nothing more.
  it.each(['practitioner', 'manager', 'coordinator', 'trainer'])(
    "answers a %s typing a welcome button's words as the button does",
    async (key) => {
      const user = personaUser(key);
      await bot.say(user, 'hi');
      const buttons = buttonsOf(cardsIn(await bot.say(user, 'help'))[0]);
      const answers = (sent: any[]) => [
        ...cardsIn(sent).map((card) => cardText(card).split('\n')[0]),
        ...textsIn(sent),
      ];
      for (const button of buttons) {
        const pressed = await bot.execute(user, button.verb, button.data);
        // Nothing sent: the invoke's own answer is it, a card shown in place or a message.
        const inPlace = pressed.body.value;
        const pressedAnswers = answers(pressed.sent);
        const expected = pressedAnswers.length
          ? pressedAnswers
          : [typeof inPlace === 'object' ? cardText(inPlace).split('\n')[0] : String(inPlace)];
        const typed = answers(await bot.say(user, button.title));
        expect({ button: button.title, answers: typed }).toEqual({ button: button.title, answers: expected });
      }
    },
  );

  it('lists the sessions the trainer runs, with places taken', async () => {
    const tom = personaUser('trainer');
    const response = await bot.execute(tom, 'trainer.sessions', {});
    const text = cardText(cardsIn(response.sent)[0]);
    expect(text).toContain('Sessions you run');
    expect(text).toMatch(/CP ContactPoint training\*\* on Care First/);
    expect(text).toMatch(/12 of 14 places taken/);
  });

  it('answers "thanks" in one line, not with the welcome card', async () => {
    const priya = personaUser('practitioner');
    for (const text of ['thanks', 'ok', 'cheers']) {
      const replies = await bot.say(priya, text);
      expect(cardsIn(replies)).toHaveLength(0);
      expect(textsIn(replies)).toHaveLength(1);
    }
  });
});
