import { formatSessionTime } from '../../cards/format';
import { nominationCard } from '../../cards/nominationCard';
import { nominateStaff, type NominationOutcome } from '../../services/booking/nominateStaff';
import { nominationChoices } from '../../services/booking/nominationChoices';
import type { ActionRequest } from '../actionRoutes';
import { tellBooked } from '../bookingNotices';
import type { NominationData } from '../cardData';
import { cardResponse, messageResponse } from '../invokeResponses';
import { BOOKING_REFUSED } from '../replies';
import { displayNameOf } from '../views';

/**
 * `nominate.submit`: books each chosen report of record on the chosen session, confirmed at once (the
 * nomination is the approval). The form comes back with what happened to each person, ready for more.
 */
export async function nominateSubmit({ data, actor, services }: ActionRequest<NominationData>) {
  if (!actor.isManager) return messageResponse(BOOKING_REFUSED.not_a_manager_nominate);
  const { collections } = services.database;
  const now = services.clock();
  if (!data.sessionId || data.people.length === 0)
    return cardResponse(
      nominationCard({
        ...(await nominationChoices(collections, services.catalogue, actor.aadObjectId, now)),
        notice: { tone: 'warning', text: 'Choose a session and at least one person.' },
        chosen: { sessionId: data.sessionId, people: data.people },
      }),
    );
  const name = displayNameOf(actor.profile?.name);
  const outcomes = await nominateStaff(
    collections,
    services.catalogue,
    { ...actor, name },
    data.people,
    data.sessionId,
    services.bookingRules,
    now,
  );
  const results = [];
  for (const outcome of outcomes) {
    let told = false;
    if (outcome.ok) {
      const when = `${outcome.session.course} (${formatSessionTime(outcome.session.start, outcome.session.end)}, ${outcome.session.venue})`;
      told = await tellBooked(
        services,
        outcome.booking,
        outcome.booking.state === 'confirmed'
          ? `${name} has booked you on ${when}. Ask "my bookings" for the details.`
          : `${name} nominated you for ${when}. It is full, so you are on the waiting list: I'll tell you if a place comes free.`,
      );
    }
    results.push({ name: outcome.name, ok: outcome.ok, text: resultText(outcome, told) });
  }
  return cardResponse(
    nominationCard({
      ...(await nominationChoices(collections, services.catalogue, actor.aadObjectId, now)),
      results,
    }),
  );
}

function resultText(outcome: NominationOutcome, told: boolean): string {
  if (outcome.ok) {
    const state = outcome.booking.state === 'confirmed' ? 'confirmed' : 'on the waiting list';
    return `${state}${told ? ', and told' : ' (I could not reach them in Teams: please tell them)'}.`;
  }
  switch (outcome.reason) {
    case 'not_in_team':
      return 'not one of your reports on the roster.';
    case 'not_ready': {
      const failing = outcome.readiness.checks
        .filter((check) => check.status !== 'met')
        .map((check) => check.label);
      return `not ready on the session date: ${failing.join(', ')}.`;
    }
    case 'already_booked':
      return 'already has a place on this course; cancel it first to change date.';
    case 'wrong_route':
      return 'the session is for another case management system than theirs.';
    case 'wrong_audience':
      return 'the session is for another role.';
    case 'session_cancelled':
      return 'the session has been cancelled.';
    case 'session_started':
      return 'the session has already started.';
    case 'session_not_found':
      return 'that session no longer exists.';
  }
}
