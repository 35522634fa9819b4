import type { ActionRequest } from '../actionRoutes';
import type { SessionsPlaceData } from '../cardData';
import { messageResponse } from '../invokeResponses';
import { overviewResponse } from '../manageSessions';
import { COORDINATORS_ONLY_SESSIONS } from '../replies';

/** `sessions.manage`: the coordinator's coming sessions, filtered and paged ("Manage sessions", Apply, More). */
export async function sessionsManage({ data, actor, services }: ActionRequest<SessionsPlaceData>) {
  if (!actor.isCoordinator) return messageResponse(COORDINATORS_ONLY_SESSIONS);
  return overviewResponse(services, data);
}
