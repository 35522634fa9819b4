import { startTestBot, textsIn, type TestBot } from './botHarness';

// The harness itself: each test bot posts to its own stand-in connector, so two bots in one file do not
// take each other's replies.

const priya = { aadObjectId: 'aad-priya', name: 'Priya Shah' };

describe('two test bots in one file', () => {
  let first: TestBot;
  let second: TestBot;
  beforeAll(async () => {
    first = await startTestBot('harness_first');
    second = await startTestBot('harness_second');
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
  });

  it('gives each bot its own replies to card buttons', async () => {
    await first.say(priya, 'hi');
    await second.say(priya, 'hi');

    const fromFirst = await first.execute(priya, 'ask', { intent: 'my_bookings' });
    const fromSecond = await second.execute(priya, 'ask', { intent: 'contactpoint_info' });

    expect(textsIn(fromFirst.sent).join(' ')).toMatch(/details about your role|no sessions booked/);
    expect(textsIn(fromFirst.sent).join(' ')).not.toMatch(/ContactPoint is the national index/);
    expect(textsIn(fromSecond.sent).join(' ')).toMatch(/ContactPoint is the national index/);
  });
});
