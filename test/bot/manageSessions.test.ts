import { DateTime } from 'luxon';
import { NEW_SESSION_INPUTS } from '../../cards/newSessionCard';
import { loadDemoData } from '../../scripts/demo/loadDemoData';
import { activeKeyOf, type Booking, type BookingState } from '../../services/booking/booking';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import type { Session } from '../../services/sessions/session';
import { cardProblems } from '../support/cardValidation';
import { personaUser, staffProfile } from '../support/people';
import {
  cardText,
  personalConversation,
  startTestBot,
  textsIn,
  type TestBot,
  type TestUser,
} from '../support/botHarness';

// Issue 13 item 9: coordinators see the coming sessions with their fill and waiting lists, cancel one (two
// presses, a reason, everyone booked told with other dates) and add one from a form checked like sessions.csv.

const catalogue = loadCatalogue();
const chloe = personaUser('coordinator');
const priya = personaUser('practitioner');
const mark = personaUser('manager');
const tom = personaUser('trainer');
const DAY = 86_400_000;

/** Every Action.Execute on a card: its actions and those of ActionSets anywhere in its body. */
function buttonsOf(card: any): any[] {
  const found: any[] = [...(card.actions ?? [])];
  const walk = (node: any) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (node.type === 'ActionSet') found.push(...node.actions);
      Object.values(node).forEach(walk);
    }
  };
  walk(card.body);
  return found;
}

function button(card: any, title: string): any {
  const found = buttonsOf(card).find((candidate) => candidate.title === title);
  if (!found) throw new Error(`no "${title}" button on:\n${cardText(card)}`);
  return found;
}

/** The block of the overview showing this session (its Cancel session button names it). */
function rowOf(card: any, sessionId: string): any {
  return card.body.find(
    (element: any) =>
      element.type === 'Container' &&
      buttonsOf({ body: element.items }).some((action) => action.data?.sessionId === sessionId),
  );
}

/** A London calendar date `days` from now, as the date picker sends it. */
function londonDate(days: number): string {
  return DateTime.now().setZone('Europe/London').plus({ days }).toISODate() as string;
}

function session(id: string, daysAhead: number, extra: Partial<Session> = {}): Session {
  const start = new Date(Date.now() + daysAhead * DAY);
  return {
    _id: id,
    course: 'CP',
    start,
    end: new Date(start.getTime() + 3.5 * 3_600_000),
    venue: 'Eastgate Library, IT Room',
    capacity: 10,
    booked: 0,
    accessRoute: 'profile',
    audience: 'practitioner',
    updatedAt: new Date(),
    ...extra,
  };
}

let bookings = 0;
function booking(on: Session, person: TestUser, state: BookingState, managerAadObjectId?: string): Booking {
  bookings += 1;
  const now = new Date(Date.now() - (100 - bookings) * 60_000);
  return {
    _id: `booking-${bookings}`,
    person: { aadObjectId: person.aadObjectId, name: person.name },
    course: on.course,
    sessionId: on._id,
    sessionStart: on.start,
    state,
    activeKey: activeKeyOf(person.aadObjectId, on.course),
    ...(managerAadObjectId ? { managerAadObjectId } : {}),
    ...(state === 'waitlisted' ? { waitlistedAt: now } : {}),
    audit: [{ by: person.aadObjectId, byName: person.name, at: now, from: null, to: state }],
    createdAt: now,
    updatedAt: now,
  };
}

const someone = (n: number, name: string): TestUser => ({
  aadObjectId: `99999999-9999-4999-8999-${String(n).padStart(12, '0')}`,
  name,
});

describe('a coordinator managing sessions from cards', () => {
  let bot: TestBot;
  const soon = session('T-CP-PROFILE-1', 3, { booked: 2 });
  const later = session('T-CP-PROFILE-2', 20, { booked: 4 });

  beforeAll(async () => {
    bot = await startTestBot('manage_sessions');
    await loadDemoData(bot.database.collections, { catalogue });
    for (const user of [chloe, priya, mark]) await bot.say(user, 'hi');
    const { sessions, bookings: stored } = bot.database.collections;
    await sessions.insertMany([soon, later]);
    // Ola is on the roster (so Teams refusing her is recorded); the others are known only by their bookings.
    await bot.database.collections.people.insertOne(
      staffProfile(someone(1, 'Ola Held').aadObjectId, {
        name: 'Ola Held',
        managerAadObjectId: mark.aadObjectId,
      }),
    );
    await stored.insertMany([
      booking(soon, priya, 'confirmed', mark.aadObjectId),
      booking(soon, someone(1, 'Ola Held'), 'held', mark.aadObjectId),
      booking(soon, someone(2, 'Wes Waiting'), 'waitlisted'),
      booking(soon, someone(3, 'Wyn Waiting'), 'waitlisted'),
      booking(soon, someone(4, 'Will Waiting'), 'waitlisted'),
      booking(later, someone(5, 'Lee Later'), 'waitlisted'),
    ]);
  });
  afterAll(() => bot.stop());

  async function overview(data: Record<string, unknown> = { offset: 0 }): Promise<any> {
    const response = await bot.execute(chloe, 'sessions.manage', data);
    expect(response.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardProblems(response.body.value)).toEqual([]);
    return response.body.value;
  }

  describe('the overview', () => {
    it('is offered from the fill rates card and the welcome', async () => {
      const fill = (await bot.execute(chloe, 'fillRates.page', { offset: 0 })).body.value;
      expect(button(fill, 'Manage sessions').verb).toBe('sessions.manage');
    });

    it('shows each coming session with places booked and how many are waiting, a page at a time', async () => {
      const stored = await bot.database.collections.sessions.countDocuments({ start: { $gt: new Date() } });
      const card = await overview();
      const text = cardText(card);
      expect(text).toContain(`Showing 1-8 of ${stored} sessions, soonest first`);
      const row = cardText(rowOf(card, soon._id));
      expect(row).toContain('**CP ContactPoint training (Profile)**');
      expect(row).toContain('2 of 10 places booked · 3 waiting');
      expect(row).toContain('Eastgate Library, IT Room');
      // The demo's nearly full session: seats taken, nobody waiting.
      expect(cardText(rowOf(card, 'demo-cp-care-first-1'))).toContain('12 of 14 places booked · 0 waiting');

      const more = await overview(button(card, 'More').data);
      expect(cardText(more)).toContain(`Showing 9-${Math.min(16, stored)} of ${stored} sessions`);
      expect(rowOf(more, soon._id)).toBeUndefined();
      expect(button(more, 'Previous').data).toMatchObject({ offset: 0 });
    });

    it('filters by course and system with Apply, and keeps the filters when paging', async () => {
      const card = await overview({ offset: 0, course: 'cp', accessRoute: 'profile' });
      const text = cardText(card);
      expect(text).toMatch(/Showing 1-3 of 3 sessions that match,/);
      expect(rowOf(card, soon._id)).toBeDefined();
      expect(cardText(rowOf(card, later._id))).toContain('4 of 10 places booked · 1 waiting');
      const titles = text.match(/\*\*[^*]+\*\*/g) ?? [];
      expect(titles.every((title) => title === '**CP ContactPoint training (Profile)**')).toBe(true);
      // The choices show the filters in force; Apply sends what is chosen.
      const inputs = card.body[1].columns.map((column: any) => column.items[0]);
      expect(inputs.map((input: any) => input.value)).toEqual(['CP', 'profile']);
      expect(button(card, 'Apply')).toMatchObject({ associatedInputs: 'auto' });
      expect(button(card, 'Cancel session').data).toMatchObject({ course: 'CP', accessRoute: 'profile' });

      const is02 = cardText(await overview({ offset: 0, course: 'IS02', accessRoute: 'any' }));
      expect(is02).toMatch(/Showing 1-\d of \d sessions? that match/);
      expect(is02).not.toContain('**CP ');
      expect(cardText(await overview({ offset: 0, course: 'LP02', accessRoute: 'any' }))).toContain(
        'No coming sessions match these filters',
      );
    });
  });

  describe('people booked on a session', () => {
    it('lists who has a place or is waiting, and a coordinator cancels one place from there', async () => {
      await bot.database.collections.bookings.insertOne(
        booking(later, someone(9, 'Pat Extra'), 'waitlisted'),
      );
      const card = await overview({ offset: 0, course: 'CP', accessRoute: 'profile' });
      const people = buttonsOf({ body: rowOf(card, later._id).items }).find(
        (action) => action.title === 'People booked',
      );
      const list = (await bot.execute(chloe, people.verb, people.data)).body.value;
      expect(cardProblems(list)).toEqual([]);
      expect(cardText(list)).toMatch(/People booked: CP ContactPoint training \(Profile\)/);
      expect(cardText(list)).toMatch(/\*\*Lee Later\*\*[\s\S]*On the waiting list/);
      expect(button(list, 'Back to sessions').data).toMatchObject({ course: 'CP', accessRoute: 'profile' });

      const cancel = button(list, 'Cancel booking');
      const done = (await bot.execute(chloe, cancel.verb, cancel.data)).body.value;
      expect(cardText(done)).toMatch(/Cancelled CP on/);
      const lee = await bot.database.collections.bookings.findOne({
        sessionId: later._id,
        'person.name': 'Lee Later',
      });
      expect(lee?.state).toBe('cancelled');
      expect(lee?.audit.at(-1)).toMatchObject({ byName: 'Chloe Brown', from: 'waitlisted', to: 'cancelled' });
    });

    it('is for coordinators only', async () => {
      const response = await bot.execute(priya, 'session.bookings', { sessionId: later._id, offset: 0 });
      expect(response.body.value).toMatch(/Managing sessions is for training coordinators/);
    });
  });

  describe('cancelling a session', () => {
    it('asks first, saying who will be told, and changes nothing', async () => {
      const card = await overview({ offset: 0, course: 'CP', accessRoute: 'profile' });
      const cancel = buttonsOf({ body: rowOf(card, soon._id).items }).find(
        (action) => action.title === 'Cancel session',
      );
      const before = await bot.database.collections.bookings.find({ sessionId: soon._id }).toArray();

      const response = await bot.execute(chloe, cancel.verb, cancel.data);

      const ask = response.body.value;
      expect(cardProblems(ask)).toEqual([]);
      expect(cardText(ask)).toMatch(
        /Cancel \*\*CP ContactPoint training \(Profile\)\*\* on \w{3} \d+ \w{3} \d{4}, \d\d:\d\d to \d\d:\d\d\? 2 people booked and 3 waiting will be told\./,
      );
      const reason = ask.body.find((element: any) => element.id === 'reason');
      expect(reason).toMatchObject({ type: 'Input.Text', isRequired: true, maxLength: 300 });
      expect(button(ask, 'Yes, cancel session')).toMatchObject({ associatedInputs: 'auto' });
      expect(button(ask, 'Keep it').verb).toBe('sessions.manage');
      expect((await bot.database.collections.sessions.findOne({ _id: soon._id }))?.cancelled).toBeUndefined();
      expect(await bot.database.collections.bookings.find({ sessionId: soon._id }).toArray()).toEqual(before);
      expect(response.sent).toHaveLength(0);

      // "Keep it" goes back to the overview as it was.
      const kept = await bot.execute(chloe, 'sessions.manage', button(ask, 'Keep it').data);
      expect(cardText(kept.body.value)).toMatch(/Showing 1-3 of 3 sessions that match,/);
    });

    it('wants a reason before it cancels', async () => {
      const response = await bot.execute(chloe, 'session.cancelConfirmed', {
        sessionId: soon._id,
        offset: 0,
        reason: '   ',
      });
      expect(cardText(response.body.value)).toMatch(/Not cancelled.*Give a reason/s);
      expect((await bot.database.collections.sessions.findOne({ _id: soon._id }))?.cancelled).toBeUndefined();
    });

    it('cancels on the second press, ends every place, and tells each person and their line manager with other dates', async () => {
      const ask = (await bot.execute(chloe, 'session.cancel', { sessionId: soon._id, offset: 0 })).body.value;
      const yes = button(ask, 'Yes, cancel session');

      // Priya and Mark opened a chat with the bot; Teams refuses to start one with the others.
      const open = [priya.aadObjectId, mark.aadObjectId].map((id) => id.toLowerCase());
      bot.connector.answerWith((request) =>
        request.method === 'POST' &&
        request.path === '/v3/conversations' &&
        !open.includes(String(request.body?.members?.[0]?.id).toLowerCase())
          ? { status: 403, body: { error: { code: 'BotNotInConversationRoster' } } }
          : undefined,
      );
      const response = await bot.execute(chloe, yes.verb, { ...yes.data, reason: 'Trainer ill' });
      bot.connector.answerWith(undefined);
      // Marked as unreachable, the overview lists them for Chloe to contact another way.
      const overviewAfter = (await bot.execute(chloe, 'sessions.manage', { offset: 0 })).body.value;
      expect(cardText(overviewAfter)).toMatch(/Not reachable in Teams \(1\)/);
      expect(cardText(overviewAfter)).toMatch(/\*\*Ola Held\*\*, Northdale, since/);

      const done = response.body.value;
      expect(cardProblems(done)).toEqual([]);
      const text = cardText(done);
      expect(text).toContain('Cancelled: CP ContactPoint training (Profile)');
      expect(text).toMatch(/Cancelled by Chloe Brown on .+\. Reason: Trainer ill/);
      expect(text).toContain(
        'Ended 5 places (booked and waiting). Told 1 of 5 people and 1 of 1 line manager.',
      );
      expect(text).toMatch(/Ola Held, Wes Waiting, Wyn Waiting, Will Waiting could not be reached in Teams/);
      expect(text).toMatch(/They were offered: .*\d\d:\d\d to \d\d:\d\d/);

      const stored = await bot.database.collections.sessions.findOne({ _id: soon._id });
      expect(stored).toMatchObject({
        booked: 0,
        cancelled: { by: chloe.aadObjectId, byName: 'Chloe Brown', reason: 'Trainer ill' },
      });
      const ended = await bot.database.collections.bookings.find({ sessionId: soon._id }).toArray();
      expect(ended.map((one) => one.state)).toEqual(Array(5).fill('cancelled'));
      // The later session is untouched.
      expect(
        await bot.database.collections.bookings.countDocuments({ sessionId: later._id, state: 'waitlisted' }),
      ).toBe(1);

      const to = (user: TestUser) =>
        textsIn(
          response.sent.filter((activity) => activity.conversation?.id === personalConversation(user).id),
        ).join('\n');
      expect(to(priya)).toMatch(
        /Sorry: \*\*CP ContactPoint training \(Profile\)\*\* on .+ has been cancelled by Chloe Brown/,
      );
      expect(to(priya)).toContain('Reason: Trainer ill');
      expect(to(priya)).toContain('Your place on it has ended.');
      // The other Profile session has places: it is offered, in words.
      const laterWords = DateTime.fromJSDate(later.start, { zone: 'Europe/London' });
      expect(to(priya)).toContain(`Other dates with places:`);
      expect(to(priya)).toContain(`${laterWords.toFormat('ccc d LLL yyyy, HH:mm')} to `);
      expect(to(mark)).toMatch(/For your information: .*cancelled by Chloe Brown/);
      expect(to(mark)).toContain('This ended the places of Priya Shah and Ola Held from your team.');
      expect(textsIn(response.sent)).toHaveLength(2);
    });

    it('changes nothing and tells nobody when pressed again, or when the session is already cancelled', async () => {
      const before = {
        session: await bot.database.collections.sessions.findOne({ _id: soon._id }),
        bookings: await bot.database.collections.bookings.find({ sessionId: soon._id }).toArray(),
      };
      const again = await bot.execute(chloe, 'session.cancelConfirmed', {
        sessionId: soon._id,
        offset: 0,
        reason: 'Pressed twice',
      });
      const first = await bot.execute(chloe, 'session.cancel', { sessionId: soon._id, offset: 0 });

      for (const response of [again, first]) {
        expect(cardText(response.body.value)).toMatch(
          /Already cancelled: CP ContactPoint training \(Profile\)[\s\S]*Reason: Trainer ill[\s\S]*Nothing changed/,
        );
        expect(response.sent).toHaveLength(0);
      }
      expect(await bot.database.collections.sessions.findOne({ _id: soon._id })).toEqual(before.session);
      expect(await bot.database.collections.bookings.find({ sessionId: soon._id }).toArray()).toEqual(
        before.bookings,
      );
      // Gone from the overview.
      expect(
        rowOf(await overview({ offset: 0, course: 'CP', accessRoute: 'profile' }), soon._id),
      ).toBeUndefined();
    });

    it('answers a stale or forged session id in one line, and changes nothing', async () => {
      const snapshot = async () =>
        JSON.stringify(await bot.database.collections.sessions.find({}).sort({ _id: 1 }).toArray());
      const before = await snapshot();
      const answers = [
        await bot.execute(chloe, 'session.cancel', { sessionId: 'no-such-session', offset: 0 }),
        await bot.execute(chloe, 'session.cancelConfirmed', { sessionId: 'no-such-session', reason: 'x' }),
        await bot.execute(chloe, 'session.cancelConfirmed', { sessionId: { $ne: '' }, reason: 'x' }),
        await bot.execute(chloe, 'session.cancelConfirmed', {
          sessionId: later._id,
          reason: 'x'.repeat(5_000),
        }),
        await bot.execute(chloe, 'session.cancelConfirmed', { sessionId: later._id, reason: { $gt: '' } }),
        await bot.execute(chloe, 'session.cancel', { sessionId: later._id, offset: 'first' }),
        await bot.execute(chloe, 'sessions.manage', { offset: 0, accessRoute: 'carrier-pigeon' }),
        await bot.execute(chloe, 'sessions.manage', { offset: 0, course: { $regex: '.*' } }),
      ];
      for (const answer of answers) {
        expect(typeof answer.body.value).toBe('string');
        expect(answer.body.value).not.toContain('\n');
        expect(answer.body.value).toMatch(/can't find that session|could not read that card/);
        expect(answer.sent).toHaveLength(0);
      }
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('adding a session', () => {
    const date = londonDate(40);
    async function form(): Promise<any> {
      const card = (await bot.execute(chloe, 'session.new', {})).body.value;
      expect(cardProblems(card)).toEqual([]);
      return card;
    }
    const valid = (extra: Record<string, unknown> = {}) => ({
      course: 'IS02',
      date,
      start: '09:30',
      end: '12:30',
      venue: 'Riverside Hub, Room 5',
      capacity: '12',
      accessRoute: 'any',
      audience: 'any',
      trainer: tom.aadObjectId,
      ...extra,
    });

    it('offers a form of the bookable courses, systems, audiences and trainers', async () => {
      const card = await form();
      const input = (id: string) => JSON.stringify(card).includes(`"id":"${id}"`);
      for (const id of NEW_SESSION_INPUTS) expect(input(id)).toBe(true);
      const text = cardText(card);
      expect(text).toContain('CP ContactPoint training');
      expect(text).not.toContain('IS-EL'); // self-study: no sessions
      expect(text).toContain('Tom Wilson');
      expect(button(card, 'Add session').data.form).toMatch(/^[A-Z0-9]{4}$/);
    });

    it('adds exactly one session from a valid form, with a reference in the coordinator style, once however often it is sent', async () => {
      const add = button(await form(), 'Add session');
      const response = await bot.execute(chloe, add.verb, { ...add.data, ...valid() });
      const card = response.body.value;
      expect(cardProblems(card)).toEqual([]);
      expect(cardText(card)).toContain('Session added');
      const stored = await bot.database.collections.sessions
        .find({ venue: 'Riverside Hub, Room 5' })
        .toArray();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        _id: `IS02-${date}-0930-${add.data.form}`,
        course: 'IS02',
        start: DateTime.fromISO(`${date}T09:30`, { zone: 'Europe/London' }).toJSDate(),
        end: DateTime.fromISO(`${date}T12:30`, { zone: 'Europe/London' }).toJSDate(),
        capacity: 12,
        booked: 0,
        trainer: tom.aadObjectId,
      });
      expect(stored[0]?.accessRoute).toBeUndefined();
      expect(cardText(card)).toContain(stored[0]!._id);
      expect(cardText(card)).toContain('Tom Wilson');

      const again = await bot.execute(chloe, add.verb, { ...add.data, ...valid() });
      expect(cardText(again.body.value)).toContain('Session already added');
      expect(await bot.database.collections.sessions.countDocuments({ venue: 'Riverside Hub, Room 5' })).toBe(
        1,
      );
      // It is in the overview.
      expect(rowOf(await overview({ offset: 0, course: 'IS02' }), stored[0]!._id)).toBeDefined();
    });

    it.each<[string, Record<string, unknown>, RegExp]>([
      ['no places', { capacity: '0' }, /\*\*Places\*\* must be a whole number greater than 0/],
      ['an end before the start', { start: '13:00', end: '09:30' }, /\*\*End time\*\* must be after start/],
      [
        'a ContactPoint session without a system',
        { course: 'CP' },
        /\*\*System\*\* is required for CP sessions/,
      ],
      [
        'a course not in the catalogue',
        { course: 'XX99' },
        /\*\*Course\*\* "XX99" is not a course code in the catalogue/,
      ],
      ['a date in the past', { date: londonDate(-2) }, /\*\*Date and start time\*\* is in the past/],
      ['no venue', { venue: '  ' }, /\*\*Venue\*\* is required/],
      [
        'a time that is not one',
        { start: '25:99' },
        /\*\*Date and start time\*\* .* is not a real date and time/,
      ],
      [
        'a trainer not on the roster',
        { trainer: '99999999-9999-4999-8999-999999999999' },
        /\*\*Trainer\*\* is not on the roster/,
      ],
    ])(
      'adds nothing from a form with %s, and shows the form again with what was entered',
      async (_, bad, problem) => {
        const before = await bot.database.collections.sessions.countDocuments({});
        const add = button(await form(), 'Add session');
        const entered = valid({ venue: 'Kept Venue', ...bad });

        const response = await bot.execute(chloe, add.verb, { ...add.data, ...entered });

        const card = response.body.value;
        expect(cardProblems(card)).toEqual([]);
        expect(cardText(card)).toMatch(/Not added/);
        expect(cardText(card)).toMatch(problem);
        const inputs = JSON.stringify(card);
        if (typeof entered.venue === 'string' && entered.venue.trim())
          expect(inputs).toContain(`"value":"${entered.venue}"`);
        expect(button(card, 'Add session').data.form).toBe(add.data.form);
        expect(await bot.database.collections.sessions.countDocuments({})).toBe(before);
      },
    );

    it('refuses forged or oversized form data in one line, writing nothing', async () => {
      const before = await bot.database.collections.sessions.countDocuments({});
      for (const data of [
        { form: 'ABCD', ...valid({ venue: 'v'.repeat(10_000) }) },
        { form: 'ABCD', ...valid({ course: { $ne: '' } }) },
        { form: { $gt: '' }, ...valid() },
        { form: 'AB', ...valid() },
        { form: 'ABCD', ...valid({ capacity: [12] }) },
      ]) {
        const response = await bot.execute(chloe, 'session.create', data);
        expect(response.body.value).toMatch(/could not read that card/);
      }
      expect(await bot.database.collections.sessions.countDocuments({})).toBe(before);
    });
  });
});
