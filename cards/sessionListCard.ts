import type { PartOfDay, WhenPhrase } from '../services/intents/understanding';
import type { SessionsAnswer, Misfit } from '../services/sessions/sessionsFor';
import {
  adaptiveCard,
  listItem,
  askButton,
  executeButton,
  heading,
  statusLabel,
  paragraph,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './adaptiveCard';
import { stateWord } from './bookingStatus';
import { formatDateTime, formatSessionTime } from './format';

export type SessionListView = Extract<SessionsAnswer, { kind: 'sessions' }>;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** What "More dates" sends: the same search, one page on. */
function moreData(view: SessionListView): Record<string, unknown> {
  return {
    course: view.course.code,
    ...(view.route ? { accessRoute: view.route.id } : {}),
    ...view.filters,
    offset: view.offset + view.sessions.length,
  };
}

/** Upcoming sessions that fit the person (their system for ContactPoint, their filters), soonest first; or why none do. */
export function sessionListCard(view: SessionListView): AdaptiveCard {
  const forWhat = `${view.course.code} ${view.course.title}${view.route ? ` on ${view.route.label}` : ''}`;
  const body: CardElement[] = [heading(`Sessions: ${forWhat}`)];
  const filters = describeFilters(view.filters);
  if (filters) body.push(paragraph(`Only ${filters}.`, { isSubtle: true, spacing: 'None' }));
  const actions: CardAction[] = [askButton('My training', 'pathway')];

  if (view.nothing) {
    body.push(paragraph(nothingLine(view)));
    const { next } = view.nothing;
    if (next) {
      body.push(
        listItem([
          paragraph(
            `**Next ${view.course.code} session:** ${formatSessionTime(next.session.start, next.session.end)}`,
          ),
          paragraph(`${next.session.venue} · ${seats(next.seatsLeft)}`, { spacing: 'None', isSubtle: true }),
          paragraph(
            `It does not fit: ${next.misfits.map((misfit) => MISFIT_WORDS[misfit](view)).join('; ')}.`,
            {
              spacing: 'None',
            },
          ),
        ]),
      );
    }
    body.push(paragraph(whatNext(view), { spacing: 'Medium' }));
    return adaptiveCard(body, actions);
  }

  const current = view.current;
  if (current && !view.sessions.some(({ session }) => session._id === current.sessionId))
    body.push(
      paragraph(
        `You already have a place on ${view.course.code} (${stateWord(current.state).toLowerCase()}, ${formatDateTime(current.sessionStart)}). To change date, cancel it from **My bookings** first.`,
      ),
    );
  else if (view.allFull)
    body.push(
      paragraph("These are all full. Join a waiting list and I'll offer you a place if one comes free."),
    );
  for (const { session, seatsLeft } of view.sessions) {
    const items: CardElement[] = [
      paragraph(`**${formatSessionTime(session.start, session.end)}**`),
      paragraph(`${session.venue} · ${seats(seatsLeft)}`, { spacing: 'None', isSubtle: true }),
    ];
    if (current?.sessionId === session._id)
      items.push(statusLabel('accent', 'Your place', stateWord(current.state)));
    else if (!current)
      items.push({
        type: 'ActionSet',
        actions: [
          executeButton(
            seatsLeft > 0 ? 'Book' : 'Join waiting list',
            'booking.book',
            { sessionId: session._id },
            {
              tooltip: `${seatsLeft > 0 ? 'Book' : 'Join the waiting list for'} ${view.course.code} on ${formatDateTime(session.start)}`,
            },
          ),
        ],
      });
    body.push(listItem(items));
  }
  if (view.more) actions.unshift(executeButton(`More dates (${view.more})`, 'sessions.more', moreData(view)));
  if (current) actions.push(executeButton('My bookings', 'bookings.mine'));
  return adaptiveCard(body, actions);
}

function seats(count: number): string {
  return count === 0 ? 'full' : `${count} ${count === 1 ? 'place' : 'places'} left`;
}

function nothingLine(view: SessionListView): string {
  const code = view.course.code;
  switch (view.nothing?.reason) {
    case 'no-dates':
      return `There are no ${code} sessions published yet.`;
    case 'none-for-route':
      return `There are no ${code} sessions for ${view.route?.label ?? 'your system'} yet: ContactPoint training is taught on the system you will use.`;
    case 'none-for-audience':
      return `There are no ${code} sessions for your role yet.`;
    case 'all-full':
      return `Every ${code} session for you is full at the moment.`;
    case 'none-match-filters':
      return `No ${code} session with places is ${describeFilters(view.filters)}.`;
    default:
      return `There are no ${code} sessions for you at the moment.`;
  }
}

function whatNext(view: SessionListView): string {
  const coordinator = view.nothing?.coordinator;
  const contact = coordinator
    ? `${coordinator.name}, the training coordinator${coordinator.email ? ` (${coordinator.email})` : ''}`
    : 'the training coordinator';
  const lines = [`New dates are published regularly: ask me again later, or contact ${contact}.`];
  // Only ContactPoint users are nominated, so only someone not yet nominated is sent to their manager.
  if (view.gatedByReadiness && !view.nominated)
    lines.push(
      'You are not nominated to use ContactPoint yet: if your role needs it, ask your manager to nominate you.',
    );
  return lines.join(' ');
}

const MISFIT_WORDS: Record<Misfit, (view: SessionListView) => string> = {
  full: () => 'it is full',
  route: (view) => `it is for another system, not ${view.route?.label ?? 'yours'}`,
  audience: () => 'it is for another role',
  when: (view) => `it is not ${view.filters.when ? whenWords(view.filters.when) : 'when you asked'}`,
  partOfDay: (view) => `it is not in the ${view.filters.partOfDay ?? ''}`.trim(),
  venue: (view) => `it is not in ${view.filters.venue ?? 'that venue'}`,
};

/** "in the afternoon, next week, in Training Room 2" */
export function describeFilters(filters: SessionListView['filters']): string {
  return [
    filters.partOfDay ? partOfDayWords(filters.partOfDay) : '',
    filters.when ? whenWords(filters.when) : '',
    filters.venue ? `in ${filters.venue}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function partOfDayWords(part: PartOfDay): string {
  return `in the ${part}`;
}

function whenWords(when: WhenPhrase): string {
  switch (when.kind) {
    case 'today':
      return 'today';
    case 'tomorrow':
      return 'tomorrow';
    case 'this-week':
      return 'this week';
    case 'next-week':
      return 'next week';
    case 'this-month':
      return 'this month';
    case 'next-month':
      return 'next month';
    case 'month':
      return `in ${MONTHS[when.month - 1] ?? 'that month'}`;
    case 'before':
    case 'after':
      return `${when.kind} ${when.day} ${MONTHS[when.month - 1] ?? ''}`.trim();
  }
}
