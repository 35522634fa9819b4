import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { loadDemoData } from '../../scripts/demo/loadDemoData';
import { cardsIn, cardText, startTestBot, type TestBot } from '../support/botHarness';
import { personaUser } from '../support/people';

// A person and their manager see the same progress: the team card counts the steps the pathway card lists.

describe('required training counted the same way for a person and their manager', () => {
  let bot: TestBot;
  const tom = personaUser('trainer');
  const chloe = personaUser('coordinator');
  beforeAll(async () => {
    bot = await startTestBot('pathway_counts');
    await loadDemoData(bot.database.collections, { catalogue: loadCatalogue() });
    for (const user of [tom, chloe]) await bot.say(user, 'hi');
  });
  afterAll(() => bot.stop());

  it("shows Tom's count on his pathway card and on his manager's team card alike", async () => {
    const own = cardText(cardsIn(await bot.say(tom, 'what training do I need?'))[0]);
    const [, done, total] = /\*\*(\d+) of (\d+)\*\* required done/.exec(own) ?? [];
    expect(`${done} of ${total}`).toBe('7 of 16');
    const team = cardsIn(await bot.say(chloe, 'how is my team doing'))
      .map(cardText)
      .find((text) => text.includes('Tom Wilson'));
    expect(team).toMatch(new RegExp(`Tom Wilson[^]*?${done} of ${total} required done`));
  });
});
