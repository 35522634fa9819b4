import type { Activity } from 'botbuilder';
import { organisationWords } from '../../services/people/organisation';
import type { StaffProfile } from '../../services/people/staffProfile';
import { staffProfile } from '../support/people';
import {
  activityFrom,
  cardsIn,
  cardText,
  startTestBot,
  type TestBot,
  type TestUser,
} from '../support/botHarness';

// Issue 11 §6: no list is cut off silently. A big team pages; the onboarding card searches every organisation.

const manager: TestUser = { aadObjectId: '77777777-7777-4777-8777-000000000001', name: 'Morag Large' };
const now = new Date();

function person(n: number, extra: Partial<StaffProfile> = {}): StaffProfile {
  return staffProfile(`77777777-7777-4777-8777-${String(1000 + n).padStart(12, '0')}`, {
    name: `Report ${String(n).padStart(3, '0')}`,
    organisation: 'Organisation 000',
    managerAadObjectId: manager.aadObjectId,
    ...extra,
  });
}

describe('long lists', () => {
  let bot: TestBot;
  const TEAM = 57;
  const ORGANISATIONS = 300;

  beforeAll(async () => {
    bot = await startTestBot('long_lists');
    const { people, organisations } = bot.database.collections;
    await organisations.insertMany(
      Array.from({ length: ORGANISATIONS }, (_, i) => {
        const name =
          i === 299 ? "St Mary's C of E Primary School" : `Organisation ${String(i).padStart(3, '0')}`;
        return {
          _id: name.toLowerCase(),
          name,
          accredited: true,
          words: organisationWords(name),
          updatedAt: now,
        };
      }),
    );
    await people.insertOne(
      person(0, {
        _id: manager.aadObjectId,
        name: manager.name,
        audience: 'operational-manager',
        managerAadObjectId: undefined,
      }),
    );
    await people.insertMany(Array.from({ length: TEAM }, (_, i) => person(i + 1)));
    // A self-declared person who names the manager is not in the team.
    await people.insertOne(person(999, { source: 'self-declared', name: 'Claimant' }));
    await bot.say(manager, 'hi');
  });
  afterAll(() => bot.stop());

  it('shows a team of 57 twenty at a time, saying how many there are, and reaches the last one', async () => {
    const [card] = cardsIn(await bot.say(manager, 'how is my team doing'));
    expect(cardText(card)).toContain(`Showing 1-20 of ${TEAM} people`);
    const seen = new Set<string>();
    let page: any = card;
    for (let guard = 0; page && guard < 10; guard += 1) {
      for (const match of cardText(page).matchAll(/\*\*(Report \d{3})\*\*/g)) seen.add(match[1]!);
      const next = (page.actions ?? []).find((action: any) => action.title.startsWith('Next'));
      page = next ? (await bot.execute(manager, next.verb, next.data)).body.value : undefined;
    }
    expect(seen.size).toBe(TEAM);
    expect(seen.has('Report 057')).toBe(true);
  });

  it('counts every session in the fill rates, showing them 25 at a time', async () => {
    const coordinator: TestUser = {
      aadObjectId: '77777777-7777-4777-8777-000000000002',
      name: 'Cora Ordinator',
    };
    await bot.database.collections.people.insertOne(
      person(0, {
        _id: coordinator.aadObjectId,
        name: coordinator.name,
        permissions: ['coordinator'],
        managerAadObjectId: undefined,
      }),
    );
    await bot.database.collections.sessions.insertMany(
      Array.from({ length: 30 }, (_, i) => ({
        _id: `S${i}`,
        course: 'IS02',
        start: new Date(now.getTime() + (i + 1) * 86_400_000),
        end: new Date(now.getTime() + (i + 1) * 86_400_000 + 3 * 3_600_000),
        venue: 'Room 1',
        capacity: 10,
        booked: 1,
        updatedAt: now,
      })),
    );
    await bot.say(coordinator, 'hi');
    const [card] = cardsIn(await bot.say(coordinator, 'how full are the sessions?'));
    expect(cardText(card)).toContain('30 of 300 places taken (10%)** across 30 sessions');
    expect(cardText(card)).toContain('Showing 1-25 of 30 sessions');
    const next = card.actions.find((action: any) => action.title === 'Next 5');
    const page = await bot.execute(coordinator, next.verb, next.data);
    expect(cardText(page.body.value)).toContain('Showing 26-30 of 30 sessions');
  });

  it('answers a page past the end with the last page rather than an empty card', async () => {
    const response = await bot.execute(manager, 'team.page', { offset: 500 });
    expect(cardText(response.body.value)).toContain(`Showing 41-${TEAM} of ${TEAM} people`);
  });

  describe('the onboarding typeahead', () => {
    const newcomer: TestUser = { aadObjectId: '77777777-7777-4777-8777-000000009999', name: 'Nia Newcomer' };

    async function search(queryText: string, dataset = 'organisations'): Promise<any> {
      const response = await bot.post(
        activityFrom(newcomer, {
          type: 'invoke',
          name: 'application/search',
          value: { queryText, dataset, queryOptions: { skip: 0, top: 15 } },
        } as Partial<Activity>),
      );
      expect(response.status).toBe(200);
      return JSON.parse(response.text);
    }

    it('lists the first organisations and says typing searches all of them', async () => {
      const cards = cardsIn(await bot.say(newcomer, 'hi'));
      const input = cards.flatMap((card) => card.body).find((element: any) => element.id === 'organisation');
      expect(input.label).toContain(`all ${ORGANISATIONS}`);
      expect(input['choices.data']).toEqual({ type: 'Data.Query', dataset: 'organisations' });
    });

    it('finds an organisation at the end of the alphabet by any word of its name', async () => {
      for (const typed of ['st mary', 'primary', 'marys', 'MARY PRIM']) {
        const body = await search(typed);
        expect(body.type).toBe('application/vnd.microsoft.search.searchResponse');
        expect(body.value.results).toEqual([
          { title: "St Mary's C of E Primary School", value: "St Mary's C of E Primary School" },
        ]);
      }
    });

    it('gives at most 15 choices, and none for a dataset it does not know or for regex tricks', async () => {
      expect((await search('organisation')).value.results).toHaveLength(15);
      expect((await search('organisation', 'staff')).value.results).toEqual([]);
      expect((await search('.*')).value.results).toEqual([]);
    });
  });
});
