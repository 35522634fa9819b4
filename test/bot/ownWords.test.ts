import { loadDemoData } from '../../scripts/demo/loadDemoData';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { cardProblems } from '../support/cardValidation';
import { personaUser } from '../support/people';
import { cardsIn, cardText, startTestBot, textsIn, type TestBot, type TestUser } from '../support/botHarness';

// Issue 12 §2, §3, §5 through the real adapter on the Northdale demo data: what people type, and what they get.

const catalogue = loadCatalogue();
const priya = personaUser('practitioner');
const mark = personaUser('manager');
const chloe = personaUser('coordinator');

/** Everything the bot said, cards and text, as one string. */
function said(replies: Awaited<ReturnType<TestBot['say']>>): string {
  for (const card of cardsIn(replies)) expect(cardProblems(card)).toEqual([]);
  return [...textsIn(replies), ...cardsIn(replies).map(cardText)].join('\n');
}

describe('questions in people’s own words', () => {
  let bot: TestBot;
  const ask = (user: TestUser, text: string) => bot.say(user, text).then(said);
  beforeAll(async () => {
    bot = await startTestBot('own_words');
    await loadDemoData(bot.database.collections, { catalogue });
    for (const user of [priya, mark, chloe]) await bot.say(user, 'hi');
  });
  afterAll(() => bot.stop());

  describe('a manager asking about named staff', () => {
    it.each([
      ["how's Liam getting on?", "Liam O'Connor's training"],
      ["where's Liam up to?", "Liam O'Connor's training"],
      ["show me Priya's training", "Priya Shah's training"],
      ['is Daniel ready for ContactPoint?', "Daniel Hughes's training"],
    ])('answers "%s" about that person', async (text, heading) => {
      const answer = await ask(mark, text);
      expect(answer).toContain(heading);
      // Never the manager's own pathway.
      expect(answer).not.toContain('Your training pathway');
    });

    it('refuses politely to show someone outside the team', async () => {
      const answer = await ask(mark, "how's Chloe getting on?");
      expect(answer).toMatch(/Chloe is not in your team/);
      expect(answer).not.toContain("Chloe Brown's training");
    });

    it('refuses a practitioner asking about a colleague, and does not answer about the asker instead', async () => {
      const answer = await ask(priya, "show me Liam's training");
      expect(answer).toMatch(/I can only show your own training/);
      expect(answer).not.toMatch(/Your training pathway|Liam O'Connor's training/);
    });

    it('answers "who is blocked?" with only those blocked, each with the reason', async () => {
      const answer = await ask(mark, 'who is blocked?');
      expect(answer).toContain('Your team: blocked for ContactPoint training');
      expect(answer).toMatch(/Daniel Hughes[\s\S]*Enhanced CRB check/);
      expect(answer).not.toContain("Liam O'Connor");
    });
  });

  describe('finding sessions', () => {
    it('takes "find me a care first session" as ContactPoint training on Care First', async () => {
      const answer = await ask(priya, 'find me a care first session');
      expect(answer).toContain('Sessions: CP ContactPoint training on Care First');
      expect(answer).toMatch(/places? left/);
    });

    it('understands "afternoons only" and says why nothing fits, with the next session and the coordinator', async () => {
      const answer = await ask(priya, 'any care first sessions in the afternoon?');
      expect(answer).toContain('Only in the afternoon.');
      expect(answer).toMatch(/No CP session with places is in the afternoon/);
      expect(answer).toMatch(/It does not fit: it is not in the afternoon/);
      expect(answer).toMatch(/Chloe Brown, the training coordinator/);
      // Priya is nominated, so she is not sent to her manager for that.
      expect(answer).not.toMatch(/ask your manager to nominate you/);
    });

    it('says there is no IS09 and offers the nearest real codes', async () => {
      const answer = await ask(priya, 'how long is IS09?');
      expect(answer).toMatch(/There is no IS09\. Did you mean IS05, IS04 or IS03\?/);
    });

    it('offers a self-study module its link instead of a search', async () => {
      const answer = await ask(priya, 'find a session for the information sharing e-learning');
      expect(answer).toMatch(/self-study[\s\S]*https:\/\//);
    });
  });

  describe('new phrasings', () => {
    it('answers both parts of "what\'s CAF02 and how long is it?"', async () => {
      const answer = await ask(priya, "what's CAF02 and how long is it?");
      expect(answer).toMatch(/CAF02/);
      expect(answer).toMatch(/takes \*\*5 hours/);
    });

    it('takes "what\'s stopping me from going on ContactPoint training?" as readiness', async () => {
      expect(await ask(priya, "what's stopping me from going on ContactPoint training?")).toContain(
        'Ready for ContactPoint training?',
      );
    });

    it('answers whether ContactPoint training is mandatory from the catalogue', async () => {
      expect(await ask(priya, 'is contactpoint training mandatory?')).toMatch(/\*\*Yes:\*\* CP is mandatory/);
    });

    it('answers where ContactPoint training is held from the coming sessions', async () => {
      expect(await ask(priya, 'where is contactpoint training held?')).toMatch(
        /sessions are held at: .*IT Suite/,
      );
    });

    it('takes a request to book as a session search, whose list carries the Book buttons', async () => {
      const answer = await ask(priya, 'book me on IS02 please');
      expect(answer).toContain('Sessions: IS02 Information Sharing in practice');
      expect(answer).not.toMatch(/I can't book/);
    });

    it('takes a request to cancel as a question about the asker’s bookings, whose list carries Cancel', async () => {
      expect(await ask(priya, "I can't make Monday, can I cancel my place?")).toContain('My bookings');
    });

    it('says "not yet" to a trainer asking to mark attendance', async () => {
      expect(await ask(personaUser('trainer'), 'can I mark attendance for this morning?')).toMatch(
        /I can't record attendance yet/,
      );
    });

    it('gives the fallback, not a confident wrong card, to a message that merely contains a domain word', async () => {
      const answer = await ask(priya, 'my team are going bowling on friday, want to come?');
      expect(answer).toMatch(/didn't catch that/);
    });
  });
});
