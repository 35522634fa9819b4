import { reviewPersonCard } from '../../cards/reviewPersonCard';
import { declaredPerson } from '../../services/people/waitingForConfirmation';
import type { PersonData } from '../cardData';
import type { ActionRequest } from '../actionRoutes';
import { ONLY_COORDINATORS, queueCard } from '../confirmationQueue';
import { cardResponse, messageResponse } from '../invokeResponses';
import { organisationChoices } from '../views';

/** `profile.review`: the correction form for one self-declared person. */
export async function profileReview({ data, actor, services }: ActionRequest<PersonData>) {
  if (!actor.isCoordinator) return messageResponse(ONLY_COORDINATORS);
  const person = await declaredPerson(services.database.collections, data.aadObjectId);
  if (!person) {
    return queueCard(services, data.offset, {
      tone: 'warning',
      text: 'That person is no longer waiting: someone has already confirmed them.',
    });
  }
  return cardResponse(reviewPersonCard(person, data.offset, await organisationChoices(services)));
}
