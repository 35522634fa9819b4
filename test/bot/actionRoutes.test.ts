import { ACTION_ROUTES, actionRouteFor } from '../../bot/actionRoutes';
import { VERBS } from '../../cards/verbs';
import { startTestBot, type TestBot } from '../support/botHarness';

// Card verbs come from the wire: only the table's own verbs may be found (issue 11, item 1).

const priya = { aadObjectId: 'aad-priya', name: 'Priya Shah' };
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('card verbs', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot('action_routes');
  });
  afterAll(() => bot.stop());

  it.each(PROTOTYPE_NAMES)(
    'answers the verb %j as a button that is not available, not with an apology',
    async (verb) => {
      const response = await bot.execute(priya, verb, {});
      expect(response.status).toBe(200);
      expect(response.body.value).toMatch(/isn't available any more/);
    },
  );

  it('refuses a verb that is not a string at the edge, before any handler (400)', async () => {
    const response = await bot.post(
      bot.activityFrom(priya, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: { ask: true }, data: {} }, trigger: 'manual' },
      }),
    );
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text)).toEqual({ error: 'invalid activity' });
  });

  it('finds every verb in the table, and nothing else', () => {
    expect(Object.keys(ACTION_ROUTES).sort()).toEqual([...VERBS].sort());
    for (const verb of VERBS) expect(actionRouteFor(verb)).toBe(ACTION_ROUTES[verb]);
    for (const verb of [...PROTOTYPE_NAMES, 'ASK', '', undefined, 42])
      expect(actionRouteFor(verb)).toBeUndefined();
  });
});
