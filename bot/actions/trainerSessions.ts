import { trainerSessionsCard } from '../../cards/trainerSessionsCard';
import { accessRouteLabel } from '../../services/catalogue/accessRoutes';
import { courseByCode } from '../../services/catalogue/courseLookup';
import { sessionsRunBy } from '../../services/sessions/sessionsRunBy';
import type { ActionRequest } from '../actionRoutes';
import { cardMessage } from '../attachments';
import { messageResponse } from '../invokeResponses';

/** `trainer.sessions`: the sessions the clicker is down to run, sent below (the welcome card stays). */
export async function trainerSessions(request: ActionRequest<unknown>) {
  if (!request.actor.isTrainer)
    return messageResponse('That list is for trainers. Ask "find a session" for dates to attend.');
  await sendSessionsRunBy(request);
  return messageResponse('Answered below.');
}

/** The sessions a trainer is down to run, as a card in the chat: from the button, or asked in words. */
export async function sendSessionsRunBy({
  context,
  actor,
  services,
}: Pick<ActionRequest<unknown>, 'context' | 'actor' | 'services'>): Promise<void> {
  const view = await sessionsRunBy(services.database.collections, actor.aadObjectId, services.clock());
  await context.sendActivity(
    cardMessage(
      trainerSessionsCard(
        view,
        (code) => courseByCode(services.catalogue, code)?.title ?? '',
        (route) => accessRouteLabel(services.catalogue, route),
      ),
    ),
  );
}
