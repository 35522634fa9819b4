import type { AccessRoute } from '../services/catalogue/vocabulary';
import type { Session } from '../services/sessions/session';
import { SESSIONS_OVERVIEW_PAGE_SIZE, type SessionsOverview } from '../services/sessions/sessionsOverview';
import {
  adaptiveCard,
  executeButton,
  foldedSection,
  heading,
  listItem,
  paragraph,
  statusLabel,
  type AdaptiveCard,
  type CardElement,
  type ExecuteAction,
} from './adaptiveCard';
import { formatDateTime, formatSessionTime } from './format';
import type { Verb } from './verbs';

/** The card verbs of a coordinator's session management (bot/actionRoutes.ts routes them). */
export const SESSION_VERBS = {
  overview: 'sessions.manage',
  cancel: 'session.cancel',
  cancelConfirmed: 'session.cancelConfirmed',
  new: 'session.new',
  create: 'session.create',
  bookings: 'session.bookings',
} as const satisfies Record<string, Verb>;

/** How courses and systems are named (from the catalogue in force). */
export interface SessionNames {
  courseTitle(code: string): string;
  routeLabel(route: AccessRoute): string;
}

/** A choice list's "no filter" value. */
export const ANY = 'any';

/** Where the overview was (filters and page), carried by its buttons so "Keep it" and "Back" return there. */
export interface OverviewPlace {
  offset: number;
  course?: string;
  accessRoute?: AccessRoute;
}

export function placeData(place: OverviewPlace): Record<string, unknown> {
  return {
    offset: place.offset,
    ...(place.course ? { course: place.course } : {}),
    ...(place.accessRoute ? { accessRoute: place.accessRoute } : {}),
  };
}

/** "CP ContactPoint training (Care First)". */
export function sessionTitle(session: Pick<Session, 'course' | 'accessRoute'>, names: SessionNames): string {
  return `${session.course} ${names.courseTitle(session.course)}${session.accessRoute ? ` (${names.routeLabel(session.accessRoute)})` : ''}`;
}

/** The outcome of the last button, shown under the heading. */
export interface SessionNotice {
  tone: 'good' | 'warning';
  word: string;
  text: string;
}

export function noticeBlock(notice: SessionNotice): CardElement {
  return statusLabel(notice.tone, notice.word, notice.text);
}

export function backToSessions(place: OverviewPlace = { offset: 0 }): ExecuteAction {
  return executeButton('Back to sessions', SESSION_VERBS.overview, placeData(place));
}

export function newSessionButton(): ExecuteAction {
  return executeButton('New session', SESSION_VERBS.new);
}

/**
 * The coordinator's coming sessions: places booked and people waiting on each, filtered by course and system,
 * a page at a time, each with Cancel session; and New session.
 */
export function sessionsOverviewCard(
  view: SessionsOverview,
  choices: { courses: { code: string; title: string }[]; routes: AccessRoute[] },
  names: SessionNames,
  notice?: SessionNotice,
  unreachable: UnreachableView[] = [],
): AdaptiveCard {
  const place: OverviewPlace = {
    offset: view.offset,
    ...(view.course ? { course: view.course } : {}),
    ...(view.accessRoute ? { accessRoute: view.accessRoute } : {}),
  };
  const body: CardElement[] = [heading('Coming sessions')];
  if (notice) body.push(noticeBlock(notice));
  body.push(
    {
      type: 'ColumnSet',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [
            {
              type: 'Input.ChoiceSet',
              id: 'course',
              label: 'Course',
              style: 'compact',
              choices: [
                { title: 'Any course', value: ANY },
                ...choices.courses.map((course) => ({
                  title: `${course.code} ${course.title}`,
                  value: course.code,
                })),
              ],
              value: view.course ?? ANY,
            },
          ],
        },
        {
          type: 'Column',
          width: 'stretch',
          items: [
            {
              type: 'Input.ChoiceSet',
              id: 'accessRoute',
              label: 'System',
              style: 'compact',
              choices: [
                { title: 'Any system', value: ANY },
                ...choices.routes.map((route) => ({ title: names.routeLabel(route), value: route })),
              ],
              value: view.accessRoute ?? ANY,
            },
          ],
        },
      ],
    },
    {
      type: 'ActionSet',
      actions: [executeButton('Apply', SESSION_VERBS.overview, { offset: 0 }, { associatedInputs: 'auto' })],
    },
  );
  const filtered = Boolean(view.course || view.accessRoute);
  if (!view.total) {
    body.push(
      paragraph(
        filtered
          ? 'No coming sessions match these filters. Choose "Any" to see them all.'
          : 'No sessions are coming up. Add one with New session, or import them with `admin import sessions`.',
      ),
    );
    body.push(...unreachableSection(unreachable));
    return adaptiveCard(body, [newSessionButton()]);
  }
  const last = view.offset + view.rows.length;
  body.push(
    paragraph(
      `Showing ${view.offset + 1}-${last} of ${view.total} ${view.total === 1 ? 'session' : 'sessions'}${filtered ? (view.total === 1 ? ' that matches' : ' that match') : ''}, soonest first`,
      { isSubtle: true },
    ),
  );
  for (const { session, waiting } of view.rows) {
    body.push(
      listItem([
        paragraph(`**${sessionTitle(session, names)}**`),
        paragraph(`${formatSessionTime(session.start, session.end)} · ${session.venue}`, { spacing: 'None' }),
        paragraph(
          `${session.booked} of ${session.capacity} places booked · ${waiting} waiting${session.booked >= session.capacity ? ' · **Full**' : ''}`,
          { spacing: 'None', isSubtle: true },
        ),
        {
          type: 'ActionSet',
          actions: [
            executeButton(
              'People booked',
              SESSION_VERBS.bookings,
              { sessionId: session._id, ...placeData(place) },
              {
                tooltip: `People booked on ${session.course} on ${formatSessionTime(session.start, session.end)}`,
              },
            ),
            executeButton(
              'Cancel session',
              SESSION_VERBS.cancel,
              { sessionId: session._id, ...placeData(place) },
              { tooltip: `Cancel ${session.course} on ${formatSessionTime(session.start, session.end)}` },
            ),
          ],
        },
      ]),
    );
  }
  const buttons: ExecuteAction[] = [];
  if (view.offset > 0)
    buttons.push(
      executeButton(
        'Previous',
        SESSION_VERBS.overview,
        placeData({ ...place, offset: Math.max(0, view.offset - SESSIONS_OVERVIEW_PAGE_SIZE) }),
      ),
    );
  if (last < view.total)
    buttons.push(executeButton('More', SESSION_VERBS.overview, placeData({ ...place, offset: last })));
  buttons.push(newSessionButton());
  body.push(...unreachableSection(unreachable));
  return adaptiveCard(body, buttons);
}

/** Someone Teams would not let the bot reach: approvals and notices about them need another way. */
export interface UnreachableView {
  name: string;
  email?: string;
  organisation: string;
  since: Date;
}

function unreachableSection(people: UnreachableView[]): CardElement[] {
  if (!people.length) return [];
  return foldedSection('unreachable', `Not reachable in Teams (${people.length})`, [
    paragraph('I could not message these people in Teams. Please contact them another way.', {
      isSubtle: true,
    }),
    ...people.map((person) =>
      paragraph(
        `**${person.name}**, ${person.organisation}${person.email ? ` (${person.email})` : ''}, since ${formatDateTime(person.since)}`,
        { spacing: 'Small' },
      ),
    ),
  ]);
}
