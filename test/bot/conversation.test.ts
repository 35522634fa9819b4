import { cardProblems } from '../support/cardValidation';
import { cardsIn, cardText, startTestBot, textsIn, type TestBot } from '../support/botHarness';

const priya = { aadObjectId: 'aad-priya', name: 'Priya Shah' };
const botAccount = { id: '28:training-bot', name: 'IW Training' };

describe('conversation basics over the real HTTP endpoint', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot('conversation');
  });
  afterAll(() => bot.stop());

  it('answers "help" with the welcome card and its buttons, and no typing indicator before it', async () => {
    const replies = await bot.say(priya, 'help');

    expect(replies.map((reply) => reply.type)).not.toContain('typing');
    const [card] = cardsIn(replies);
    expect(cardText(card)).toContain('Welcome, Priya');
    const buttons = (card.actions as { title: string }[]).map((action) => action.title);
    expect(buttons).toEqual(
      expect.arrayContaining(['My training', 'Am I ready?', 'Find a session', 'What is ContactPoint?']),
    );
    expect(cardProblems(card)).toEqual([]);
  });

  it('welcomes a person when the app is installed and remembers where to reach them', async () => {
    const mark = { aadObjectId: 'aad-mark', name: 'Mark Evans' };
    const replies = await bot.send({
      type: 'conversationUpdate',
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
      from: { id: '29:aad-mark', aadObjectId: 'aad-mark', name: 'Mark Evans' },
      recipient: botAccount,
      conversation: { id: 'personal-aad-mark', conversationType: 'personal', tenantId: 't' } as never,
      membersAdded: [botAccount],
    });

    expect(cardText(cardsIn(replies)[0])).toContain('Welcome, Mark');
    const stored = await bot.database.collections.conversations.findOne({ _id: 'personal-aad-mark' });
    expect(stored).toMatchObject({ aadObjectId: mark.aadObjectId, conversationType: 'personal' });
  });

  it('forgets the conversation when the app is uninstalled', async () => {
    await bot.say({ aadObjectId: 'aad-leaver', name: 'Lee Vern' }, 'hello');
    expect(await bot.database.collections.conversations.countDocuments({ _id: 'personal-aad-leaver' })).toBe(
      1,
    );

    await bot.send({
      type: 'installationUpdate',
      action: 'remove',
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
      from: { id: '29:aad-leaver', aadObjectId: 'aad-leaver', name: 'Lee Vern' },
      recipient: botAccount,
      conversation: { id: 'personal-aad-leaver', conversationType: 'personal' } as never,
    });

    expect(await bot.database.collections.conversations.countDocuments({ _id: 'personal-aad-leaver' })).toBe(
      0,
    );
  });

  it('shows the welcome and onboarding cards to someone not on the roster who messages first', async () => {
    const replies = await bot.say({ aadObjectId: 'aad-newcomer', name: 'Sam Okafor' }, 'blah blah');
    const cards = cardsIn(replies);
    expect(cardText(cards[0])).toContain('Welcome, Sam');
    expect(cardText(cards[1])).toContain('Save my details');
    expect(textsIn(replies).join(' ')).not.toMatch(/didn't catch that/i);
  });

  it('replies to something it does not understand with suggestions', async () => {
    const replies = await bot.say(priya, 'qwertyuiop');
    expect(textsIn(replies).join(' ')).toMatch(/didn't catch that.*help/is);
  });

  it('strips an @mention in a group chat before understanding the text', async () => {
    const replies = await bot.say(priya, '<at>IW Training</at> help', {
      conversation: { id: 'group-1', conversationType: 'groupChat', isGroup: true } as never,
      entities: [{ type: 'mention', mentioned: botAccount, text: '<at>IW Training</at>' }],
    });
    expect(cardText(cardsIn(replies)[0])).toContain('Welcome');
  });

  it('answers a card button for an unknown verb with a friendly message', async () => {
    const response = await bot.execute(priya, 'no.such.verb', { x: 1 });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
    });
    expect(response.body.value).toMatch(/isn't available any more/);
  });

  it('apologises with a reference id when a turn fails, and keeps serving', async () => {
    // A damaged record makes the turn throw; the person sees one line with an id, the process lives on.
    await bot.database.collections.people.insertOne({ _id: 'aad-broken', name: 42 } as never);
    const replies = await bot.say({ aadObjectId: 'aad-broken', name: 'Bea Roken' }, 'help');
    expect(textsIn(replies).join(' ')).toMatch(
      /Sorry, something went wrong on my side.*reference [0-9a-f]{8}/,
    );

    const after = await bot.say(priya, 'help');
    expect(cardText(cardsIn(after)[0])).toContain('Welcome, Priya');
  });

  it('refuses malformed requests without crashing', async () => {
    expect((await bot.post('{not json')).status).toBe(400);
    expect((await bot.post({ hello: 'world' })).status).toBe(400);
    // A message with no sender or conversation is refused without storing anything.
    const before = await bot.database.collections.conversations.countDocuments({});
    const response = await bot.post({ type: 'message', text: 'hi', deliveryMode: 'expectReplies' });
    expect(response.status).toBe(400);
    expect(await bot.database.collections.conversations.countDocuments({})).toBe(before);

    const health = await fetch(`${bot.running.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('tells a person without a work account that it can only help signed-in staff', async () => {
    const replies = await bot.send({
      type: 'message',
      text: 'help',
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
      from: { id: 'anonymous', name: 'Guest' },
      recipient: botAccount,
      conversation: { id: 'guest-chat', conversationType: 'personal' } as never,
    });
    expect(textsIn(replies).join(' ')).toMatch(/work account/);
  });
});
