import type { AccessRoute } from '../services/catalogue/vocabulary';
import {
  adaptiveCard,
  askButton,
  heading,
  paragraph,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './adaptiveCard';
import { formatSessionTime } from './format';

export interface SessionListView {
  code: string;
  title: string;
  accessRouteLabel?: string;
  accessRoute?: AccessRoute;
  /** ContactPoint sessions: offer a readiness check against each session's date. */
  gatedByReadiness: boolean;
  sessions: { id: string; start: Date; end: Date; venue: string; seatsLeft: number }[];
}

/** Upcoming sessions that match the person (their system for ContactPoint), soonest first. */
export function sessionListCard(view: SessionListView): AdaptiveCard {
  const forWhat = `${view.code} ${view.title}${view.accessRouteLabel ? ` on ${view.accessRouteLabel}` : ''}`;
  const body: CardElement[] = [heading(`Sessions: ${forWhat}`)];
  if (!view.sessions.length) {
    body.push(
      paragraph(
        'There are no sessions with places at the moment. The training coordinator publishes new dates regularly; ' +
          "ask me again later, or ask your manager to nominate you so you're offered the next one.",
      ),
    );
    return adaptiveCard(body, [askButton('My training', 'pathway')]);
  }
  for (const session of view.sessions) {
    const items: CardElement[] = [
      paragraph(`**${formatSessionTime(session.start, session.end)}**`),
      paragraph(
        `${session.venue} · ${session.seatsLeft} ${session.seatsLeft === 1 ? 'place' : 'places'} left`,
        {
          spacing: 'None',
          isSubtle: true,
        },
      ),
    ];
    if (view.gatedByReadiness) {
      items.push({
        type: 'ActionSet',
        actions: [askButton('Check I’m ready for this date', 'readiness', { sessionId: session.id })],
      });
    }
    body.push({ type: 'Container', separator: true, spacing: 'Small', items });
  }
  body.push(
    paragraph(
      'Booking from this chat is on its way. Until then, tell your manager which session suits you.',
      {
        isSubtle: true,
        spacing: 'Medium',
      },
    ),
  );
  const actions: CardAction[] = [askButton('My training', 'pathway')];
  return adaptiveCard(body, actions);
}
