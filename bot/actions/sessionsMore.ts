import { sessionListCard } from '../../cards/sessionListCard';
import { sessionsFor } from '../../services/sessions/sessionsFor';
import type { ActionRequest } from '../actionRoutes';
import type { MoreSessionsData } from '../cardData';
import { cardResponse, messageResponse } from '../invokeResponses';
import { ONBOARD_BEFORE_BOOKING, sessionsReply } from '../replies';

/** `sessions.more`: the same search a page further on, replacing the list in place. */
export async function sessionsMore({ data, actor, services }: ActionRequest<MoreSessionsData>) {
  if (!actor.profile) return messageResponse(ONBOARD_BEFORE_BOOKING);
  const answer = await sessionsFor(
    services.database.collections,
    services.catalogue,
    { profile: actor.profile, placesHeld: actor.placesHeld },
    {
      modules: [data.course.toUpperCase()],
      contactPoint: false,
      accessRoutes: data.accessRoute ? [data.accessRoute] : [],
      ...(data.partOfDay ? { partOfDay: data.partOfDay } : {}),
      ...(data.when ? { when: data.when } : {}),
      ...(data.venue ? { venue: data.venue } : {}),
    },
    services.clock(),
    data.offset,
  );
  if (answer.kind !== 'sessions') return messageResponse(sessionsReply(answer));
  return cardResponse(sessionListCard(answer));
}
