import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { reviewPersonCard } from '../../cards/reviewPersonCard';
import { waitingForConfirmationCard, type Notice } from '../../cards/waitingForConfirmationCard';
import {
  confirmSelfDeclared,
  rejectSelfDeclared,
  type Reviewer,
} from '../../services/people/reviewSelfDeclared';
import { declaredPerson, waitingForConfirmation } from '../../services/people/waitingForConfirmation';
import type { Actor } from '../../services/people/actorRoles';
import type { ActionRequest } from '../actionRoutes';
import type { BotServices } from '../botServices';
import { cardResponse, messageResponse } from '../invokeResponses';
import { tellPerson } from '../tellPerson';
import { confirmedNotice, refusalNotice, rejectedNotice } from '../reviewNotices';
import { displayNameOf, organisationChoices } from '../views';
import type { ConfirmData, PageData, PersonData } from './reviewRequests';

// The coordinator's confirmation queue: each button replaces the card in place with the queue as it now is.

const ONLY_COORDINATORS = 'Only training coordinators can confirm or reject people. The card is unchanged.';

function reviewerOf(actor: Actor): Reviewer {
  return {
    id: actor.aadObjectId,
    name: displayNameOf(actor.profile?.name),
    isCoordinator: actor.isCoordinator,
  };
}

async function queueCard(services: BotServices, offset: number, notice?: Notice) {
  return cardResponse(
    waitingForConfirmationCard(await waitingForConfirmation(services.database.collections, offset), notice),
  );
}

/** `profiles.waiting`: another page of the queue, or back to it from the correction form. */
export async function showWaitingPage({ data, actor, services }: ActionRequest<PageData>) {
  if (!actor.isCoordinator) return messageResponse(ONLY_COORDINATORS);
  return queueCard(services, data.offset);
}

/** `profile.review`: the correction form for one person. */
export async function reviewPerson({ data, actor, services }: ActionRequest<PersonData>) {
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

/** `profile.confirm`: as declared from the list, or as corrected on the form. */
export async function confirmPerson({
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

/** `profile.reject`: turns a declaration down; the person keeps no role and is told whom to contact. */
export async function rejectPerson({ data, actor, services }: ActionRequest<PersonData>) {
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
