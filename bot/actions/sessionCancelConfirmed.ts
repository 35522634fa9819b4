import { cancelSessionCard, type CancelTelling } from '../../cards/cancelSessionCard';
import { sessionTitle } from '../../cards/sessionsOverviewCard';
import { cancelSession, type SessionCancelOutcome } from '../../services/booking/cancelSession';
import { sessionCancelPreview } from '../../services/booking/sessionCancelPreview';
import type { ActionRequest } from '../actionRoutes';
import { refreshApprovalCards } from '../bookingNotices';
import type { BotServices } from '../botServices';
import type { CancelSessionData } from '../cardData';
import { cardResponse, messageResponse } from '../invokeResponses';
import { notCancellable, sessionNames } from '../manageSessions';
import {
  COORDINATORS_ONLY_SESSIONS,
  sessionCancelledForManager,
  sessionCancelledForPerson,
  type CancelledSessionWords,
} from '../replies';
import { tellPerson } from '../tellPerson';
import { displayNameOf } from '../views';

/**
 * `session.cancelConfirmed`, the second press ("Yes, cancel session"): cancels it with the reason, then tells
 * everyone whose place ended and their line manager of record, offering the next dates. Pressed again, it finds
 * the session already cancelled and changes nothing.
 */
export async function sessionCancelConfirmed({ data, actor, services }: ActionRequest<CancelSessionData>) {
  if (!actor.isCoordinator) return messageResponse(COORDINATORS_ONLY_SESSIONS);
  const { collections } = services.database;
  const names = sessionNames(services);
  const reason = data.reason.replace(/\s+/g, ' ').trim();
  if (!reason) {
    const preview = await sessionCancelPreview(collections, data.sessionId, services.clock());
    if (!preview.ok) return notCancellable(services, preview, data);
    const { session, booked, waiting } = preview;
    const problem = 'Give a reason: it is sent to everyone booked.';
    return cardResponse(
      cancelSessionCard({ kind: 'confirm', session, booked, waiting, problem }, names, data),
    );
  }
  const coordinatorName = displayNameOf(actor.profile?.name);
  const outcome = await cancelSession(
    collections,
    data.sessionId,
    { by: actor.aadObjectId, byName: coordinatorName },
    reason,
    services.clock(),
  );
  if (!outcome.ok) return notCancellable(services, outcome, data);
  const words: CancelledSessionWords = {
    title: sessionTitle(outcome.session, names),
    session: outcome.session,
    reason,
    alternatives: outcome.alternatives,
    coordinatorName,
  };
  const telling = await tellEveryone(services, outcome, words);
  return cardResponse(
    cancelSessionCard(
      {
        kind: 'cancelled',
        session: outcome.session,
        ended: outcome.ended.length,
        telling,
        alternatives: outcome.alternatives,
      },
      names,
      data,
    ),
  );
}

/** How many messages are sent at once: a cancelled session may end fifty places. */
const AT_ONCE = 5;

/** Each person whose place ended, then each of their line managers once, naming their people. */
async function tellEveryone(
  services: BotServices,
  outcome: Extract<SessionCancelOutcome, { ok: true }>,
  words: CancelledSessionWords,
): Promise<CancelTelling> {
  const people = outcome.ended.map((booking) => ({
    to: booking.person.aadObjectId,
    name: booking.person.name,
    // The move that ended it says where it was: on the waiting list, or holding a place.
    text: sessionCancelledForPerson(words, booking.audit.at(-1)?.from === 'waitlisted'),
  }));
  const teams = new Map<string, string[]>();
  for (const booking of outcome.ended) {
    if (!booking.managerAadObjectId) continue;
    teams.set(booking.managerAadObjectId, [
      ...(teams.get(booking.managerAadObjectId) ?? []),
      booking.person.name,
    ]);
  }
  const managers = [...teams].map(([to, names]) => ({ to, text: sessionCancelledForManager(words, names) }));
  const reached = await sendAll(services, [...people, ...managers]);
  // Approval cards still showing Approve for these places now say they were cancelled.
  for (const booking of outcome.ended) await refreshApprovalCards(services, booking);
  const peopleReached = reached.slice(0, people.length);
  const managersReached = reached.slice(people.length);
  return {
    people: {
      told: peopleReached.filter(Boolean).length,
      notReached: people.filter((_, i) => !peopleReached[i]).map((person) => person.name),
    },
    managers: {
      told: managersReached.filter(Boolean).length,
      notReached: managersReached.filter((told) => !told).length,
    },
  };
}

async function sendAll(services: BotServices, messages: { to: string; text: string }[]): Promise<boolean[]> {
  const reached: boolean[] = [];
  for (let i = 0; i < messages.length; i += AT_ONCE) {
    const batch = messages.slice(i, i + AT_ONCE);
    reached.push(
      ...(await Promise.all(batch.map((message) => tellPerson(services, message.to, message.text)))),
    );
  }
  return reached;
}
