import type { ActionRequest } from '../actionRoutes';
import { cardResponse, messageResponse } from '../invokeResponses';
import { fillRatesCardFor } from '../views';
import type { PageData } from '../cardData';

/** `fillRates.page`: another page of the coordinator's fill rates. */
export async function fillRatesPage({ data, actor, services }: ActionRequest<PageData>) {
  if (!actor.isCoordinator) return messageResponse('Fill rates are for training coordinators.');
  return cardResponse(await fillRatesCardFor(services, data.offset));
}
