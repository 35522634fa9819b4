import { sessionAddedCard } from '../../cards/newSessionCard';
import { ANY } from '../../cards/sessionsOverviewCard';
import { findByAadObjectId } from '../../services/people/staffProfileRepository';
import { createSession } from '../../services/sessions/createSession';
import type { ActionRequest } from '../actionRoutes';
import type { NewSessionData } from '../cardData';
import { cardResponse, messageResponse } from '../invokeResponses';
import { newSessionForm, sessionNames } from '../manageSessions';
import { COORDINATORS_ONLY_SESSIONS } from '../replies';

/**
 * `session.create`: the New session form sent. The form's fields become a sessions.csv row (date and time
 * together, as the file has them) and the service checks it by the file's rules; problems come back on the form.
 */
export async function sessionCreate({ data, actor, services }: ActionRequest<NewSessionData>) {
  if (!actor.isCoordinator) return messageResponse(COORDINATORS_ONLY_SESSIONS);
  const text = (value: string | undefined) => (value ?? '').trim();
  const chosen = (value: string | undefined) => (text(value) === ANY ? '' : text(value));
  // The time picker may send seconds ("09:30:00"); the file's format has none.
  const at = (time: string | undefined) =>
    text(data.date) && text(time) ? `${text(data.date)}T${text(time).slice(0, 5)}` : '';
  const outcome = await createSession(
    services.database.collections,
    services.catalogue,
    {
      course: text(data.course),
      start: at(data.start),
      end: at(data.end),
      venue: text(data.venue),
      capacity: text(data.capacity),
      accessRoute: chosen(data.accessRoute),
      audience: chosen(data.audience),
      trainer: chosen(data.trainer),
    },
    data.form,
    services.clock(),
  );
  if (!outcome.ok) {
    const { form, ...values } = data;
    return newSessionForm(services, { form, values, problems: outcome.problems });
  }
  const trainer = outcome.session.trainer
    ? await findByAadObjectId(services.database.collections, outcome.session.trainer)
    : null;
  return cardResponse(
    sessionAddedCard(outcome.session, outcome.created, sessionNames(services), trainer?.name),
  );
}
