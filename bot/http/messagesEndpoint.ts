import type { Request, Response } from 'restify';
import type { BotAdapter } from '../adapter';
import type { Logger } from '../logger';
import type { TrainingBot } from '../trainingBot';
import { parseActivity } from './activitySchema';
import { readJsonBody } from './readJsonBody';

/**
 * POST /api/messages: body, activity, token, turn, each checked before the next, each failure answered with a
 * short generic body (the detail goes to the log, never to the caller).
 */
export function messagesEndpoint(deps: { adapter: BotAdapter; bot: TrainingBot; logger: Logger }) {
  const { adapter, bot, logger } = deps;
  return async (req: Request, res: Response): Promise<void> => {
    const body = await readJsonBody(req);
    if (!body.ok) {
      if (body.unread) res.header('connection', 'close');
      logger.warn({ status: body.status, reason: body.error }, 'request refused');
      return answer(res, body.status, { error: body.error });
    }

    const parsed = parseActivity(body.value);
    if (!parsed.ok) {
      logger.warn({ issues: parsed.issues.slice(0, 5) }, 'activity refused');
      return answer(res, 400, { error: 'invalid activity' });
    }

    let authenticated;
    try {
      authenticated = await adapter.authenticate(req.headers.authorization ?? '', parsed.activity);
    } catch (error) {
      // Missing, forged or unverifiable (the signing keys could not be fetched): the caller is not a channel.
      logger.warn({ err: error }, 'authentication failed');
      return answer(res, 401, { error: 'unauthorized' });
    }

    const turn = await adapter.runTurn(authenticated, parsed.activity, (context) => bot.run(context));
    answer(res, turn?.status ?? 200, turn?.body);
  };
}

function answer(res: Response, status: number, body: unknown): void {
  if (body === undefined) res.send(status);
  else res.send(status, body);
}
