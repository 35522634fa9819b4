import { nominationCard } from '../../cards/nominationCard';
import { nominationChoices } from '../../services/booking/nominationChoices';
import type { ActionRequest } from '../actionRoutes';
import { cardMessage } from '../attachments';
import { messageResponse } from '../invokeResponses';
import { BOOKING_REFUSED } from '../replies';

/** `nominate.start`: the nomination form, sent below the card it was pressed on. */
export async function nominateStart({ context, actor, services }: ActionRequest<unknown>) {
  if (!actor.isManager) return messageResponse(BOOKING_REFUSED.not_a_manager_nominate);
  const choices = await nominationChoices(
    services.database.collections,
    services.catalogue,
    actor.aadObjectId,
    services.clock(),
  );
  await context.sendActivity(cardMessage(nominationCard(choices)));
  return messageResponse('Choose a session and who to nominate, below.');
}
