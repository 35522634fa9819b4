import type { NominationChoices } from '../services/booking/nominationChoices';
import {
  adaptiveCard,
  executeButton,
  heading,
  paragraph,
  type AdaptiveCard,
  type CardElement,
} from './adaptiveCard';
import { formatSessionTime } from './format';
import { noticeBlock, type Notice } from './waitingForConfirmationCard';

export interface NominationFormView extends NominationChoices {
  /** What the last submission did, person by person. */
  results?: { name: string; ok: boolean; text: string }[];
  notice?: Notice;
  chosen?: { sessionId?: string; people?: string[] };
}

/** A line manager picks a session and one or more of their own staff; nominating is the approval. */
export function nominationCard(view: NominationFormView): AdaptiveCard {
  const body: CardElement[] = [heading('Nominate staff for training')];
  if (view.notice) body.push(noticeBlock(view.notice));
  for (const result of view.results ?? [])
    body.push(
      paragraph(`**${result.ok ? 'Booked' : 'Not booked'}** · ${result.name}: ${result.text}`, {
        spacing: 'Small',
      }),
    );
  if (view.team.length === 0) {
    body.push(paragraph('Nobody on the roster reports to you, so there is nobody to nominate.'));
    return adaptiveCard(body);
  }
  if (view.sessions.length === 0) {
    body.push(paragraph('There are no upcoming sessions with places to nominate anyone for.'));
    return adaptiveCard(body);
  }
  body.push(
    paragraph(
      'Your nomination is your approval: each person gets a confirmed place (or the waiting list) if the session suits their system and they meet the prerequisites on its date.',
      { isSubtle: true },
    ),
    {
      type: 'Input.ChoiceSet',
      id: 'sessionId',
      label: 'Session',
      isRequired: true,
      errorMessage: 'Choose a session',
      style: 'compact',
      ...(view.chosen?.sessionId ? { value: view.chosen.sessionId } : {}),
      choices: view.sessions.map((session) => ({
        title: `${session.course}${session.route ? ` (${session.route})` : ''} · ${formatSessionTime(session.start, session.end)} · ${session.venue} · ${session.seatsLeft ? `${session.seatsLeft} left` : 'full: waiting list'}`,
        value: session.id,
      })),
    },
    {
      type: 'Input.ChoiceSet',
      id: 'people',
      label: 'Who',
      isRequired: true,
      errorMessage: 'Choose at least one person',
      style: 'expanded',
      isMultiSelect: true,
      ...(view.chosen?.people?.length ? { value: view.chosen.people.join(',') } : {}),
      choices: view.team.map((person) => ({ title: person.name, value: person.aadObjectId })),
    },
  );
  return adaptiveCard(body, [
    executeButton('Nominate', 'nominate.submit', {}, { associatedInputs: 'auto', style: 'positive' }),
  ]);
}
