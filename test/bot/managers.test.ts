import { loadDemoData } from '../../scripts/demo/loadDemoData';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { cardProblems } from '../support/cardValidation';
import { personaUser, staffProfile } from '../support/people';
import { cardsIn, cardText, startTestBot, textsIn, type TestBot, type TestUser } from '../support/botHarness';

// Issue 12 §3: managers act on their own team from the team card: View a person, Confirm IT competence.

const catalogue = loadCatalogue();
const mark = personaUser('manager');
const priya = personaUser('practitioner');
const chloe = personaUser('coordinator');
const helen: TestUser = { aadObjectId: '22222222-2222-4222-8222-000000000006', name: 'Helen Carter' };
const liam: TestUser = { aadObjectId: '22222222-2222-4222-8222-000000000010', name: "Liam O'Connor" };

/** The buttons in the team card's block for this person. */
function buttonsFor(card: any, name: string): any[] {
  const block = card.body.find(
    (element: any) => element.type === 'Container' && cardText(element).includes(`**${name}**`),
  );
  return block ? block.items.find((item: any) => item.type === 'ActionSet').actions : [];
}

describe('a manager acting on their team from the team card', () => {
  let bot: TestBot;
  let team: any;
  beforeAll(async () => {
    bot = await startTestBot('managers');
    await loadDemoData(bot.database.collections, { catalogue });
    for (const user of [mark, priya, chloe, helen, liam]) await bot.say(user, 'hi');
    [team] = cardsIn(await bot.say(mark, 'how is my team doing'));
  });
  afterAll(() => bot.stop());

  it('offers View on everyone and Confirm IT competence only where the manager must confirm it', async () => {
    expect(cardProblems(team)).toEqual([]);
    expect(buttonsFor(team, 'Priya Shah').map((button) => button.title)).toEqual([
      'View',
      'Confirm IT competence',
    ]);
    expect(buttonsFor(team, "Liam O'Connor").map((button) => button.title)).toEqual(['View']);
    // Daniel's IT competence is already confirmed on the roster.
    expect(buttonsFor(team, 'Daniel Hughes').map((button) => button.title)).toEqual(['View']);
  });

  it('shows one person in place of the team card, with Back to team', async () => {
    const view = buttonsFor(team, 'Priya Shah').find((button) => button.title === 'View');
    const response = await bot.execute(mark, view.verb, view.data);
    const card = response.body.value;
    expect(cardProblems(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain("Priya Shah's training");
    expect(text).toMatch(/IT competence: Waiting for your manager/);
    expect(text).toMatch(/Your manager needs to confirm your IT competence/);
    const back = card.actions.find((action: any) => action.title === 'Back to team');
    expect(cardText((await bot.execute(mark, back.verb, back.data)).body.value)).toContain(
      "Your team's training",
    );
  });

  it('shows the places each member holds, as their own pathway does', async () => {
    // The demo seats Aisha on the nearly full Care First session (her first message: the welcome, then the answer).
    expect(cardText(team)).toMatch(
      /\*\*Aisha Khan\*\*.*\n.*required done · next: CAF02 · booked: CP \w{3} \d{1,2} \w{3} \d{4}\s/,
    );
    const own = cardsIn(
      await bot.say(
        { aadObjectId: '22222222-2222-4222-8222-000000000008', name: 'Aisha Khan' },
        'my training',
      ),
    ).at(-1);
    expect(cardText(own)).toMatch(/\*\*Booked\*\* · \*\*CP\*\*/);
  });

  it('refuses Confirm IT competence to anyone but the manager of record, and changes nothing', async () => {
    const confirm = buttonsFor(team, 'Priya Shah').find((button) => button.title === 'Confirm IT competence');
    for (const someone of [helen, chloe, priya, liam]) {
      const response = await bot.execute(someone, confirm.verb, confirm.data);
      expect(response.body.type).toBe('application/vnd.microsoft.activity.message');
      expect(response.body.value).toMatch(/line manager/);
    }
    expect((await bot.database.collections.people.findOne({ _id: priya.aadObjectId }))?.itCompetence).toBe(
      false,
    );
  });

  it('confirms IT competence: the card updates in place, Priya is told, her readiness changes, and a second press changes nothing', async () => {
    const confirm = buttonsFor(team, 'Priya Shah').find((button) => button.title === 'Confirm IT competence');

    const response = await bot.execute(mark, confirm.verb, confirm.data);

    const updated = response.body.value;
    expect(cardText(updated)).toMatch(/Confirmed Priya Shah's IT competence\. Priya has been told\./);
    expect(buttonsFor(updated, 'Priya Shah').map((button) => button.title)).toEqual(['View']);
    expect(textsIn(response.sent).join(' ')).toMatch(/Mark Evans has confirmed your IT competence/);
    const stored = await bot.database.collections.people.findOne({ _id: priya.aadObjectId });
    expect(stored).toMatchObject({ itCompetence: true, itCompetenceConfirmed: { by: mark.aadObjectId } });
    expect(stored?.audit?.at(-1)).toMatchObject({ action: 'it-competence-confirmed', by: mark.aadObjectId });

    const readiness = cardText(cardsIn(await bot.say(priya, 'am I ready for contactpoint training?'))[0]);
    expect(readiness).not.toMatch(/Your manager needs to confirm your IT competence/);

    const again = await bot.execute(mark, confirm.verb, confirm.data);
    expect(cardText(again.body.value)).toMatch(/already confirmed by Mark Evans on .+\. Nothing changed\./);
    expect(await bot.database.collections.people.findOne({ _id: priya.aadObjectId })).toEqual(stored);
  });

  it('lists only those blocked for ContactPoint training, each with the reason, from the blocked button', async () => {
    const response = await bot.execute(mark, 'ask', { intent: 'team_status', only: 'blocked' });
    const [card] = cardsIn(response.sent);
    const text = cardText(card);
    expect(text).toContain('Your team: blocked for ContactPoint training');
    expect(text).toMatch(/Daniel Hughes[\s\S]*Blocked\*\* for ContactPoint training by: Enhanced CRB check/);
    expect(text).not.toContain("Liam O'Connor");
    expect(card.actions.map((action: any) => action.title)).toContain('Whole team');
  });

  it('never shows a person outside the team, even with their id in the button data', async () => {
    const outsider = { aadObjectId: chloe.aadObjectId, offset: 0, blockedOnly: false };
    const response = await bot.execute(mark, 'team.member', outsider);
    expect(cardText(response.body.value)).toMatch(/That person is no longer in your team/);
    expect(cardText(response.body.value)).not.toContain("Chloe Brown's training");
  });

  it('answers each part of a team question in words: blocked, waiting to be confirmed, or the team', async () => {
    const firstLines = (sent: any[]) => cardsIn(sent).map((card) => cardText(card).split('\n')[0]);
    expect(firstLines(await bot.say(chloe, 'who in my team is blocked?'))).toEqual([
      'Your team: blocked for ContactPoint training',
    ]);
    expect(firstLines(await bot.say(chloe, 'who is waiting to be confirmed?'))).toEqual([
      'People waiting for their details to be confirmed',
    ]);
    expect(firstLines(await bot.say(chloe, 'how is my team doing'))).toEqual(["Your team's training"]);
    // A manager has no queue of people to confirm: the words show their team.
    expect(firstLines(await bot.say(mark, 'who is waiting to be confirmed?'))).toEqual([
      "Your team's training",
    ]);
  });

  it('tells a coordinator with nobody reporting to them that there is no team to show', async () => {
    const cora = { aadObjectId: '22222222-2222-4222-8222-00000000c0a1', name: 'Cora Lane' };
    await bot.database.collections.people.insertOne(
      staffProfile(cora.aadObjectId, { name: cora.name, permissions: ['coordinator'] }),
    );
    await bot.say(cora, 'hi');
    const replies = await bot.say(cora, 'who is blocked?');
    expect(cardsIn(replies)).toHaveLength(0);
    expect(textsIn(replies)).toEqual([expect.stringMatching(/Nobody reports to you on the roster/)]);
  });
});
