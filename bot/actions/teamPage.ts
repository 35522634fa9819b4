import { teamCard } from '../../cards/teamCard';
import { teamOverview } from '../../services/people/teamOverview';
import type { ActionRequest } from '../actionRoutes';
import type { TeamPlaceData } from '../cardData';
import { cardResponse, messageResponse } from '../invokeResponses';
import { NOT_A_MANAGER } from '../replies';

/** `team.page`: another page of the clicker's own team (the whole team, or those blocked). */
export async function teamPage({ data, actor, services }: ActionRequest<TeamPlaceData>) {
  if (!actor.isManager) return messageResponse(NOT_A_MANAGER);
  const team = await teamOverview(
    services.database.collections,
    services.catalogue,
    actor.aadObjectId,
    data,
    services.clock(),
  );
  return cardResponse(teamCard(team));
}
