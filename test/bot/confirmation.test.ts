import { loadDemoData } from '../../scripts/demo/loadDemoData';
import { personaByKey } from '../../scripts/demo/personas';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { cardProblems } from '../support/cardValidation';
import { declarationCard, personaUser } from '../support/people';
import { cardsIn, cardText, startTestBot, textsIn, type TestBot, type TestUser } from '../support/botHarness';

// Issue 11 §3: coordinators confirm or reject self-declared people from the "waiting to be confirmed" card.

const catalogue = loadCatalogue();
const asUser = personaUser;
const chloe = asUser('coordinator');
const mark = asUser('manager');
const markEmail = personaByKey('manager')!.email;
const newcomer = (n: number, name: string): TestUser => ({
  aadObjectId: `55555555-5555-4555-8555-${String(n).padStart(12, '0')}`,
  name,
});

/** The buttons of the person's block on the waiting card. */
function buttonsFor(card: any, name: string): any[] {
  const block = card.body.find(
    (element: any) => element.type === 'Container' && cardText(element).includes(name),
  );
  return block ? block.items.find((item: any) => item.type === 'ActionSet').actions : [];
}

describe('confirming and rejecting self-declared people from cards', () => {
  let bot: TestBot;

  async function declare(user: TestUser, extra: Record<string, unknown> = {}) {
    await bot.say(user, 'hi');
    const response = await bot.execute(user, 'profile.declare', declarationCard(extra));
    expect(response.status).toBe(200);
  }

  async function waitingCard(): Promise<any> {
    const cards = cardsIn(await bot.say(chloe, 'who is waiting to be confirmed?'));
    const card = cards.find((candidate) => cardText(candidate).includes('waiting for their details'));
    expect(cardProblems(card)).toEqual([]);
    return card;
  }

  beforeAll(async () => {
    bot = await startTestBot('confirmation');
    await loadDemoData(bot.database.collections, { catalogue });
    await bot.say(chloe, 'hi');
    await bot.say(mark, 'hi');
  });
  afterAll(() => bot.stop());

  it('confirms a person as declared: the card updates in place, the claimed manager becomes the manager of record, and the person is told', async () => {
    const sam = newcomer(1, 'Sam Okafor');
    await declare(sam, { managerEmail: markEmail.toUpperCase() });
    const confirm = buttonsFor(await waitingCard(), 'Sam Okafor').find(
      (button) => button.title === 'Confirm',
    );

    const response = await bot.execute(chloe, confirm.verb, confirm.data);

    expect(response.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const updated = cardText(response.body.value);
    expect(updated).toMatch(
      /Confirmed Sam Okafor: Practitioner at Brightstart Playgroup, line manager Mark Evans/,
    );
    // Brightstart Playgroup is not among the demo organisations: confirming adds it, not accredited.
    expect(updated).toMatch(/Brightstart Playgroup was added to the organisations \(not accredited\)/);
    expect(
      await bot.database.collections.organisations.findOne({ _id: 'brightstart playgroup' }),
    ).toMatchObject({ name: 'Brightstart Playgroup', accredited: false });
    expect(updated).not.toMatch(/\*\*Sam Okafor\*\*/);
    const stored = await bot.database.collections.people.findOne({ _id: sam.aadObjectId });
    expect(stored).toMatchObject({
      source: 'roster',
      managerAadObjectId: mark.aadObjectId,
      confirmed: { by: chloe.aadObjectId, byName: 'Chloe Brown' },
    });
    expect(stored?.declaredManagerEmail).toBeUndefined();
    expect(stored?.audit?.map((entry) => entry.action)).toEqual(['declared', 'confirmed']);
    // Told in their own chat, through the connector.
    expect(textsIn(response.sent).join(' ')).toMatch(/Chloe Brown has confirmed your details/);
    // And now Mark's team has Sam.
    const team = cardsIn(await bot.say(mark, 'how is my team doing'));
    expect(cardText(team[0])).toContain('Sam Okafor');
  });

  it('shows the current state and changes nothing when Confirm is pressed a second time', async () => {
    const ada = newcomer(2, 'Ada Twice');
    await declare(ada);
    const confirm = buttonsFor(await waitingCard(), 'Ada Twice').find((button) => button.title === 'Confirm');
    await bot.execute(chloe, confirm.verb, confirm.data);
    const before = await bot.database.collections.people.findOne({ _id: ada.aadObjectId });

    const again = await bot.execute(chloe, confirm.verb, confirm.data);

    expect(cardText(again.body.value)).toMatch(
      /Ada Twice was already confirmed by Chloe Brown on .+\. Nothing changed/,
    );
    expect(await bot.database.collections.people.findOne({ _id: ada.aadObjectId })).toEqual(before);
  });

  it('lets exactly one of two simultaneous decisions win', async () => {
    const bo = newcomer(3, 'Bo Race');
    await declare(bo);
    const buttons = buttonsFor(await waitingCard(), 'Bo Race');
    const confirm = buttons.find((button) => button.title === 'Confirm');
    const reject = buttons.find((button) => button.title === 'Reject');

    const outcomes = await Promise.all([
      bot.execute(chloe, confirm.verb, confirm.data),
      bot.execute(chloe, reject.verb, reject.data),
      bot.execute(chloe, confirm.verb, confirm.data),
    ]);

    const stored = await bot.database.collections.people.findOne({ _id: bo.aadObjectId });
    const decisions = stored!.audit!.filter((entry) => entry.action !== 'declared');
    expect(decisions).toHaveLength(1);
    // The card's notice (under its heading) says who won; the others say nothing changed.
    const notices = outcomes.map((outcome) => outcome.body.value.body[1].items[0].text as string);
    expect(notices.filter((notice) => /^(Confirmed|Rejected) /.test(notice))).toHaveLength(1);
    expect(notices.filter((notice) => /Nothing changed/.test(notice))).toHaveLength(2);
  });

  it('does not confirm a person who changed their details after the card was shown', async () => {
    const cy = newcomer(4, 'Cy Changer');
    await declare(cy);
    const confirm = buttonsFor(await waitingCard(), 'Cy Changer').find(
      (button) => button.title === 'Confirm',
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    await declare(cy, { audience: 'trainer' });

    const response = await bot.execute(chloe, confirm.verb, confirm.data);

    expect(cardText(response.body.value)).toMatch(
      /Cy Changer changed their details after this card was shown/,
    );
    expect(await bot.database.collections.people.findOne({ _id: cy.aadObjectId })).toMatchObject({
      source: 'self-declared',
      audience: 'trainer',
    });
  });

  it('rejects a person: they leave the queue, keep no role, and are told whom to contact', async () => {
    const dee = newcomer(5, 'Dee Clined');
    await declare(dee, { audience: 'senior-manager' });
    const reject = buttonsFor(await waitingCard(), 'Dee Clined').find((button) => button.title === 'Reject');

    const response = await bot.execute(chloe, reject.verb, reject.data);

    expect(cardText(response.body.value)).toMatch(/Rejected Dee Clined's details/);
    expect(cardText(response.body.value)).not.toMatch(/\*\*Dee Clined\*\*/);
    expect(await bot.database.collections.people.findOne({ _id: dee.aadObjectId })).toMatchObject({
      source: 'self-declared',
      rejected: { by: chloe.aadObjectId },
    });
    expect(textsIn(response.sent).join(' ')).toMatch(/could not confirm the details you entered/);
    // And the next welcome says so too, with no manager menu.
    const welcome = cardText(cardsIn(await bot.say(dee, 'help'))[0]);
    expect(welcome).toMatch(/could not confirm the details you entered/);
    expect(welcome).not.toMatch(/team's training/);
  });

  it('corrects role, organisation and manager on the form before confirming', async () => {
    const eve = newcomer(6, 'Eve Corrected');
    await declare(eve, { managerEmail: 'nobody@nowhere.example' });
    const correct = buttonsFor(await waitingCard(), 'Eve Corrected').find(
      (button) => button.title === 'Correct details',
    );
    const form = await bot.execute(chloe, correct.verb, correct.data);
    expect(cardProblems(form.body.value)).toEqual([]);
    const confirm = form.body.value.actions.find((action: any) => action.title === 'Confirm');

    // A manager who is not on the roster brings the form back with the problem, and nothing is written.
    const wrong = await bot.execute(chloe, confirm.verb, {
      ...confirm.data,
      audience: 'is-officer',
      organisation: "Northdale Children's Services",
      serviceGroup: 'social-care',
      managerEmail: 'nobody@nowhere.example',
    });
    expect(cardText(wrong.body.value)).toMatch(/No one on the roster has the email nobody@nowhere\.example/);
    expect((await bot.database.collections.people.findOne({ _id: eve.aadObjectId }))?.source).toBe(
      'self-declared',
    );

    const right = await bot.execute(chloe, confirm.verb, {
      ...confirm.data,
      audience: 'is-officer',
      organisation: "Northdale Children's Services",
      serviceGroup: 'social-care',
      managerEmail: markEmail,
    });
    expect(cardText(right.body.value)).toMatch(/Confirmed Eve Corrected: Information Sharing officer/);
    const stored = await bot.database.collections.people.findOne({ _id: eve.aadObjectId });
    expect(stored).toMatchObject({
      source: 'roster',
      audience: 'is-officer',
      organisation: "Northdale Children's Services",
      serviceGroup: 'social-care',
      accessRoute: 'care-first',
      managerAadObjectId: mark.aadObjectId,
    });
    expect(stored?.audit?.at(-1)?.note).toMatch(/role: Practitioner → Information Sharing officer/);
  });

  it('refuses a manager who reports to the person being confirmed', async () => {
    const boss = newcomer(7, 'Boss Loop');
    await declare(boss);
    // The roster already says Mark reports to this person (an import may name anyone in the records).
    await bot.database.collections.people.updateOne(
      { _id: mark.aadObjectId },
      { $set: { managerAadObjectId: boss.aadObjectId } },
    );
    try {
      const correct = buttonsFor(await waitingCard(), 'Boss Loop').find(
        (button) => button.title === 'Correct details',
      );
      const form = await bot.execute(chloe, correct.verb, correct.data);
      const confirm = form.body.value.actions.find((action: any) => action.title === 'Confirm');
      const response = await bot.execute(chloe, confirm.verb, {
        ...confirm.data,
        audience: 'operational-manager',
        organisation: 'Brightstart Playgroup',
        serviceGroup: 'childrens-centres',
        managerEmail: markEmail,
      });
      expect(cardText(response.body.value)).toMatch(/Mark Evans reports to Boss Loop/);
      expect((await bot.database.collections.people.findOne({ _id: boss.aadObjectId }))?.source).toBe(
        'self-declared',
      );
    } finally {
      await bot.database.collections.people.updateOne(
        { _id: mark.aadObjectId },
        { $set: { managerAadObjectId: '22222222-2222-4222-8222-000000000006' } },
      );
    }
  });

  it('refuses everyone but a coordinator and leaves the card as it is', async () => {
    const fay = newcomer(8, 'Fay Waiting');
    await declare(fay);
    const confirm = buttonsFor(await waitingCard(), 'Fay Waiting').find(
      (button) => button.title === 'Confirm',
    );

    for (const someone of [mark, asUser('practitioner'), asUser('trainer'), fay]) {
      const response = await bot.execute(someone, confirm.verb, confirm.data);
      expect(response.body.type).toBe('application/vnd.microsoft.activity.message');
      expect(response.body.value).toMatch(/Only training coordinators can confirm or reject people/);
    }
    expect((await bot.database.collections.people.findOne({ _id: fay.aadObjectId }))?.source).toBe(
      'self-declared',
    );
  });

  it('pages through a long queue, saying how many are waiting', async () => {
    for (let n = 20; n < 34; n += 1) await declare(newcomer(n, `Queue Person ${n}`));
    const card = await waitingCard();
    const total = await bot.database.collections.people.countDocuments({
      source: 'self-declared',
      rejected: { $exists: false },
    });
    expect(cardText(card)).toContain(`Showing 1-10 of ${total} people`);
    const next = card.actions.find((action: any) => action.title.startsWith('Next'));

    const page = await bot.execute(chloe, next.verb, next.data);

    expect(cardText(page.body.value)).toContain(`Showing 11-${Math.min(20, total)} of ${total} people`);
  });
});
