import { cardProblems } from '../support/cardValidation';
import { staffProfile } from '../support/people';
import { cardsIn, cardText, startTestBot, type TestBot, type TestUser } from '../support/botHarness';
import {
  cpSession,
  MANAGER,
  NOW,
  ORGANISATION,
  readyPractitioner,
  seedOrganisation,
} from '../services/booking/bookingFixtures';
import type { Activity } from 'botbuilder';
import type { Session } from '../../services/sessions/session';
import type { ManagerDirectory } from '../../services/people/managerDirectory';

// Issue 13 items 1, 4, 5, 8, 10: booking from cards, through the real adapter over HTTP and the real database.

const mark: TestUser = { aadObjectId: MANAGER._id, name: MANAGER.name };
const amy: TestUser = { aadObjectId: 'p-amy', name: 'Amy Ward' };
const ben: TestUser = { aadObjectId: 'p-ben', name: 'Ben Cole' };
const cora: TestUser = { aadObjectId: 'coordinator-1', name: 'Cora Ordin' };

function sentTo(bot: TestBot, user: TestUser, since = 0): Partial<Activity>[] {
  return bot.connector.received
    .slice(since)
    .filter((activity) => activity.conversation?.id === `personal-${user.aadObjectId}`);
}

function button(card: any, title: string): any {
  const found: any[] = [];
  const walk = (node: any) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (node.type === 'Action.Execute' && node.title === title) found.push(node);
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  if (!found[0]) throw new Error(`no button "${title}" in ${cardText(card)}`);
  return found[0];
}

/** A bot on a fixed clock with the organisation, Mark, Cora and these practitioners (all ready for ContactPoint). */
async function bookingBot(
  label: string,
  practitioners: TestUser[],
  sessions: Session[],
  options: { managerDirectory?: ManagerDirectory; withoutRosterManager?: TestUser[] } = {},
): Promise<TestBot> {
  const bot = await startTestBot(label, { clock: () => NOW, managerDirectory: options.managerDirectory });
  const { collections } = bot.database;
  await seedOrganisation(collections);
  await collections.people.insertMany([
    MANAGER,
    ...practitioners.map((user) =>
      readyPractitioner(user.aadObjectId, {
        name: user.name,
        ...(options.withoutRosterManager?.includes(user) ? { managerAadObjectId: undefined } : {}),
      }),
    ),
    staffProfile(cora.aadObjectId, {
      name: cora.name,
      permissions: ['coordinator'],
      organisation: ORGANISATION,
    }),
  ]);
  await collections.sessions.insertMany(sessions);
  return bot;
}

describe('booking a ContactPoint place from a card, and the manager deciding', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await bookingBot(
      'booking',
      [amy, ben],
      [cpSession('cp-1', { capacity: 1 }), cpSession('cp-other', { accessRoute: 'care-first' })],
    );
    for (const user of [mark, amy, ben, cora]) await bot.say(user, 'hi');
  });
  afterAll(() => bot.stop());

  it('lists the sessions for her system with a Book button', async () => {
    const [card] = cardsIn(await bot.say(amy, 'find me a contactpoint session'));
    expect(cardProblems(card)).toEqual([]);
    expect(cardText(card)).toContain('IT Suite');
    expect(button(card, 'Book').data).toEqual({ sessionId: 'cp-1' });
  });

  it('holds the seat, sends Mark an approval card, and a second press finds the place already hers', async () => {
    const before = bot.connector.received.length;
    const response = await bot.execute(amy, 'booking.book', { sessionId: 'cp-1' });
    const card = response.body.value;
    expect(cardProblems(card)).toEqual([]);
    expect(cardText(card)).toMatch(/Waiting for approval/);
    expect(cardText(card)).toMatch(/Mark Evans has been asked to approve it/);
    const calendarFile = card.actions.find((action: any) => action.title === 'Download calendar file');
    const ics = await fetch(calendarFile.url.replace(/^http:\/\/localhost:\d+/, bot.running.url));
    expect(ics.status).toBe(200);
    expect(await ics.text()).toMatch(/STATUS:TENTATIVE/);
    expect(card.actions.find((action: any) => action.title === 'Add to Outlook calendar').url).toMatch(
      /^https:\/\/outlook\.office\.com\/calendar\//,
    );
    const [approval] = cardsIn(sentTo(bot, mark, before));
    expect(cardProblems(approval)).toEqual([]);
    expect(cardText(approval)).toMatch(/Amy Ward/);
    expect(cardText(approval)).toMatch(/all met on the session date/);
    expect(button(approval, 'Approve').data.bookingId).toEqual(expect.any(String));

    const again = await bot.execute(amy, 'booking.book', { sessionId: 'cp-1' });
    expect(cardText(again.body.value)).toMatch(/You already have a place/);
    expect(
      await bot.database.collections.bookings.countDocuments({ 'person.aadObjectId': amy.aadObjectId }),
    ).toBe(1);
  });

  it('shows the held place on her pathway and in a new search, read with who she is', async () => {
    const [pathway] = cardsIn(await bot.say(amy, 'what training do I need?'));
    expect(cardText(pathway)).toMatch(/\*\*Booked\*\* · \*\*CP\*\* ContactPoint training\s+booked for /);
    const [sessions] = cardsIn(await bot.say(amy, 'find me a contactpoint session'));
    expect(cardText(sessions)).toMatch(/\*\*Your place\*\* · Waiting for approval/);
  });

  it('shows which check fails, on the session date, and books nothing when someone is not ready', async () => {
    const nora: TestUser = { aadObjectId: 'p-nora', name: 'Nora Nocheck' };
    await bot.database.collections.people.insertOne(
      readyPractitioner(nora.aadObjectId, { name: nora.name, ecrbIssued: undefined }),
    );
    const response = await bot.execute(nora, 'booking.book', { sessionId: 'cp-1' });
    const text = cardText(response.body.value);
    expect(text).toMatch(/Not booked: you would not meet every ContactPoint check/);
    expect(text).toMatch(/\*\*Missing\*\* · \*\*Enhanced CRB check\*\*/);
    expect(await bot.database.collections.bookings.countDocuments({ 'person.aadObjectId': 'p-nora' })).toBe(
      0,
    );
  });

  it('puts Ben on the waiting list of the full session', async () => {
    const response = await bot.execute(ben, 'booking.book', { sessionId: 'cp-1' });
    expect(cardText(response.body.value)).toMatch(/On the waiting list/);
  });

  it('refuses the approval to anyone but Mark or a coordinator, and the card stays', async () => {
    const booking = await bot.database.collections.bookings.findOne({
      'person.aadObjectId': amy.aadObjectId,
    });
    for (const someone of [amy, ben]) {
      const response = await bot.execute(someone, 'booking.approve', { bookingId: booking!._id });
      expect(response.body.type).toBe('application/vnd.microsoft.activity.message');
      expect(response.body.value).toMatch(/Only their line manager or a training coordinator/);
    }
    expect((await bot.database.collections.bookings.findOne({ _id: booking!._id }))?.state).toBe('held');
  });

  it("Mark declines with a reason: the card shows who and when, Amy is told, Ben gets the seat and Mark Ben's approval card", async () => {
    const booking = await bot.database.collections.bookings.findOne({
      'person.aadObjectId': amy.aadObjectId,
    });
    const before = bot.connector.received.length;
    const response = await bot.execute(mark, 'booking.decline', {
      bookingId: booking!._id,
      declineReason: 'Team short that week',
    });
    const card = response.body.value;
    expect(cardText(card)).toMatch(
      /\*\*Declined\*\* · by Mark Evans, Tue 1 Dec 2026, 10:00: "Team short that week"/,
    );
    expect(cardText(card)).toMatch(/Amy has been told/);
    expect(() => button(card, 'Approve')).toThrow();
    expect(sentTo(bot, amy, before).map((activity) => activity.text)).toEqual([
      expect.stringMatching(/Mark Evans declined your place .*"Team short that week"/),
    ]);
    expect(sentTo(bot, ben, before).map((activity) => activity.text)).toEqual([
      expect.stringMatching(/a place came free .* held for you while Mark Evans approves it/),
    ]);
    expect(cardsIn(sentTo(bot, mark, before)).map(cardText)).toEqual([expect.stringMatching(/Ben Cole/)]);

    const second = await bot.execute(mark, 'booking.approve', { bookingId: booking!._id });
    expect(cardText(second.body.value)).toMatch(/already decided.*Nothing changed/);
    expect((await bot.database.collections.sessions.findOne({ _id: 'cp-1' }))?.booked).toBe(1);
  });

  it('shows Ben his bookings, and cancelling gives the seat back', async () => {
    const [mine] = cardsIn(await bot.say(ben, 'my bookings'));
    expect(cardProblems(mine)).toEqual([]);
    expect(cardText(mine)).toMatch(/Waiting for approval/);
    expect(cardText(mine)).toMatch(/Bring: /);
    const cancel = button(mine, 'Cancel booking');
    const response = await bot.execute(ben, cancel.verb, cancel.data);
    expect(cardText(response.body.value)).toMatch(/Cancelled CP on/);
    expect(cardText(response.body.value)).toMatch(/You have no places booked/);
    expect((await bot.database.collections.sessions.findOne({ _id: 'cp-1' }))?.booked).toBe(0);
  });

  it.each([
    ['an unknown session', { sessionId: 'no-such-session' }, /can't find that session/],
    ['a session for another system', { sessionId: 'cp-other' }, /another case management system/],
  ])('answers %s in one line and writes nothing', async (_, data, answer) => {
    const count = await bot.database.collections.bookings.countDocuments();
    const response = await bot.execute(amy, 'booking.book', data);
    expect(response.body.value).toMatch(answer);
    expect(await bot.database.collections.bookings.countDocuments()).toBe(count);
  });

  it.each([
    ['an operator for an id', 'booking.book', { sessionId: { $ne: '' } }],
    ['a number for an id', 'booking.approve', { bookingId: 42 }],
    ['a huge id', 'booking.cancel', { bookingId: 'x'.repeat(10_000) }],
    ['people as an array of objects', 'nominate.submit', { sessionId: 'cp-1', people: [{ $gt: '' }] }],
  ])('refuses %s and writes nothing', async (_, verb, data) => {
    const count = await bot.database.collections.bookings.countDocuments();
    const response = await bot.execute(amy, verb, data);
    expect([200, 400]).toContain(response.status);
    expect(JSON.stringify(response.body ?? '')).not.toMatch(/Booked|Confirmed/);
    expect(await bot.database.collections.bookings.countDocuments()).toBe(count);
  });
});

describe('an approval card decided elsewhere', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await bookingBot('booking_refresh', [amy], [cpSession('cp-1')]);
    for (const user of [mark, amy, cora]) await bot.say(user, 'hi');
  });
  afterAll(() => bot.stop());

  it("updates Mark's card in place when a coordinator approves first, and Mark's press then changes nothing", async () => {
    await bot.execute(amy, 'booking.book', { sessionId: 'cp-1' });
    const booking = await bot.database.collections.bookings.findOne({
      'person.aadObjectId': amy.aadObjectId,
    });
    const [sent] = booking!.approvalCards!;
    expect(sent!.aadObjectId).toBe(mark.aadObjectId);

    const before = bot.connector.requests.length;
    const approved = await bot.execute(cora, 'booking.approve', { bookingId: booking!._id });
    expect(cardText(approved.body.value)).toMatch(/Approved by Cora Ordin/);
    const updates = bot.connector.requests
      .slice(before)
      .filter(
        (request) => request.method === 'PUT' && request.path.endsWith(`/activities/${sent!.activityId}`),
      );
    expect(updates).toHaveLength(1);
    const updated = updates[0]!.body.attachments[0].content;
    expect(cardText(updated)).toMatch(/Confirmed.*Approved by Cora Ordin/s);
    expect(() => button(updated, 'Approve')).toThrow();

    const late = await bot.execute(mark, 'booking.decline', { bookingId: booking!._id });
    expect(cardText(late.body.value)).toMatch(/already decided/);
    expect((await bot.database.collections.bookings.findOne({ _id: booking!._id }))?.state).toBe('confirmed');
  });
});

describe('a manager Teams will not take messages for, at the moment', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await bookingBot('booking_busy', [amy], [cpSession('cp-1')]);
    for (const user of [mark, amy, cora]) await bot.say(user, 'hi');
  });
  afterAll(() => bot.stop());

  it("answers Amy's Book press after two tries at Mark, saying he was not reached, and asks the coordinator", async () => {
    const marks = `/v3/conversations/personal-${mark.aadObjectId}/activities`;
    bot.connector.answerWith((request) =>
      request.method === 'POST' && request.path.startsWith(marks) ? { status: 503 } : undefined,
    );
    const before = bot.connector.requests.length;
    const started = Date.now();
    const response = await bot.execute(amy, 'booking.book', { sessionId: 'cp-1' });
    bot.connector.answerWith(undefined);

    expect(Date.now() - started).toBeLessThan(5_000);
    expect(cardText(response.body.value)).toMatch(
      /Mark Evans could not be reached in Teams, so the training coordinator/,
    );
    const tries = bot.connector.requests.slice(before).filter((request) => request.path.startsWith(marks));
    expect(tries).toHaveLength(2);
    expect(cardsIn(sentTo(bot, cora, before)).map(cardText)).toEqual([expect.stringMatching(/Amy Ward/)]);
  });
});

describe('a held place nobody decides on', () => {
  let bot: TestBot;
  let now = NOW;
  beforeAll(async () => {
    bot = await startTestBot('booking_lapse', { clock: () => now, holdSweepMs: 50 });
    const { collections } = bot.database;
    await seedOrganisation(collections);
    await collections.people.insertMany([
      MANAGER,
      readyPractitioner(amy.aadObjectId, { name: amy.name }),
      readyPractitioner(ben.aadObjectId, { name: ben.name }),
    ]);
    await collections.sessions.insertOne(cpSession('cp-1', { capacity: 1 }));
    for (const user of [mark, amy, ben]) await bot.say(user, 'hi');
  });
  afterAll(() => bot.stop());

  it("lapses after 5 working days: Amy and Mark are told, Mark's card updates, and Ben gets the seat", async () => {
    await bot.execute(amy, 'booking.book', { sessionId: 'cp-1' });
    await bot.execute(ben, 'booking.book', { sessionId: 'cp-1' });
    const { bookings } = bot.database.collections;
    const amys = await bookings.findOne({ 'person.aadObjectId': amy.aadObjectId });
    const before = bot.connector.requests.length;

    now = new Date(amys!.holdUntil!.getTime() + 1);
    for (let i = 0; i < 100 && (await bookings.findOne({ _id: amys!._id }))?.state === 'held'; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    // Its messages follow the move: wait for the last of them, Mark's card brought up to date.
    const cardUpdated = () =>
      bot.connector.requests
        .slice(before)
        .some(
          (request) => request.method === 'PUT' && request.path.endsWith(amys!.approvalCards![0]!.activityId),
        );
    for (let i = 0; i < 100 && !cardUpdated(); i++) await new Promise((resolve) => setTimeout(resolve, 50));

    expect((await bookings.findOne({ _id: amys!._id }))?.state).toBe('lapsed');
    expect((await bookings.findOne({ 'person.aadObjectId': ben.aadObjectId }))?.state).toBe('held');
    expect(sentTo(bot, amy, 0).map((a) => a.text)).toContainEqual(
      expect.stringMatching(/lapsed: it was not approved in time/),
    );
    expect(sentTo(bot, mark, 0).map((a) => a.text)).toContainEqual(
      expect.stringMatching(/Amy Ward's held place .* lapsed/),
    );
    const updated = bot.connector.requests
      .slice(before)
      .filter(
        (request) =>
          request.method === 'PUT' &&
          request.path.endsWith(`/activities/${amys!.approvalCards![0]!.activityId}`),
      );
    expect(cardText(updated[0]?.body.attachments[0].content)).toMatch(/\*\*Lapsed\*\*/);
  });
});

describe('200 practitioners press Book on one 12-seat session at once', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot('booking_rush', { clock: () => NOW });
    const { collections } = bot.database;
    await collections.organisations.insertOne({
      _id: ORGANISATION.toLowerCase(),
      name: ORGANISATION,
      accredited: true,
      updatedAt: NOW,
    });
    await collections.people.insertMany([
      MANAGER,
      ...Array.from({ length: 200 }, (_, i) => readyPractitioner(`rush-${i}`, { name: `Rush ${i}` })),
    ]);
    await collections.sessions.insertOne(cpSession('rush', { capacity: 12 }));
  });
  afterAll(() => bot.stop());

  it('seats exactly 12, puts 188 on the waiting list, and the session count agrees with the bookings', async () => {
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        bot.execute({ aadObjectId: `rush-${i}`, name: `Rush ${i}` }, 'booking.book', { sessionId: 'rush' }),
      ),
    );
    const texts = responses.map((response) => cardText(response.body.value));
    expect(texts.filter((text) => /Waiting for approval/.test(text))).toHaveLength(12);
    expect(texts.filter((text) => /On the waiting list/.test(text))).toHaveLength(188);
    const { bookings, sessions } = bot.database.collections;
    expect(await bookings.countDocuments({ sessionId: 'rush', state: 'held' })).toBe(12);
    expect(await bookings.countDocuments({ sessionId: 'rush', state: 'waitlisted' })).toBe(188);
    expect((await sessions.findOne({ _id: 'rush' }))?.booked).toBe(12);
  }, 120_000);
});

describe('a line manager from the directory when the roster names none (issue 13 item 5)', () => {
  const dana: TestUser = { aadObjectId: 'dir-dana', name: 'Dana Lee' };
  const asked: string[] = [];
  const directory: ManagerDirectory = {
    managerOf: async (aadObjectId) => {
      asked.push(aadObjectId);
      return aadObjectId === amy.aadObjectId ? { aadObjectId: dana.aadObjectId, name: dana.name } : undefined;
    },
  };
  let bot: TestBot;
  beforeAll(async () => {
    bot = await bookingBot('booking_directory', [amy, ben], [cpSession('cp-1')], {
      managerDirectory: directory,
      withoutRosterManager: [amy],
    });
    for (const user of [mark, amy, ben, cora, dana]) await bot.say(user, 'hi');
  });
  afterAll(() => bot.stop());

  it("sends the directory's manager the approval card, without making her a manager of record", async () => {
    const before = bot.connector.received.length;
    const response = await bot.execute(amy, 'booking.book', { sessionId: 'cp-1' });
    expect(cardText(response.body.value)).toMatch(/Dana Lee has been asked to approve it/);
    const [approval] = cardsIn(sentTo(bot, dana, before));
    expect(cardText(approval)).toMatch(/Amy Ward/);
    expect(cardsIn(sentTo(bot, cora, before))).toEqual([]);
    const booking = await bot.database.collections.bookings.findOne({
      'person.aadObjectId': amy.aadObjectId,
    });
    expect(booking).toMatchObject({
      state: 'held',
      managerAadObjectId: dana.aadObjectId,
      managerSource: 'graph',
    });
    expect(
      (await bot.database.collections.people.findOne({ _id: amy.aadObjectId }))?.managerAadObjectId,
    ).toBeFalsy();
    expect(
      await bot.database.collections.people.countDocuments({ managerAadObjectId: dana.aadObjectId }),
    ).toBe(0);
    expect(asked).toEqual([amy.aadObjectId]);
  });

  it('does not ask the directory for someone the roster names a manager for', async () => {
    await bot.execute(ben, 'booking.book', { sessionId: 'cp-1' });
    const booking = await bot.database.collections.bookings.findOne({
      'person.aadObjectId': ben.aadObjectId,
    });
    expect(booking?.managerAadObjectId).toBe(mark.aadObjectId);
    expect(booking?.managerSource).toBeUndefined();
    expect(asked).toEqual([amy.aadObjectId]);
  });

  it("refuses another manager, and lets the directory's manager approve", async () => {
    const booking = await bot.database.collections.bookings.findOne({
      'person.aadObjectId': amy.aadObjectId,
    });
    const refused = await bot.execute(mark, 'booking.approve', { bookingId: booking!._id });
    expect(refused.body.value).toMatch(/Only their line manager or a training coordinator/);
    expect((await bot.database.collections.bookings.findOne({ _id: booking!._id }))?.state).toBe('held');

    const approved = await bot.execute(dana, 'booking.approve', { bookingId: booking!._id });
    expect(cardText(approved.body.value)).toMatch(/Approved by Dana Lee/);
    expect((await bot.database.collections.bookings.findOne({ _id: booking!._id }))?.state).toBe('confirmed');
  });
  it('asks the directory for a place moved up from the waiting list, and sends Dana that approval card', async () => {
    const { bookings, people, sessions } = bot.database.collections;
    const carl: TestUser = { aadObjectId: 'p-carl', name: 'Carl Hill' };
    await people.insertOne(readyPractitioner(carl.aadObjectId, { name: carl.name }));
    await sessions.insertOne(cpSession('cp-small', { capacity: 1 }));
    // Amy gives up her place on cp-1 so that she may ask for another CP session.
    const amys = await bookings.findOne({ 'person.aadObjectId': amy.aadObjectId, state: 'confirmed' });
    await bot.execute(amy, 'booking.cancel', { bookingId: amys!._id });
    await bot.execute(carl, 'booking.book', { sessionId: 'cp-small' });
    asked.length = 0;

    const waiting = await bot.execute(amy, 'booking.book', { sessionId: 'cp-small' });
    expect(cardText(waiting.body.value)).toMatch(/On the waiting list/);
    expect(asked).toEqual([]);

    const before = bot.connector.received.length;
    const carls = await bookings.findOne({ 'person.aadObjectId': carl.aadObjectId });
    await bot.execute(carl, 'booking.cancel', { bookingId: carls!._id });

    const promoted = await bookings.findOne({ 'person.aadObjectId': amy.aadObjectId, sessionId: 'cp-small' });
    expect(promoted).toMatchObject({
      state: 'held',
      managerAadObjectId: dana.aadObjectId,
      managerSource: 'graph',
    });
    expect(asked).toEqual([amy.aadObjectId]);
    expect(cardsIn(sentTo(bot, dana, before)).map(cardText)).toEqual([expect.stringMatching(/Amy Ward/)]);
    expect(sentTo(bot, amy, before).map((activity) => activity.text)).toContainEqual(
      expect.stringMatching(/held for you while Dana Lee approves it/),
    );
  });
});
