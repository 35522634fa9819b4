import type { ActionRequest } from '../actionRoutes';
import { messageResponse } from '../invokeResponses';
import { newSessionForm } from '../manageSessions';
import { COORDINATORS_ONLY_SESSIONS } from '../replies';

/** `session.new`: an empty New session form. */
export async function sessionNew({ actor, services }: ActionRequest<Record<string, never>>) {
  if (!actor.isCoordinator) return messageResponse(COORDINATORS_ONLY_SESSIONS);
  return newSessionForm(services);
}
