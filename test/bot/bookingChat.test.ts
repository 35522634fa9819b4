import { loadDemoData } from '../../scripts/demo/loadDemoData';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { cardProblems } from '../support/cardValidation';
import { personaUser } from '../support/people';
import { cardsIn, cardText, startTestBot, textsIn, type TestBot } from '../support/botHarness';

// Issue 13: the booking features reached by typing, as each persona would ask.

const catalogue = loadCatalogue();
const priya = personaUser('practitioner');
const mark = personaUser('manager');
const chloe = personaUser('coordinator');
const LIAM = '22222222-2222-4222-8222-000000000010';

describe('booking, asked for in words', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot('booking_chat');
    await loadDemoData(bot.database.collections, { catalogue });
    for (const user of [priya, mark, chloe]) await bot.say(user, 'hi');
  });
  afterAll(() => bot.stop());

  it('answers "book me on IS02" with the IS02 dates and a Book button', async () => {
    const [card] = cardsIn(await bot.say(priya, 'book me on IS02 please'));
    expect(cardProblems(card)).toEqual([]);
    expect(cardText(card)).toContain('Sessions: IS02');
    expect(JSON.stringify(card)).toContain('"verb":"booking.book"');
  });

  it('answers "cancel my booking" with my bookings', async () => {
    const [card] = cardsIn(await bot.say(priya, 'cancel my booking'));
    expect(cardText(card)).toContain('My bookings');
  });

  it('gives a manager the nomination form with the person named already ticked', async () => {
    const [card] = cardsIn(await bot.say(mark, 'nominate Liam for contactpoint training'));
    expect(cardProblems(card)).toEqual([]);
    expect(cardText(card)).toContain('Nominate staff for training');
    const who = card.body.find((element: any) => element.id === 'people');
    expect(who.value).toBe(LIAM);
  });

  it('refuses the nomination form to a practitioner', async () => {
    expect(textsIn(await bot.say(priya, 'nominate Liam for contactpoint training')).join(' ')).toMatch(
      /Nominating staff is for line managers/,
    );
  });

  it("shows a manager the places waiting for their approval (Aisha's, from the demo)", async () => {
    const cards = cardsIn(await bot.say(mark, 'any bookings waiting for my approval?'));
    expect(cards.map(cardText)).toEqual([
      expect.stringMatching(/Training place to approve[\s\S]*Aisha Khan/),
    ]);
  });

  it('shows a coordinator the sessions to manage, and refuses anyone else', async () => {
    const [card] = cardsIn(await bot.say(chloe, 'publish a new session'));
    expect(cardText(card)).toContain('Coming sessions');
    expect(textsIn(await bot.say(priya, 'publish a new session')).join(' ')).toMatch(
      /Managing sessions is for training coordinators/,
    );
  });
});
