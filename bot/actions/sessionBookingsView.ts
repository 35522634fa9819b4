import { sessionBookingsCard } from '../../cards/sessionBookingsCard';
import { sessionBookings } from '../../services/booking/sessionBookings';
import type { ActionRequest } from '../actionRoutes';
import type { SessionData } from '../cardData';
import { cardResponse, messageResponse } from '../invokeResponses';
import { sessionNames } from '../manageSessions';
import { COORDINATORS_ONLY_SESSIONS, SESSION_NOT_FOUND } from '../replies';

/** `session.bookings`: who has a place on a session, in place of the overview, with Cancel booking on each. */
export async function sessionBookingsView({ data, actor, services }: ActionRequest<SessionData>) {
  if (!actor.isCoordinator) return messageResponse(COORDINATORS_ONLY_SESSIONS);
  const found = await sessionBookings(
    services.database.collections,
    services.catalogue,
    data.sessionId,
    services.bookingRules,
    services.clock(),
  );
  if (!found.ok) return messageResponse(SESSION_NOT_FOUND);
  const place = {
    offset: data.offset,
    ...(data.course ? { course: data.course } : {}),
    ...(data.accessRoute ? { accessRoute: data.accessRoute } : {}),
  };
  return cardResponse(sessionBookingsCard(found.session, found.bookings, sessionNames(services), place));
}
