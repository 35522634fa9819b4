import type { AccessRoute } from '../services/catalogue/vocabulary';
import type { TrainerSessions } from '../services/sessions/sessionsRunBy';
import {
  adaptiveCard,
  listItem,
  heading,
  paragraph,
  type AdaptiveCard,
  type CardElement,
} from './adaptiveCard';
import { formatSessionTime } from './format';

/** The sessions a trainer is down to run, with the places taken so far. */
export function trainerSessionsCard(
  view: TrainerSessions,
  titleOf: (course: string) => string,
  routeLabel: (route: AccessRoute) => string,
): AdaptiveCard {
  const body: CardElement[] = [heading('Sessions you run')];
  if (!view.total) {
    body.push(
      paragraph(
        'You are not down to run any coming sessions. The training coordinator assigns trainers to sessions.',
      ),
    );
    return adaptiveCard(body);
  }
  if (view.total > view.sessions.length)
    body.push(paragraph(`The next ${view.sessions.length} of ${view.total}.`, { isSubtle: true }));
  for (const session of view.sessions) {
    body.push(
      listItem([
        paragraph(
          `**${session.course} ${titleOf(session.course)}**${session.accessRoute ? ` on ${routeLabel(session.accessRoute)}` : ''}`,
        ),
        paragraph(`${formatSessionTime(session.start, session.end)} · ${session.venue}`, { spacing: 'None' }),
        paragraph(`${session.booked} of ${session.capacity} places taken`, {
          spacing: 'None',
          isSubtle: true,
        }),
      ]),
    );
  }
  body.push(
    paragraph('Marking attendance here is on its way; until then, keep the signing-in sheet as usual.', {
      isSubtle: true,
      spacing: 'Medium',
    }),
  );
  return adaptiveCard(body);
}
