import type { PageData } from '../cardData';
import type { ActionRequest } from '../actionRoutes';
import { ONLY_COORDINATORS, queueCard } from '../confirmationQueue';
import { messageResponse } from '../invokeResponses';

/** `profiles.waiting`: another page of the confirmation queue, or back to it from the correction form. */
export async function profilesWaiting({ data, actor, services }: ActionRequest<PageData>) {
  if (!actor.isCoordinator) return messageResponse(ONLY_COORDINATORS);
  return queueCard(services, data.offset);
}
