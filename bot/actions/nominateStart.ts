import { nominationCard } from '../../cards/nominationCard';
import { nominationChoices } from '../../services/booking/nominationChoices';
import type { TurnContext } from 'botbuilder';
import type { Actor } from '../../services/people/actorRoles';
import { findTeamMember } from '../../services/people/teamMember';
import type { ActionRequest } from '../actionRoutes';
import type { BotServices } from '../botServices';
import { cardMessage } from '../attachments';
import { messageResponse } from '../invokeResponses';
import { BOOKING_REFUSED } from '../replies';

/** `nominate.start`: the nomination form, sent below the card it was pressed on. */
export async function nominateStart({ context, actor, services }: ActionRequest<unknown>) {
  return messageResponse(await sendNominationForm(context, actor, services));
}

/** Sends the nomination form below, with anyone named already ticked; says in a line what to do (or why not). */
export async function sendNominationForm(
  context: TurnContext,
  actor: Actor,
  services: BotServices,
  named: readonly string[] = [],
): Promise<string> {
  if (!actor.isManager) return BOOKING_REFUSED.not_a_manager_nominate;
  const { collections } = services.database;
  const now = services.clock();
  const choices = await nominationChoices(collections, services.catalogue, actor.aadObjectId, now);
  const people: string[] = [];
  for (const name of named) {
    const found = await findTeamMember(collections, services.catalogue, actor.aadObjectId, name, now);
    if (found.ok) people.push(found.member.aadObjectId);
  }
  await context.sendActivity(
    cardMessage(nominationCard({ ...choices, ...(people.length ? { chosen: { people } } : {}) })),
  );
  return NOMINATION_FORM_SENT;
}

export const NOMINATION_FORM_SENT = 'Choose a session and who to nominate, below.';
