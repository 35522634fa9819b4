import { loadDemoData } from '../../scripts/demo/loadDemoData';
import { personaByKey } from '../../scripts/demo/personas';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { importCsv } from '../../services/imports/importCsv';
import { grantPermission } from '../../services/people/permissions';
import { confirmSelfDeclared } from '../../services/people/reviewSelfDeclared';
import { declarationCard, personaUser } from '../support/people';
import { cardsIn, cardText, startTestBot, textsIn, type TestBot, type TestUser } from '../support/botHarness';

// Issue 11 §2 and §3: no power by self-declaration, and no data lost when an old onboarding card comes back.

const catalogue = loadCatalogue();
const asUser = personaUser;
const priya = asUser('practitioner');
const newcomer = (n: number, name: string): TestUser => ({
  aadObjectId: `44444444-4444-4444-8444-${String(n).padStart(12, '0')}`,
  name,
});

function without(document: object | null, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(document ?? {}).filter(([key]) => !keys.includes(key)));
}

const declaration = declarationCard;

describe('no power by self-declaration', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot('self_declaration');
    await loadDemoData(bot.database.collections, { catalogue });
  });
  afterAll(() => bot.stop());

  it('gives someone who declares "senior manager" no manager menu and no team view', async () => {
    const stranger = newcomer(1, 'Stella Ranger');
    await bot.say(stranger, 'hi');
    await bot.execute(stranger, 'profile.declare', declaration({ audience: 'senior-manager' }));

    const welcome = cardText(cardsIn(await bot.say(stranger, 'help'))[0]);
    expect(welcome).not.toMatch(/team's training/);
    const team = await bot.say(stranger, 'how is my team doing');
    expect(cardsIn(team)).toHaveLength(0);
    expect(textsIn(team).join(' ')).toMatch(/for line managers and training coordinators/);
  });

  it('gives someone who declares "trainer" no trainer menu', async () => {
    const stranger = newcomer(2, 'Trina Iner');
    await bot.say(stranger, 'hi');
    await bot.execute(stranger, 'profile.declare', declaration({ audience: 'trainer' }));

    // The same welcome as a practitioner on the roster gets, but for the name and the unverified note.
    const welcome = cardsIn(await bot.say(stranger, 'help'))[0];
    const practitioners = cardsIn(await bot.say(asUser('practitioner'), 'help'))[0];
    expect(welcome.actions).toEqual(practitioners.actions);
    expect(welcome.body[1]).toEqual(practitioners.body[1]);
  });

  it('never makes the practitioner a stranger names as their manager into a manager', async () => {
    const stranger = newcomer(3, 'Claire Mant');
    await bot.say(stranger, 'hi');
    await bot.execute(
      stranger,
      'profile.declare',
      declaration({ managerEmail: personaByKey('practitioner')!.email }),
    );

    const stored = await bot.database.collections.people.findOne({ _id: stranger.aadObjectId });
    expect(stored?.managerAadObjectId).toBeUndefined();
    const welcome = cardText(cardsIn(await bot.say(priya, 'help'))[0]);
    expect(welcome).not.toMatch(/team's training/);
    const team = await bot.say(priya, 'how is my team doing');
    expect(cardsIn(team)).toHaveLength(0);
    expect(textsIn(team).join(' ')).toMatch(/for line managers and training coordinators/);
  });

  it('refuses to grant a permission to someone nobody has confirmed', async () => {
    const stranger = newcomer(4, 'Percy Mission');
    await bot.say(stranger, 'hi');
    await bot.execute(stranger, 'profile.declare', declaration());
    const before = await bot.database.collections.people.findOne({ _id: stranger.aadObjectId });

    const result = await grantPermission(bot.database.collections, stranger.aadObjectId, 'coordinator');
    expect(result).toMatchObject({ ok: false, reason: 'not_of_record' });
    expect(await bot.database.collections.people.findOne({ _id: stranger.aadObjectId })).toEqual(before);
  });
});

describe('an old onboarding card that comes back loses nothing', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot('old_onboarding_card');
    await loadDemoData(bot.database.collections, { catalogue });
  });
  afterAll(() => bot.stop());

  it('changes only the declared fields of a self-declared profile, keeping what others recorded', async () => {
    const sam = newcomer(10, 'Sam Keeper');
    await bot.say(sam, 'hi');
    await bot.execute(sam, 'profile.declare', declaration());
    // As the coordinator, a manager and a trainer would record them.
    await bot.database.collections.people.updateOne(
      { _id: sam.aadObjectId },
      {
        $set: {
          itCompetence: true,
          identityChecked: true,
          ecrbIssued: '2025-06-01',
          completed: [{ code: 'IW01', date: '2026-01-10' }],
        },
      },
    );
    const before = await bot.database.collections.people.findOne({ _id: sam.aadObjectId });

    await bot.execute(
      sam,
      'profile.declare',
      declaration({ audience: 'is-officer', contactPointUser: 'no' }),
    );

    const after = await bot.database.collections.people.findOne({ _id: sam.aadObjectId });
    expect(after).toMatchObject({ audience: 'is-officer', contactPointUser: false });
    expect(after!.audit).toHaveLength(2);
    expect(after!.declaredAt!.getTime()).toBeGreaterThanOrEqual(before!.declaredAt!.getTime());
    // Everything else, including what others recorded, is exactly as it was.
    const declaredOrStamped = ['audience', 'contactPointUser', 'declaredAt', 'updatedAt', 'audit'];
    expect(without(after, declaredOrStamped)).toEqual(without(before, declaredOrStamped));
  });

  it('leaves a profile untouched when an old card comes back after a roster import', async () => {
    const lee = newcomer(11, 'Lee Roster');
    await bot.say(lee, 'hi');
    const oldCard = declaration({ audience: 'trainer' });
    await bot.execute(lee, 'profile.declare', oldCard);
    const roster =
      'aadObjectId,name,email,audience,organisation,serviceGroup,managerAadObjectId,itCompetence,permissions,completed\n' +
      `${lee.aadObjectId},Lee Roster,lee.roster@northdale.example.gov.uk,practitioner,Northdale Children's Services,social-care,${personaByKey('manager')!.aadObjectId},yes,trainer,IW01@2026-02-01\n`;
    const imported = await importCsv(bot.database.collections, 'roster', roster, {
      catalogue,
    });
    expect(imported.ok).toBe(true);
    const before = await bot.database.collections.people.findOne({ _id: lee.aadObjectId });

    const response = await bot.execute(lee, 'profile.declare', oldCard);

    expect(cardText(response.body.value)).toMatch(/already on the roster/);
    expect(await bot.database.collections.people.findOne({ _id: lee.aadObjectId })).toEqual(before);
  });

  it('leaves a profile untouched when an old card comes back after confirmation and a grant', async () => {
    const kim = newcomer(12, 'Kim Granted');
    await bot.say(kim, 'hi');
    const oldCard = declaration({ audience: 'senior-manager' });
    await bot.execute(kim, 'profile.declare', oldCard);
    const confirmed = await confirmSelfDeclared(
      bot.database.collections,
      catalogue,
      { reviewer: { id: 'admin-cli', name: 'admin', isCoordinator: true }, aadObjectId: kim.aadObjectId },
      new Date(),
    );
    expect(confirmed.ok).toBe(true);
    expect(await grantPermission(bot.database.collections, kim.aadObjectId, 'coordinator')).toMatchObject({
      ok: true,
      changed: true,
    });
    const before = await bot.database.collections.people.findOne({ _id: kim.aadObjectId });

    const response = await bot.execute(kim, 'profile.declare', declaration({ audience: 'practitioner' }));

    expect(cardText(response.body.value)).toMatch(/already on the roster/);
    expect(await bot.database.collections.people.findOne({ _id: kim.aadObjectId })).toEqual(before);
  });
});
