import { rejectSelfDeclared } from '../../services/people/reviewSelfDeclared';
import type { PersonData } from '../cardData';
import type { ActionRequest } from '../actionRoutes';
import { ONLY_COORDINATORS, queueCard, reviewerOf } from '../confirmationQueue';
import { messageResponse } from '../invokeResponses';
import { refusalNotice, rejectedNotice } from '../reviewNotices';
import { tellPerson } from '../tellPerson';

/** `profile.reject`: turns a declaration down; the person keeps no role and is told whom to contact. */
export async function profileReject({ data, actor, services }: ActionRequest<PersonData>) {
  if (!actor.isCoordinator) return messageResponse(ONLY_COORDINATORS);
  const result = await rejectSelfDeclared(
    services.database.collections,
    {
      reviewer: reviewerOf(actor),
      aadObjectId: data.aadObjectId,
      ...(data.declaredAt ? { declaredAt: data.declaredAt } : {}),
    },
    services.clock(),
  );
  if (!result.ok) return queueCard(services, data.offset, refusalNotice(result));
  await tellPerson(
    services,
    result.person._id,
    `The training coordinator (${reviewerOf(actor).name}) could not confirm the details you entered. Please contact them to be added to the training roster; until then I can show the training you need, but not book anything.`,
  );
  return queueCard(services, data.offset, rejectedNotice(result.person.name));
}
