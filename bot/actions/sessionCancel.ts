import { cancelSessionCard } from '../../cards/cancelSessionCard';
import { sessionCancelPreview } from '../../services/booking/sessionCancelPreview';
import type { ActionRequest } from '../actionRoutes';
import type { SessionData } from '../cardData';
import { cardResponse, messageResponse } from '../invokeResponses';
import { notCancellable, sessionNames } from '../manageSessions';
import { COORDINATORS_ONLY_SESSIONS } from '../replies';

/** `session.cancel`, the first press: says who would be told and asks for a reason. Changes nothing. */
export async function sessionCancel({ data, actor, services }: ActionRequest<SessionData>) {
  if (!actor.isCoordinator) return messageResponse(COORDINATORS_ONLY_SESSIONS);
  const preview = await sessionCancelPreview(services.database.collections, data.sessionId, services.clock());
  if (!preview.ok) return notCancellable(services, preview, data);
  const { session, booked, waiting } = preview;
  return cardResponse(
    cancelSessionCard({ kind: 'confirm', session, booked, waiting }, sessionNames(services), data),
  );
}
