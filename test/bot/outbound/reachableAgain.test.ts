import { markUnreachable } from '../../../services/people/reachability';
import { staffProfile } from '../../support/people';
import { startTestBot, type TestBot } from '../../support/botHarness';

// Issue 13 item 7: someone the bot could not reach comes off the coordinator's list once they write to it.

describe('a person the bot could not reach', () => {
  let bot: TestBot;
  const ama = { aadObjectId: 'aad-ama', name: 'Ama Owusu' };

  beforeAll(async () => {
    bot = await startTestBot('outbound_reachable');
    await bot.database.collections.people.insertOne(staffProfile(ama.aadObjectId, { name: ama.name }));
  });
  afterAll(() => bot.stop());

  const unreachable = async () =>
    (await bot.database.collections.people.findOne({ _id: ama.aadObjectId }))?.unreachable;
  const markAma = () =>
    markUnreachable(bot.database.collections, ama.aadObjectId, '403 BotNotInConversationRoster', new Date());

  it('is reachable again once they write to the bot', async () => {
    await markAma();

    await bot.say(ama, 'hi');

    expect(await unreachable()).toBeUndefined();
  });

  it('is reachable again once they install the app in their own chat', async () => {
    await markAma();

    await bot.send(bot.activityFrom(ama, { type: 'installationUpdate', action: 'add' }));

    expect(await unreachable()).toBeUndefined();
  });

  it('stays on the list while they have not written', async () => {
    await markAma();

    await bot.say({ aadObjectId: 'aad-someone-else', name: 'Someone Else' }, 'hi');

    expect(await unreachable()).toBeDefined();
  });
});
