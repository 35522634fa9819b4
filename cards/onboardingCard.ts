import {
  AUDIENCE_LABELS,
  AUDIENCES,
  SERVICE_GROUP_LABELS,
  SERVICE_GROUPS,
} from '../services/catalogue/vocabulary';
import { OTHER_ORGANISATION } from '../services/people/declareProfile';
import { organisationInput } from './organisationInput';
import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardElement } from './adaptiveCard';

export interface OnboardingView {
  firstName?: string;
  /** The first organisations alphabetically; typing searches them all. */
  organisations: string[];
  /** How many organisations there are in all. */
  organisationCount: number;
  /** What the person entered last time, so a correction does not start from scratch. */
  previous?: Partial<
    Record<
      | 'audience'
      | 'organisation'
      | 'organisationOther'
      | 'serviceGroup'
      | 'managerEmail'
      | 'contactPointUser',
      string
    >
  >;
  /** Shown above the form when the last attempt was not accepted. */
  problems?: string[];
}

/** One card that asks a person who is not on the roster for what the pathway needs. */
export function onboardingCard(view: OnboardingView): AdaptiveCard {
  const previous = view.previous ?? {};
  const body: CardElement[] = [
    heading(
      view.firstName
        ? `Let's set up your training record, ${view.firstName}`
        : "Let's set up your training record",
    ),
    paragraph(
      "You're not on the training roster yet. Tell me about your role and I'll show the training you need. " +
        'Your manager and the training coordinator will see that you entered these details yourself until they confirm them.',
    ),
  ];
  body.push(
    {
      type: 'Input.ChoiceSet',
      id: 'audience',
      label: 'Your role',
      placeholder: 'Choose your role',
      isRequired: true,
      errorMessage: 'Choose your role',
      choices: AUDIENCES.map((audience) => ({ title: AUDIENCE_LABELS[audience], value: audience })),
      value: previous.audience,
    },
    organisationInput({
      label:
        view.organisationCount > view.organisations.length
          ? `Your organisation (type to search all ${view.organisationCount})`
          : 'Your organisation',
      errorMessage: 'Choose your organisation, or "Not listed"',
      listed: view.organisations,
      count: view.organisationCount,
      // A choice found by typing is kept when the card comes back with a problem.
      chosen: previous.organisation,
      more: [{ title: 'Not listed (type it below)', value: OTHER_ORGANISATION }],
    }),
    {
      type: 'Input.Text',
      id: 'organisationOther',
      label: 'Organisation, if not listed',
      maxLength: 120,
      value: previous.organisationOther,
    },
    {
      type: 'Input.ChoiceSet',
      id: 'serviceGroup',
      label: 'Service you work in',
      placeholder: 'Choose a service',
      isRequired: true,
      errorMessage: 'Choose the service you work in',
      choices: SERVICE_GROUPS.map((group) => ({ title: SERVICE_GROUP_LABELS[group], value: group })),
      value: previous.serviceGroup,
    },
    {
      type: 'Input.ChoiceSet',
      id: 'contactPointUser',
      label: 'Have you been nominated to use ContactPoint?',
      isRequired: true,
      errorMessage: 'Choose yes, no or not sure',
      style: 'expanded',
      choices: [
        { title: 'Yes', value: 'yes' },
        { title: 'No', value: 'no' },
        { title: 'Not sure', value: 'not-sure' },
      ],
      value: previous.contactPointUser ?? 'not-sure',
    },
    {
      type: 'Input.Text',
      id: 'managerEmail',
      label: "Your line manager's email (optional)",
      placeholder: 'name@organisation.gov.uk',
      maxLength: 200,
      value: previous.managerEmail,
    },
  );
  // Below the inputs, next to the button: the inputs keep their places when the card comes back with a problem
  // (Agents Playground 0.2.28 keeps each list's options by position and would show the wrong choices).
  // Dark bold text on a tinted band: red text fails WCAG 1.4.3 on Teams' dark theme (3.2:1), and the words say
  // what is wrong without the colour (WCAG 1.4.1).
  if (view.problems?.length) {
    body.push({
      type: 'Container',
      style: 'attention',
      items: [paragraph(view.problems.map((problem) => `- ${problem}`).join('\n'), { weight: 'Bolder' })],
    });
  }
  return adaptiveCard(body, [
    {
      type: 'Action.Execute',
      title: 'Save my details',
      verb: 'profile.declare',
      style: 'positive',
      associatedInputs: 'auto',
    },
  ]);
}
