import type { Activity } from 'botbuilder';
import { loadDemoData } from '../../scripts/demo/loadDemoData';
import { personaByKey } from '../../scripts/demo/personas';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { personaUser } from '../support/people';
import { cardsIn, cardText, startTestBot, textsIn, type TestBot, type TestUser } from '../support/botHarness';

// Issue 11 §3: every privileged question and card verb, against every kind of person who might try it.
// Roles come from the roster of record only; what someone declared about themselves gives them nothing.

const catalogue = loadCatalogue();
const asUser = personaUser;
const stranger = (n: number, name: string): TestUser => ({
  aadObjectId: `66666666-6666-4666-8666-${String(n).padStart(12, '0')}`,
  name,
});

const PEOPLE = {
  practitioner: asUser('practitioner'),
  'self-declared "senior manager"': stranger(1, 'Sal Fdeclared'),
  'self-declared "trainer"': stranger(2, 'Tess Fdeclared'),
  'manager of record': asUser('manager'),
  // Helen manages Mark and Chloe, not Mark's team.
  'manager of someone else': { aadObjectId: '22222222-2222-4222-8222-000000000006', name: 'Helen Carter' },
  coordinator: asUser('coordinator'),
  trainer: asUser('trainer'),
  'not on the roster': stranger(3, 'Nora Roster'),
};
type Who = keyof typeof PEOPLE;
const PRIYA = PEOPLE.practitioner;

type Outcome = 'allowed' | 'refused';

interface Privilege {
  name: string;
  allowed: Who[];
  /** Tries it as this person and says what happened; `target` is a fresh self-declared person. */
  attempt(bot: TestBot, who: TestUser, target: TestUser): Promise<Outcome>;
}

const MANAGERS: Who[] = ['manager of record', 'manager of someone else', 'coordinator'];

/** An answer is either the privileged view or a refusal; anything else fails the test. */
function judge(allowed: boolean, refused: boolean, what: string): Outcome {
  if (allowed === refused) throw new Error(`unclear outcome for ${what}`);
  return allowed ? 'allowed' : 'refused';
}

function replyOutcome(replies: Partial<Activity>[], view: RegExp, refusal: RegExp): Outcome {
  const cards = cardsIn(replies).map(cardText).join('\n');
  return judge(view.test(cards), refusal.test(textsIn(replies).join(' ')), 'a reply');
}

const TEAM_VIEW = /Your team's training|waiting for their details to be confirmed/;
const TEAM_REFUSAL = /for line managers and training coordinators/;
const FILL_VIEW = /places taken|No sessions are published/;
const FILL_REFUSAL = /Fill rates are for training coordinators/;
const COORDINATORS_ONLY = /Only training coordinators can confirm or reject people/;

async function decision(
  bot: TestBot,
  who: TestUser,
  target: TestUser,
  verb: string,
  changed: (stored: any) => boolean,
): Promise<Outcome> {
  const before = await bot.database.collections.people.findOne({ _id: target.aadObjectId });
  const response = await bot.execute(who, verb, { aadObjectId: target.aadObjectId });
  const after = await bot.database.collections.people.findOne({ _id: target.aadObjectId });
  const refused =
    COORDINATORS_ONLY.test(String(response.body?.value)) && JSON.stringify(before) === JSON.stringify(after);
  return judge(changed(after), refused, verb);
}

let placeNumber = 0;

/** A place of Priya's on a fresh IS02 session, stored directly in the given state, waiting for her manager. */
async function priyasPlace(bot: TestBot, state: 'held' | 'confirmed'): Promise<string> {
  placeNumber += 1;
  const now = new Date();
  const start = new Date(now.getTime() + 30 * 24 * 3600_000);
  const sessionId = `privilege-${placeNumber}`;
  await bot.database.collections.sessions.insertOne({
    _id: sessionId,
    course: 'IS02',
    start,
    end: new Date(start.getTime() + 3 * 3600_000),
    venue: 'Room 1',
    capacity: 10,
    booked: 1,
    updatedAt: now,
  });
  const id = `place-${placeNumber}`;
  const entry = { by: PRIYA.aadObjectId, byName: PRIYA.name, at: now, from: null, to: state };
  await bot.database.collections.bookings.insertOne({
    _id: id,
    person: { aadObjectId: PRIYA.aadObjectId, name: PRIYA.name },
    course: 'IS02',
    sessionId,
    sessionStart: start,
    state,
    activeKey: id,
    managerAadObjectId: PEOPLE['manager of record'].aadObjectId,
    audit: [entry],
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

async function bookingMove(
  bot: TestBot,
  who: TestUser,
  verb: string,
  from: 'held' | 'confirmed',
  to: string,
  refusal: RegExp,
): Promise<Outcome> {
  const id = await priyasPlace(bot, from);
  const response = await bot.execute(who, verb, { bookingId: id });
  const state = (await bot.database.collections.bookings.findOne({ _id: id }))?.state;
  return judge(state === to, state === from && refusal.test(String(response.body?.value)), verb);
}

const PRIVILEGES: Privilege[] = [
  {
    name: "approving Priya's place (booking.approve)",
    allowed: ['manager of record', 'coordinator'],
    attempt: (bot, who) =>
      bookingMove(
        bot,
        who,
        'booking.approve',
        'held',
        'confirmed',
        /Only their line manager or a training coordinator/,
      ),
  },
  {
    name: "declining Priya's place (booking.decline)",
    allowed: ['manager of record', 'coordinator'],
    attempt: (bot, who) =>
      bookingMove(
        bot,
        who,
        'booking.decline',
        'held',
        'declined',
        /Only their line manager or a training coordinator/,
      ),
  },
  {
    name: "cancelling Priya's place (booking.cancel)",
    allowed: ['practitioner', 'manager of record', 'coordinator'],
    attempt: (bot, who) =>
      bookingMove(
        bot,
        who,
        'booking.cancel',
        'confirmed',
        'cancelled',
        /Only the person booked, their line manager/,
      ),
  },
  {
    name: 'nominating Priya (nominate.submit)',
    allowed: ['manager of record'],
    attempt: async (bot, who) => {
      const id = await priyasPlace(bot, 'confirmed');
      const place = await bot.database.collections.bookings.findOne({ _id: id });
      // Her earlier place ends, so the nomination is the only thing that could book her.
      await bot.database.collections.bookings.updateOne({ _id: id }, { $set: { state: 'cancelled' } });
      const response = await bot.execute(who, 'nominate.submit', {
        sessionId: place!.sessionId,
        people: PRIYA.aadObjectId,
      });
      const booked = await bot.database.collections.bookings.countDocuments({
        sessionId: place!.sessionId,
        state: 'confirmed',
      });
      const value = response.body?.value;
      const text = typeof value === 'object' ? cardText(value) : String(value);
      return judge(
        booked === 1,
        booked === 0 && /Nominating staff is for line managers|not one of your reports/.test(text),
        'nominate.submit',
      );
    },
  },
  {
    name: 'the approvals waiting (approvals.waiting)',
    allowed: MANAGERS,
    attempt: async (bot, who) => {
      const value = String((await bot.execute(who, 'approvals.waiting', {})).body?.value);
      return judge(
        /waiting for your (decision|approval)/.test(value),
        TEAM_REFUSAL.test(value),
        'approvals.waiting',
      );
    },
  },
  {
    name: 'asking about "my team" (team_status)',
    allowed: MANAGERS,
    attempt: async (bot, who) =>
      replyOutcome(await bot.say(who, 'how is my team doing'), TEAM_VIEW, TEAM_REFUSAL),
  },
  {
    name: 'the "My team" button (ask team_status)',
    allowed: MANAGERS,
    attempt: async (bot, who) =>
      replyOutcome((await bot.execute(who, 'ask', { intent: 'team_status' })).sent, TEAM_VIEW, TEAM_REFUSAL),
  },
  {
    name: 'asking for fill rates (fill_rates)',
    allowed: ['coordinator'],
    attempt: async (bot, who) =>
      replyOutcome(await bot.say(who, 'how full are the sessions?'), FILL_VIEW, FILL_REFUSAL),
  },
  {
    name: 'the fill rates button (ask fill_rates)',
    allowed: ['coordinator'],
    attempt: async (bot, who) =>
      replyOutcome((await bot.execute(who, 'ask', { intent: 'fill_rates' })).sent, FILL_VIEW, FILL_REFUSAL),
  },
  {
    name: 'paging through fill rates (fillRates.page)',
    allowed: ['coordinator'],
    attempt: async (bot, who) => {
      const value = (await bot.execute(who, 'fillRates.page', { offset: 0 })).body?.value;
      return judge(
        typeof value === 'object' && FILL_VIEW.test(cardText(value)),
        /Fill rates are for training coordinators/.test(String(value)),
        'fillRates.page',
      );
    },
  },
  {
    name: 'viewing a line report, Priya (team.member)',
    allowed: ['manager of record'],
    attempt: async (bot, who) => {
      const response = await bot.execute(who, 'team.member', { aadObjectId: PRIYA.aadObjectId });
      const value = response.body?.value;
      const text = typeof value === 'object' ? cardText(value) : String(value);
      return judge(
        text.includes("Priya Shah's training"),
        /for line managers|no longer in your team/.test(text),
        'team.member',
      );
    },
  },
  {
    name: "confirming Priya's IT competence (team.confirmIt)",
    allowed: ['manager of record'],
    attempt: async (bot, who) => {
      const people = bot.database.collections.people;
      await people.updateOne({ _id: PRIYA.aadObjectId }, { $set: { itCompetence: false } });
      const response = await bot.execute(who, 'team.confirmIt', { aadObjectId: PRIYA.aadObjectId });
      const confirmed = (await people.findOne({ _id: PRIYA.aadObjectId }))?.itCompetence === true;
      return judge(
        confirmed,
        !confirmed && /line manager/.test(String(response.body?.value)),
        'team.confirmIt',
      );
    },
  },
  {
    name: 'the sessions I run (trainer.sessions)',
    allowed: ['trainer'],
    attempt: async (bot, who) => {
      const response = await bot.execute(who, 'trainer.sessions', {});
      return judge(
        cardsIn(response.sent).some((card) => cardText(card).includes('Sessions you run')),
        /for trainers/.test(String(response.body?.value)),
        'trainer.sessions',
      );
    },
  },
  {
    name: 'paging through a team (team.page)',
    allowed: MANAGERS,
    attempt: async (bot, who) => {
      // A manager id in the data is ignored: the team is always the clicker's own.
      const response = await bot.execute(who, 'team.page', {
        offset: 0,
        managerAadObjectId: PEOPLE['manager of record'].aadObjectId,
      });
      const value = response.body?.value;
      if (typeof value === 'object') {
        const text = cardText(value);
        const reports = await bot.database.collections.people
          .find({ managerAadObjectId: who.aadObjectId, source: 'roster' })
          .toArray();
        const others = await bot.database.collections.people
          .find({ managerAadObjectId: { $ne: who.aadObjectId }, source: 'roster' })
          .toArray();
        for (const person of reports) expect(text).toContain(person.name);
        for (const person of others) expect(text).not.toContain(`**${person.name}**`);
      }
      return judge(typeof value === 'object', /for line managers/.test(String(value)), 'team.page');
    },
  },
  {
    name: 'the waiting-to-be-confirmed list (profiles.waiting)',
    allowed: ['coordinator'],
    attempt: async (bot, who) => {
      const value = (await bot.execute(who, 'profiles.waiting', { offset: 0 })).body?.value;
      return judge(
        typeof value === 'object' && /waiting for their details/.test(cardText(value)),
        COORDINATORS_ONLY.test(String(value)),
        'profiles.waiting',
      );
    },
  },
  {
    name: 'the correction form (profile.review)',
    allowed: ['coordinator'],
    attempt: async (bot, who, target) => {
      const value = (await bot.execute(who, 'profile.review', { aadObjectId: target.aadObjectId })).body
        ?.value;
      return judge(
        typeof value === 'object' && cardText(value).includes(`Confirm ${target.name}`),
        COORDINATORS_ONLY.test(String(value)),
        'profile.review',
      );
    },
  },
  {
    name: 'confirming a person (profile.confirm)',
    allowed: ['coordinator'],
    attempt: (bot, who, target) =>
      decision(bot, who, target, 'profile.confirm', (stored) => stored?.source === 'roster'),
  },
  {
    name: 'rejecting a person (profile.reject)',
    allowed: ['coordinator'],
    attempt: (bot, who, target) =>
      decision(bot, who, target, 'profile.reject', (stored) => Boolean(stored?.rejected)),
  },
  ...sessionManagement(),
];

/** Issue 13 item 9: a coordinator's session management; anyone else is refused and nothing changes. */
function sessionManagement(): Privilege[] {
  const REFUSAL = /Managing sessions is for training coordinators/;
  const refused = (value: unknown) => typeof value === 'string' && REFUSAL.test(value);
  const card = (value: unknown, text: RegExp) => typeof value === 'object' && text.test(cardText(value));
  let made = 0;
  /** A coming session of its own for each attempt, so one person's cancelling leaves the next one's alone. */
  async function freshSession(bot: TestBot): Promise<string> {
    made += 1;
    const start = new Date(Date.now() + (10 + made) * 86_400_000);
    const id = `privileges-${made}`;
    await bot.database.collections.sessions.insertOne({
      _id: id,
      course: 'IS02',
      start,
      end: new Date(start.getTime() + 3 * 3_600_000),
      venue: 'Room 1',
      capacity: 10,
      booked: 0,
      updatedAt: new Date(),
    });
    return id;
  }
  const sessions = (bot: TestBot) =>
    bot.database.collections.sessions.find({}).sort({ _id: 1 }).toArray().then(JSON.stringify);
  return [
    {
      name: 'the sessions overview (sessions.manage)',
      allowed: ['coordinator'],
      attempt: async (bot, who) => {
        const value = (await bot.execute(who, 'sessions.manage', { offset: 0 })).body?.value;
        return judge(card(value, /Coming sessions/), refused(value), 'sessions.manage');
      },
    },
    {
      name: 'the people booked on a session (session.bookings)',
      allowed: ['coordinator'],
      attempt: async (bot, who) => {
        const sessionId = await freshSession(bot);
        const value = (await bot.execute(who, 'session.bookings', { sessionId, offset: 0 })).body?.value;
        return judge(card(value, /People booked/), refused(value), 'session.bookings');
      },
    },
    {
      name: 'asking to cancel a session (session.cancel)',
      allowed: ['coordinator'],
      attempt: async (bot, who) => {
        const id = await freshSession(bot);
        const before = await sessions(bot);
        const value = (await bot.execute(who, 'session.cancel', { sessionId: id })).body?.value;
        expect(await sessions(bot)).toBe(before);
        return judge(card(value, /Cancel this session\?/), refused(value), 'session.cancel');
      },
    },
    {
      name: 'cancelling a session (session.cancelConfirmed)',
      allowed: ['coordinator'],
      attempt: async (bot, who) => {
        const id = await freshSession(bot);
        const before = await sessions(bot);
        const response = await bot.execute(who, 'session.cancelConfirmed', {
          sessionId: id,
          reason: 'Room flooded',
        });
        const cancelled = Boolean((await bot.database.collections.sessions.findOne({ _id: id }))?.cancelled);
        return judge(
          cancelled && card(response.body?.value, /Cancelled: IS02/),
          !cancelled && refused(response.body?.value) && (await sessions(bot)) === before,
          'session.cancelConfirmed',
        );
      },
    },
    {
      name: 'the New session form (session.new)',
      allowed: ['coordinator'],
      attempt: async (bot, who) => {
        const value = (await bot.execute(who, 'session.new', {})).body?.value;
        return judge(card(value, /New session/), refused(value), 'session.new');
      },
    },
    {
      name: 'adding a session (session.create)',
      allowed: ['coordinator'],
      attempt: async (bot, who, target) => {
        const venue = `Venue for ${target.name}`;
        const date = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
        const response = await bot.execute(who, 'session.create', {
          form: 'PRIV',
          course: 'IS02',
          date,
          start: '10:00',
          end: '12:00',
          venue,
          capacity: '8',
        });
        const added = await bot.database.collections.sessions.countDocuments({ venue });
        return judge(
          added === 1 && card(response.body?.value, /Session added/),
          added === 0 && refused(response.body?.value),
          'session.create',
        );
      },
    },
  ];
}

const TABLE = PRIVILEGES.flatMap((privilege) =>
  (Object.keys(PEOPLE) as Who[]).map(
    (who) =>
      [privilege.name, who, privilege.allowed.includes(who) ? 'allowed' : 'refused', privilege] as const,
  ),
);

describe('who may use each privileged question and card verb', () => {
  let bot: TestBot;
  let targets = 0;

  async function declare(user: TestUser, audience: string) {
    await bot.say(user, 'hi');
    await bot.execute(user, 'profile.declare', {
      audience,
      organisation: 'other',
      organisationOther: 'Somewhere New',
      serviceGroup: 'voluntary',
      contactPointUser: 'yes',
      managerEmail: personaByKey('manager')!.email,
    });
  }

  beforeAll(async () => {
    bot = await startTestBot('privileges');
    await loadDemoData(bot.database.collections, { catalogue });
    for (const user of Object.values(PEOPLE)) await bot.say(user, 'hi');
    await declare(PEOPLE['self-declared "senior manager"'], 'senior-manager');
    await declare(PEOPLE['self-declared "trainer"'], 'trainer');
  });
  afterAll(() => bot.stop());

  it.each(TABLE)('%s as %s is %s', async (_name, who, expected, privilege) => {
    targets += 1;
    const target = stranger(100 + targets, `Target Person ${targets}`);
    await declare(target, 'practitioner');
    expect(await privilege.attempt(bot, PEOPLE[who], target)).toBe(expected);
  });
});
