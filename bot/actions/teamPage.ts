import { teamCard } from '../../cards/teamCard';
import { teamOverview } from '../../services/people/teamOverview';
import type { ActionRequest } from '../actionRoutes';
import { cardResponse, messageResponse } from '../invokeResponses';
import type { PageData } from '../cardData';

/** `team.page`: another page of the manager's own team (never anyone else's: the manager is the one clicking). */
export async function teamPage({ data, actor, services }: ActionRequest<PageData>) {
  if (!actor.isManager)
    return messageResponse('That view is for line managers. Ask "my training" for your own.');
  const team = await teamOverview(
    services.database.collections,
    services.catalogue,
    actor.aadObjectId,
    data.offset,
    services.clock(),
  );
  return cardResponse(teamCard(team));
}
