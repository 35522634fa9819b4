import type { PartOfDay, WhenPhrase } from '../services/intents/understanding';
import type { SessionsAnswer, Misfit } from '../services/sessions/sessionsFor';
import {
  adaptiveCard,
  listItem,
  askButton,
  heading,
  paragraph,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './adaptiveCard';
import { formatSessionTime } from './format';

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

  for (const { session, seatsLeft } of view.sessions) {
    const items: CardElement[] = [
      paragraph(`**${formatSessionTime(session.start, session.end)}**`),
      paragraph(`${session.venue} · ${seats(seatsLeft)}`, { spacing: 'None', isSubtle: true }),
    ];
    if (view.gatedByReadiness) {
      items.push({
        type: 'ActionSet',
        actions: [askButton('Check I’m ready for this date', 'readiness', { sessionId: session._id })],
      });
    }
    body.push(listItem(items));
  }
  if (view.more)
    body.push(
      paragraph(`…and ${view.more} more later. Ask for a month ("in March") to see those.`, {
        isSubtle: true,
      }),
    );
  body.push(
    paragraph(
      'Booking from this chat is on its way. Until then, tell your manager which session suits you.',
      {
        isSubtle: true,
        spacing: 'Medium',
      },
    ),
  );
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
