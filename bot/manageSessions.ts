import { randomInt } from 'node:crypto';
import { cancelSessionCard } from '../cards/cancelSessionCard';
import { newSessionCard, type NewSessionForm } from '../cards/newSessionCard';
import {
  sessionsOverviewCard,
  type OverviewPlace,
  type SessionNames,
  type SessionNotice,
} from '../cards/sessionsOverviewCard';
import { accessRouteLabel } from '../services/catalogue/accessRoutes';
import { courseByCode } from '../services/catalogue/courseLookup';
import { ACCESS_ROUTES, SESSION_AUDIENCES } from '../services/catalogue/vocabulary';
import { trainersOfRecord } from '../services/people/trainersOfRecord';
import { londonIsoDay } from '../services/catalogue/validityWindow';
import type { Session } from '../services/sessions/session';
import { sessionCourses, sessionsOverview } from '../services/sessions/sessionsOverview';
import { listUnreachable } from '../services/people/reachability';
import type { BotServices } from './botServices';
import { cardResponse, messageResponse } from './invokeResponses';
import { SESSION_NOT_FOUND } from './replies';

// What the coordinator's session verbs share: names from the catalogue, the overview, and the New session form.

export function sessionNames(services: BotServices): SessionNames {
  return {
    courseTitle: (code) => courseByCode(services.catalogue, code)?.title ?? '',
    routeLabel: (route) => accessRouteLabel(services.catalogue, route),
  };
}

/** The overview at `place` (its filters and page), with the outcome of the last button on top. */
export async function overviewResponse(services: BotServices, place: OverviewPlace, notice?: SessionNotice) {
  return cardResponse(await overviewCard(services, place, notice));
}

export async function overviewCard(services: BotServices, place: OverviewPlace, notice?: SessionNotice) {
  const { collections } = services.database;
  const [view, unreachable] = await Promise.all([
    sessionsOverview(collections, place, services.clock()),
    listUnreachable(collections, 20),
  ]);
  const courses = sessionCourses(services.catalogue).map(({ code, title }) => ({ code, title }));
  return sessionsOverviewCard(
    view,
    { courses, routes: [...ACCESS_ROUTES] },
    sessionNames(services),
    notice,
    unreachable.map((person) => ({
      name: person.name,
      organisation: person.organisation,
      since: person.unreachable.at,
      ...(person.email ? { email: person.email } : {}),
    })),
  );
}

// No 0/O or 1/I: the reference may be read out over the phone.
const REFERENCE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A new form's reference: the random part of the session id it will create ("CP-2027-01-12-0930-K7QD"). */
export function newFormReference(): string {
  return Array.from({ length: 4 }, () => REFERENCE_LETTERS[randomInt(REFERENCE_LETTERS.length)]).join('');
}

/** The New session form, empty or with what was entered and what is wrong with it. */
export async function newSessionForm(
  services: BotServices,
  entered: Pick<NewSessionForm, 'values' | 'problems'> & { form?: string } = {},
) {
  const trainers = await trainersOfRecord(services.database.collections);
  return cardResponse(
    newSessionCard(
      {
        form: entered.form ?? newFormReference(),
        courses: sessionCourses(services.catalogue).map(({ code, title }) => ({ code, title })),
        routes: [...ACCESS_ROUTES],
        audiences: SESSION_AUDIENCES,
        trainers,
        today: londonIsoDay(services.clock()),
        ...(entered.values ? { values: entered.values } : {}),
        ...(entered.problems ? { problems: entered.problems } : {}),
      },
      sessionNames(services),
    ),
  );
}

/** A session that cannot be cancelled (gone, already cancelled, started): a line, or its card as it now is. */
export function notCancellable(
  services: BotServices,
  outcome:
    { reason: 'session_not_found' } | { reason: 'already_cancelled' | 'session_started'; session: Session },
  place: OverviewPlace,
) {
  if (outcome.reason === 'session_not_found') return messageResponse(SESSION_NOT_FOUND);
  const kind = outcome.reason === 'already_cancelled' ? 'already' : 'started';
  return cardResponse(cancelSessionCard({ kind, session: outcome.session }, sessionNames(services), place));
}
