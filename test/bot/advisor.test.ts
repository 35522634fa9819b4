import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { loadDemoData } from '../../scripts/demo/loadDemoData';
import { personaByKey } from '../../scripts/demo/personas';
import { cardProblems } from '../support/cardValidation';
import { cardsIn, cardText, startTestBot, textsIn, type TestBot, type TestUser } from '../support/botHarness';

// The practitioner advisor (issue 3) through the real HTTP endpoint, on the Northdale demo roster.

const asUser = (key: string): TestUser => {
  const persona = personaByKey(key as never)!;
  return { aadObjectId: persona.aadObjectId, name: `${persona.givenName} ${persona.surname}` };
};
const staff = (n: number, name: string): TestUser => ({
  aadObjectId: `22222222-2222-4222-8222-${String(n).padStart(12, '0')}`,
  name,
});
const priya = asUser('practitioner');
const mark = asUser('manager');
const chloe = asUser('coordinator');
const tom = asUser('trainer');
const helen = staff(6, 'Helen Carter');
const daniel = staff(7, 'Daniel Hughes');
const rebecca = staff(9, 'Rebecca Lewis');
const liam = staff(10, "Liam O'Connor");
const owen = staff(19, 'Owen Davies');

/** The one card among the replies, checked to parse cleanly in the official adaptivecards library. */
function onlyCard(replies: Awaited<ReturnType<TestBot['say']>>): any {
  const cards = cardsIn(replies);
  expect(cards).toHaveLength(1);
  expect(cardProblems(cards[0])).toEqual([]);
  return cards[0];
}

/** The text of one container of the pathway card ("To do", "Done", "Optional"). */
function section(card: any, title: string): string {
  const container = card.body.find(
    (element: any) => element.type === 'Container' && element.items[0]?.text === title,
  );
  return container ? cardText(container) : '';
}

describe('the practitioner advisor in chat', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot('advisor');
    const loaded = await loadDemoData(bot.database.collections, { catalogue: loadCatalogue() });
    expect(loaded.results.every((result) => result.ok)).toBe(true);
    // Everyone has installed the app already (first contact brings the welcome card).
    for (const user of [priya, mark, chloe, tom, helen, daniel, rebecca, liam, owen])
      await bot.say(user, 'hi');
  });
  afterAll(() => bot.stop());

  // Domain brief §4, Appendix 1: the Integrated Working, IS, CAF and LP columns of each audience's row.
  it.each([
    ['practitioner', priya, ['IW01', 'IS01', 'IS02', 'CAF01', 'CAF02', 'LP01', 'LP02']],
    [
      'trainer',
      tom,
      [
        'IW01',
        'IW02',
        'IW05',
        'IS01',
        'IS02',
        'IS03',
        'IS05',
        'CAF01',
        'CAF02',
        'CAF03',
        'LP01',
        'LP02',
        'LP03',
      ],
    ],
    ['operational manager', mark, ['IW01', 'IW03', 'IS01', 'IS02', 'IS03', 'CAF01', 'CAF02', 'LP01', 'LP02']],
    ['senior manager', helen, ['IW01', 'IW02', 'IW04']],
    ['IS officer', owen, ['IW01', 'IS01', 'IS02', 'IS03', 'CAF01', 'CAF02', 'LP01', 'LP02']],
    ['admin staff', rebecca, ['IW01', 'IW02', 'IS04']],
  ])(
    'answers "what training do I need?" for a %s with their route and what they have done',
    async (_, user, codes) => {
      const card = onlyCard(await bot.say(user, 'what training do I need?'));
      const text = cardText(card);
      for (const code of codes) expect(text).toMatch(new RegExp(`\\*\\*${code}\\*\\*|includes .*${code}`));

      const profile = await bot.database.collections.people.findOne({ _id: user.aadObjectId });
      const done = section(card, 'Done');
      const onRoute = profile!.completed.filter((completion) => text.includes(`**${completion.code}**`));
      expect(onRoute.length).toBeGreaterThan(0);
      for (const completion of onRoute) expect(done).toContain(`**${completion.code}**`);
    },
  );

  it('answers "how long is IS02?" with 5 hours in two parts', async () => {
    const card = onlyCard(await bot.say(priya, 'how long is IS02?'));
    expect(card.body[1].text).toContain('5 hours (2 x 2.5 hours)');
  });

  it('answers "what do I need before IS03?" with IS01 and IS02', async () => {
    const card = onlyCard(await bot.say(priya, 'what do I need before IS03?'));
    expect(card.body[1].text).toMatch(/IS01 and IS02/);
  });

  it('understands loose module codes and typos ("hw long is caf2")', async () => {
    const card = onlyCard(await bot.say(priya, 'hw long is caf2'));
    expect(card.body[0].text).toContain('CAF02');
  });

  it('tells a practitioner whose eCRB is 3.4 years old that it has expired, and who renews it', async () => {
    const card = onlyCard(await bot.say(daniel, 'am I ready for contactpoint training?'));
    const ecrb = card.body.find(
      (element: any) => element.type === 'Container' && /CRB/i.test(cardText(element)),
    );
    expect(cardText(ecrb)).toMatch(/Expired/);
    expect(cardText(ecrb)).toMatch(/To do \(HR\)/);
    expect(cardText(card)).toMatch(/Not yet/);
  });

  it('points someone with no Information Sharing training to the e-learning module', async () => {
    const catalogue = loadCatalogue();
    const eLearning = catalogue.courses.find((course) => course.code === 'IS-EL')!;
    const card = onlyCard(await bot.say(liam, 'am i ready 4 contact point'));
    const sharing = card.body.find(
      (element: any) => element.type === 'Container' && /Information Sharing/i.test(cardText(element)),
    );
    expect(cardText(sharing)).toMatch(/Missing/);
    expect(card.actions).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'Action.OpenUrl', url: eLearning.link })]),
    );
  });

  it('lists ContactPoint sessions only for the person’s own case management system', async () => {
    const card = onlyCard(await bot.say(priya, 'find me a contactpoint session'));
    expect(card.body[0].text).toContain('Care First');
    const checks = card.body
      .filter((element: any) => element.type === 'Container')
      .flatMap((element: any) => element.items.filter((item: any) => item.type === 'ActionSet'))
      .map((set: any) => set.actions[0].data.sessionId);
    expect(checks.length).toBeGreaterThan(0);
    for (const id of checks) expect(id).toMatch(/^demo-cp-care-first-/);
  });

  it('checks readiness against a chosen session’s date from a button', async () => {
    const click = await bot.execute(priya, 'ask', { intent: 'readiness', sessionId: 'demo-cp-care-first-2' });
    expect(click.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(cardText(onlyCard(click.sent))).toMatch(/Checked against your session/);
  });

  it('says so when a button names a session that no longer exists', async () => {
    const click = await bot.execute(priya, 'ask', { intent: 'readiness', sessionId: 'gone' });
    expect(textsIn(click.sent).join(' ')).toMatch(/can't find that session/);
  });

  it('answers every welcome card button', async () => {
    const welcome = cardsIn(await bot.say(priya, 'help'))[0];
    for (const button of welcome.actions) {
      const click = await bot.execute(priya, button.verb, button.data);
      expect(click.status).toBe(200);
      expect(click.sent.length).toBeGreaterThan(0);
      expect(textsIn(click.sent).join(' ')).not.toMatch(/Sorry/);
    }
  });

  it('refuses a malformed button value with a friendly message and answers nothing', async () => {
    const click = await bot.execute(priya, 'ask', { intent: 'drop tables' });
    expect(click.body.value).toMatch(/could not read that card/);
    expect(click.sent).toHaveLength(0);
  });

  it('tells people what to bring to ContactPoint training', async () => {
    const replies = await bot.say(priya, 'what do i need to bring to contactpoint training');
    expect(textsIn(replies).join(' ')).toMatch(/Photo ID/);
  });

  it('shows fill rates to coordinators only', async () => {
    expect(cardText(onlyCard(await bot.say(chloe, 'how full are the sessions?')))).toMatch(/places taken/);
    expect(textsIn(await bot.say(priya, 'how full are the sessions?')).join(' ')).toMatch(
      /for training coordinators/,
    );
  });

  it('shows a manager which of their team are blocked for ContactPoint training', async () => {
    const text = cardText(onlyCard(await bot.say(mark, 'which of my team still need training?')));
    expect(text).toContain('Daniel Hughes');
    expect(text).toMatch(/Blocked\*\* for ContactPoint training by: .*CRB/);
  });

  it('suggests questions when it does not understand', async () => {
    const text = textsIn(await bot.say(priya, 'the weather is nice today')).join(' ');
    expect(text).toMatch(/didn't catch that.*You could ask/s);
  });
});

describe('onboarding someone who is not on the roster', () => {
  let bot: TestBot;
  const sam = asUser('newcomer');
  beforeAll(async () => {
    bot = await startTestBot('onboarding');
    await loadDemoData(bot.database.collections, { catalogue: loadCatalogue() });
  });
  afterAll(() => bot.stop());

  it('shows the onboarding card once when a newcomer’s first message is a question', async () => {
    const lee = { aadObjectId: '33333333-3333-4333-8333-000000000001', name: 'Lee Newman' };
    const replies = await bot.say(lee, 'what training do I need?');
    const forms = cardsIn(replies).filter((card) => cardText(card).includes('Save my details'));
    expect(forms).toHaveLength(1);
  });

  it('asks for role, organisation and service group on one card instead of failing', async () => {
    await bot.say(sam, 'hi');
    const replies = await bot.say(sam, 'what training do I need?');
    const cards = cardsIn(replies);
    expect(cards).toHaveLength(1);
    expect(cardProblems(cards[0])).toEqual([]);
    const inputs = cards[0].body
      .filter((element: any) => element.type?.startsWith('Input.'))
      .map((i: any) => i.id);
    expect(inputs).toEqual(expect.arrayContaining(['audience', 'organisation', 'serviceGroup']));
    expect(cards[0].actions[0]).toMatchObject({
      type: 'Action.Execute',
      verb: 'profile.declare',
      title: 'Save my details',
    });
  });

  it('rejects bad card data with a friendly message and stores nothing', async () => {
    const response = await bot.execute(sam, 'profile.declare', {
      audience: 'wizard',
      organisation: 'x',
      serviceGroup: 'health',
    });
    expect(response.body.value).toMatch(/could not read that card/);
    const missingName = await bot.execute(sam, 'profile.declare', {
      audience: 'practitioner',
      organisation: 'other',
      organisationOther: '   ',
      serviceGroup: 'health',
      contactPointUser: 'yes',
    });
    expect(missingName.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(missingName.body.value)).toMatch(/Type the name of your organisation/);
    expect(await bot.database.collections.people.countDocuments({ _id: sam.aadObjectId })).toBe(0);
  });

  it('stores the details as self-declared and unverified, keeping the named manager as a claim for the coordinator', async () => {
    const response = await bot.execute(sam, 'profile.declare', {
      audience: 'practitioner',
      organisation: 'other',
      organisationOther: 'Brightstart Playgroup',
      serviceGroup: 'childrens-centres',
      contactPointUser: 'yes',
      managerEmail: personaByKey('manager')!.email.toUpperCase(),
    });
    expect(cardText(response.body.value)).toMatch(/details are saved.*coordinator will check/s);
    const stored = await bot.database.collections.people.findOne({ _id: sam.aadObjectId });
    expect(stored).toMatchObject({
      source: 'self-declared',
      accessRoute: 'e-start',
      declaredManagerEmail: personaByKey('manager')!.email,
      contactPointUser: true,
    });
    expect(stored?.managerAadObjectId).toBeUndefined();

    expect(cardText(onlyCard(await bot.say(sam, 'my training')))).toMatch(/Unverified/);
    await bot.say(mark, 'hi');
    // A claim is not a line report: Mark's team is his reports of record only.
    const team = cardText(onlyCard(await bot.say(mark, 'how is my team doing')));
    expect(team).not.toContain('Sam Okafor');

    await bot.say(chloe, 'hi');
    // Chloe coordinates: the people waiting to be confirmed, with the manager they named.
    const [card] = cardsIn(await bot.say(chloe, 'who is waiting to be confirmed?'));
    const waiting = cardText(card);
    expect(waiting).toMatch(/waiting for their details to be confirmed[\s\S]*Sam Okafor/);
    expect(waiting).toMatch(/Mark Evans \(mark\.evans@northdale\.example\.gov\.uk\): confirming links them/);
  });

  it('answers odd card data with the friendly message, not an apology', async () => {
    for (const data of [['x'], 'text', 42]) {
      const response = await bot.execute(priya, 'ask', data as never);
      expect(response.body.value).toMatch(/could not read that card/);
    }
  });

  it('never lets a card overwrite a roster record', async () => {
    const before = await bot.database.collections.people.findOne({ _id: priya.aadObjectId });
    const response = await bot.execute(priya, 'profile.declare', {
      audience: 'trainer',
      organisation: 'other',
      organisationOther: 'Elsewhere',
      serviceGroup: 'health',
      contactPointUser: 'no',
    });
    expect(cardText(response.body.value)).toMatch(/already on the roster/);
    expect(await bot.database.collections.people.findOne({ _id: priya.aadObjectId })).toEqual(before);
  });
});
