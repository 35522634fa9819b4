import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { reviewPersonCard } from '../../cards/reviewPersonCard';
import { confirmSelfDeclared } from '../../services/people/reviewSelfDeclared';
import { declaredPerson } from '../../services/people/waitingForConfirmation';
import type { ConfirmData } from '../cardData';
import type { ActionRequest } from '../actionRoutes';
import { ONLY_COORDINATORS, queueCard, reviewerOf } from '../confirmationQueue';
import { cardResponse, messageResponse } from '../invokeResponses';
import { confirmedNotice, refusalNotice } from '../reviewNotices';
import { tellPerson } from '../tellPerson';
import { organisationChoices } from '../views';

/** `profile.confirm`: as declared from the list, or as corrected on the form. */
export async function profileConfirm({
  data,
  actor,
  services,
}: ActionRequest<ConfirmData>): Promise<AdaptiveCardInvokeResponse> {
  if (!actor.isCoordinator) return messageResponse(ONLY_COORDINATORS);
  const { collections } = services.database;
  const result = await confirmSelfDeclared(
    collections,
    services.catalogue,
    {
      reviewer: reviewerOf(actor),
      aadObjectId: data.aadObjectId,
      ...(data.declaredAt ? { declaredAt: data.declaredAt } : {}),
      ...(data.corrected
        ? {
            corrections: {
              audience: data.audience,
              organisation: data.organisation,
              serviceGroup: data.serviceGroup,
              managerEmail: data.managerEmail,
              noManager: !data.managerEmail,
            },
          }
        : {}),
    },
    services.clock(),
  );
  if (!result.ok && result.reason === 'invalid') {
    // The form comes back with what the coordinator chose and what is wrong with it.
    const person = await declaredPerson(collections, data.aadObjectId);
    if (person && data.corrected) {
      return cardResponse(
        reviewPersonCard(
          {
            ...person,
            ...(data.audience ? { audience: data.audience } : {}),
            ...(data.serviceGroup ? { serviceGroup: data.serviceGroup } : {}),
            ...(data.organisation ? { organisation: data.organisation } : {}),
          },
          data.offset,
          await organisationChoices(services),
          result.problems,
        ),
      );
    }
  }
  if (!result.ok) return queueCard(services, data.offset, refusalNotice(result));
  await tellPerson(
    services,
    result.person._id,
    `Good news: ${reviewerOf(actor).name} has confirmed your details, so you are now on the training roster. Ask "what training do I need?" to see your pathway.`,
  );
  return queueCard(services, data.offset, confirmedNotice(result));
}
