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

  it('is reachable again once they write to the bot', async () => {
    await markUnreachable(
      bot.database.collections,
      ama.aadObjectId,
      '403 BotNotInConversationRoster',
      new Date(),
    );

    await bot.say(ama, 'hi');

    expect(
      (await bot.database.collections.people.findOne({ _id: ama.aadObjectId }))?.unreachable,
    ).toBeUndefined();
  });
});
