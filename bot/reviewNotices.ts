import type { Notice } from '../cards/waitingForConfirmationCard';
import { formatDateTime } from '../cards/format';
import type { ConfirmResult, ReviewRefusal } from '../services/people/reviewSelfDeclared';
import { AUDIENCE_LABELS } from '../services/catalogue/vocabulary';

// Every outcome of confirming or rejecting a person, in words, in one place.

export function confirmedNotice(result: Extract<ConfirmResult, { ok: true }>): Notice {
  const { person, manager, organisationAdded } = result;
  const parts = [
    `Confirmed ${person.name}: ${AUDIENCE_LABELS[person.audience]} at ${person.organisation}`,
    manager ? `, line manager ${manager.name}` : ', no line manager linked',
    '.',
    organisationAdded ? ` ${person.organisation} was added to the organisations (not accredited).` : '',
  ];
  return { tone: 'good', text: parts.join('') };
}

export function rejectedNotice(name: string): Notice {
  return { tone: 'good', text: `Rejected ${name}'s details. They have been told to contact you.` };
}

export function refusalNotice(refusal: ReviewRefusal): Notice {
  switch (refusal.reason) {
    case 'not_allowed':
      return { tone: 'warning', text: 'Only training coordinators can confirm or reject people.' };
    case 'unknown_person':
      return { tone: 'warning', text: 'That person is no longer in the training records.' };
    case 'already_confirmed':
      return {
        tone: 'warning',
        text: refusal.decision
          ? `${refusal.person.name} was already confirmed by ${refusal.decision.byName} on ${formatDateTime(refusal.decision.at)}. Nothing changed.`
          : `${refusal.person.name} is already on the roster. Nothing changed.`,
      };
    case 'already_rejected':
      return {
        tone: 'warning',
        text: `${refusal.person.name} was already rejected by ${refusal.decision.byName} on ${formatDateTime(refusal.decision.at)}. Nothing changed.`,
      };
    case 'changed_since':
      return {
        tone: 'warning',
        text: `${refusal.person.name} changed their details after this card was shown. Nothing changed: check their new details below.`,
      };
    case 'invalid':
      return {
        tone: 'warning',
        text: `${refusal.person.name} was not confirmed: ${refusal.problems.join(' ')}`,
      };
  }
}
