import { startTestBot, type TestBot } from '../support/botHarness';

// Stopping: turns in flight get a grace period, and the stop reports how many were cut off at its end.

const priya = { aadObjectId: 'aad-priya', name: 'Priya Shah' };

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('stopping the bot', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot('server_stop');
  });
  afterEach(async () => {
    bot.connector.release();
    await bot.stop();
  });

  /**
   * A message whose turn waits: the connector holds the bot's first reply (the typing indicator). Gives the
   * HTTP status the message gets in the end (0 when its connection is cut).
   */
  async function turnInFlight(): Promise<{ answered: Promise<number> }> {
    bot.connector.hold();
    const answered = bot
      .post(bot.activityFrom(priya, { type: 'message', text: 'help' }))
      .then((response) => response.status)
      .catch(() => 0);
    await until(() => bot.connector.heldCount() === 1);
    return { answered };
  }

  it('reports a turn still running at the end of the grace period as cut', async () => {
    const { answered } = await turnInFlight();
    const stopped = await bot.running.stop(200);
    expect(stopped).toEqual({ cutTurns: 1 });
    expect(await answered).toBe(0);
  });

  it('lets a turn finish within the grace period and reports none cut', async () => {
    const { answered } = await turnInFlight();
    setTimeout(() => bot.connector.release(), 100);
    const stopped = await bot.running.stop(10_000);
    expect(stopped).toEqual({ cutTurns: 0 });
    expect(await answered).toBe(200);
  });
});
