import {
  AUDIENCE_LABELS,
  AUDIENCES,
  SERVICE_GROUP_LABELS,
  SERVICE_GROUPS,
} from '../services/catalogue/vocabulary';
import type { DeclaredPerson } from '../services/people/waitingForConfirmation';
import { organisationInput } from './organisationInput';
import {
  adaptiveCard,
  executeButton,
  heading,
  paragraph,
  statusLabel,
  type AdaptiveCard,
  type CardElement,
} from './adaptiveCard';
import { managerClaim, REVIEW_VERBS, reviewData } from './waitingForConfirmationCard';

/**
 * One self-declared person, with what they said already filled in, so a coordinator can correct the role,
 * organisation, service or manager before confirming.
 */
export function reviewPersonCard(
  person: DeclaredPerson,
  offset: number,
  organisations: { names: string[]; count: number },
  problems: string[] = [],
): AdaptiveCard {
  const body: CardElement[] = [
    heading(`Confirm ${person.name}`),
    paragraph(`What ${person.name} entered is filled in. Change what is wrong, then confirm.`, {
      isSubtle: true,
    }),
    {
      type: 'Input.ChoiceSet',
      id: 'audience',
      label: 'Role',
      isRequired: true,
      errorMessage: 'Choose a role',
      choices: AUDIENCES.map((audience) => ({ title: AUDIENCE_LABELS[audience], value: audience })),
      value: person.audience,
    },
    organisationInput({
      label: person.organisationKnown
        ? 'Organisation'
        : 'Organisation (theirs is new: confirming adds it, not accredited)',
      errorMessage: 'Choose an organisation',
      listed: organisations.names,
      count: organisations.count,
      chosen: person.organisation,
    }),
    {
      type: 'Input.ChoiceSet',
      id: 'serviceGroup',
      label: 'Service',
      isRequired: true,
      errorMessage: 'Choose a service',
      choices: SERVICE_GROUPS.map((group) => ({ title: SERVICE_GROUP_LABELS[group], value: group })),
      value: person.serviceGroup,
    },
    {
      type: 'Input.Text',
      id: 'managerEmail',
      label: "Line manager's email (someone on the roster; leave blank for none)",
      maxLength: 200,
      value: person.claimedManager ? person.claimedManagerEmail : '',
    },
    paragraph(`They said: ${managerClaim(person)}`, { isSubtle: true, spacing: 'None' }),
  ];
  if (problems.length) body.push(statusLabel('attention', 'Not confirmed', problems.join(' ')));
  const data = { ...reviewData(person, offset), corrected: true };
  return adaptiveCard(body, [
    executeButton('Confirm', REVIEW_VERBS.confirm, data, { style: 'positive', associatedInputs: 'auto' }),
    executeButton('Reject', REVIEW_VERBS.reject, reviewData(person, offset), { style: 'destructive' }),
    executeButton('Back to the list', REVIEW_VERBS.page, { offset }),
  ]);
}
