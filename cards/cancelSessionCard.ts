import type { Session } from '../services/sessions/session';
import {
  adaptiveCard,
  executeButton,
  facts,
  heading,
  paragraph,
  statusLabel,
  type AdaptiveCard,
  type CardElement,
} from './adaptiveCard';
import { formatDateTime, formatSessionTime } from './format';
import {
  backToSessions,
  newSessionButton,
  placeData,
  SESSION_VERBS,
  sessionTitle,
  type OverviewPlace,
  type SessionNames,
} from './sessionsOverviewCard';

/** The longest reason a coordinator may give: it is sent to everyone booked. */
export const MAX_CANCEL_REASON = 300;

/** Everyone told of a cancellation, and who could not be reached in Teams. */
export interface CancelTelling {
  people: { told: number; notReached: string[] };
  managers: { told: number; notReached: number };
}

export type CancelSessionView =
  /** The first press: what cancelling would do, the reason to give, and the second press. */
  | { kind: 'confirm'; session: Session; booked: number; waiting: number; problem?: string }
  /** The second press did it. */
  | { kind: 'cancelled'; session: Session; ended: number; telling: CancelTelling; alternatives: Session[] }
  /** Cancelled before (by this coordinator's earlier press or someone else): nothing changed. */
  | { kind: 'already'; session: Session }
  | { kind: 'started'; session: Session };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "8 people booked and 3 waiting will be told." */
export function whoWillBeTold(booked: number, waiting: number): string {
  if (!booked && !waiting) return 'Nobody is booked or waiting, so nobody needs telling.';
  return `${plural(booked, 'person', 'people')} booked and ${waiting} waiting will be told.`;
}

/** Cancelling a session: asked, then confirmed, then the outcome; each replaces the card in place. */
export function cancelSessionCard(
  view: CancelSessionView,
  names: SessionNames,
  place: OverviewPlace,
): AdaptiveCard {
  const { session } = view;
  const title = sessionTitle(session, names);
  const when = formatSessionTime(session.start, session.end);
  switch (view.kind) {
    case 'confirm': {
      const body: CardElement[] = [
        heading('Cancel this session?'),
        paragraph(`Cancel **${title}** on ${when}? ${whoWillBeTold(view.booked, view.waiting)}`),
        facts([
          ['Venue', session.venue],
          ['Places', `${session.booked} of ${session.capacity} booked`],
        ]),
        {
          type: 'Input.Text',
          id: 'reason',
          label: 'Reason (everyone booked is told it)',
          isRequired: true,
          isMultiline: true,
          maxLength: MAX_CANCEL_REASON,
          errorMessage: 'Give a reason: it is sent to everyone booked',
        },
      ];
      if (view.problem) body.push(statusLabel('attention', 'Not cancelled', view.problem));
      return adaptiveCard(body, [
        executeButton(
          'Yes, cancel session',
          SESSION_VERBS.cancelConfirmed,
          { sessionId: session._id, ...placeData(place) },
          { style: 'destructive', associatedInputs: 'auto' },
        ),
        executeButton('Keep it', SESSION_VERBS.overview, placeData(place)),
      ]);
    }
    case 'cancelled': {
      const { people, managers } = view.telling;
      const body: CardElement[] = [
        heading(`Cancelled: ${title}`),
        statusLabel('good', 'Cancelled', `${when}, ${session.venue}`),
        paragraph(cancelledBy(session)),
        paragraph(
          view.ended
            ? `Ended ${plural(view.ended, 'place', 'places')} (booked and waiting). Told ${people.told} of ${plural(view.ended, 'person', 'people')}` +
                (managers.told + managers.notReached
                  ? ` and ${managers.told} of ${plural(managers.told + managers.notReached, 'line manager', 'line managers')}.`
                  : '.')
            : 'Nobody was booked or waiting, so nobody needed telling.',
        ),
      ];
      if (people.notReached.length || managers.notReached)
        body.push(
          statusLabel(
            'warning',
            'Not reached',
            [
              people.notReached.length
                ? `${people.notReached.join(', ')} could not be reached in Teams: please tell them another way.`
                : '',
              managers.notReached
                ? `${plural(managers.notReached, 'line manager', 'line managers')} could not be reached.`
                : '',
            ]
              .filter(Boolean)
              .join(' '),
          ),
        );
      if (view.ended)
        body.push(
          paragraph(
            view.alternatives.length
              ? `They were offered: ${view.alternatives.map((other) => formatSessionTime(other.start, other.end)).join('; ')}.`
              : 'There was no other date with places to offer them: think about adding one.',
            { isSubtle: true },
          ),
        );
      return adaptiveCard(body, [backToSessions(place), newSessionButton()]);
    }
    case 'already':
      return adaptiveCard(
        [
          heading(`Already cancelled: ${title}`),
          statusLabel('neutral', 'Cancelled', `${when}, ${session.venue}`),
          paragraph(cancelledBy(session)),
          paragraph('Nothing changed.', { weight: 'Bolder' }),
        ],
        [backToSessions(place)],
      );
    case 'started':
      return adaptiveCard(
        [
          heading(title),
          paragraph(`This session started on ${when}, so it can no longer be cancelled. Nothing changed.`),
        ],
        [backToSessions(place)],
      );
  }
}

function cancelledBy(session: Session): string {
  const cancelled = session.cancelled;
  return cancelled
    ? `Cancelled by ${cancelled.byName} on ${formatDateTime(cancelled.at)}. Reason: ${cancelled.reason}`
    : '';
}
