import {
  adaptiveCard,
  askButton,
  executeButton,
  heading,
  paragraph,
  type AdaptiveCard,
  type CardElement,
  type ExecuteAction,
} from './adaptiveCard';

export interface WelcomeView {
  firstName?: string;
  onRoster: boolean;
  /** A coordinator turned down the details this person entered. */
  rejected?: boolean;
  isManager: boolean;
  isCoordinator: boolean;
  isTrainer: boolean;
}

type Role = 'everyone' | 'manager' | 'coordinator' | 'trainer';

interface Capability {
  role: Role;
  /** What the bot does, as the welcome promises it. */
  promise: string;
  button: ExecuteAction;
}

/**
 * Everything the welcome promises, each with the button that does it: the one place a promise is made, so a
 * feature that is not built is not offered, and booking, reminders and broadcasts add their own lines here.
 */
export const CAPABILITIES: Capability[] = [
  {
    role: 'everyone',
    promise: 'show **what training you need** and what to do next',
    button: askButton('My training', 'pathway'),
  },
  {
    role: 'everyone',
    promise: 'check whether you are **ready for ContactPoint training**',
    button: askButton('Am I ready?', 'readiness'),
  },
  {
    role: 'everyone',
    promise: 'find and **book sessions** for your case management system, with the places left',
    button: askButton('Find a session', 'find_session'),
  },
  {
    role: 'everyone',
    promise: 'show **your bookings**, add them to your calendar or cancel them',
    button: executeButton('My bookings', 'bookings.mine'),
  },
  {
    role: 'everyone',
    promise: 'explain **ContactPoint** and any module ("how long is IS02?")',
    button: askButton('What is ContactPoint?', 'contactpoint_info'),
  },
  {
    role: 'manager',
    promise: "show **your team's training**, who is blocked and why, and let you confirm IT competence",
    button: askButton('My team', 'team_status', { only: 'team' }),
  },
  {
    role: 'manager',
    promise: "**approve or decline** your staff's requests for training places",
    button: executeButton('Approvals waiting', 'approvals.waiting'),
  },
  {
    role: 'manager',
    promise: '**nominate** your staff for a session (your nomination is the approval)',
    button: executeButton('Nominate staff', 'nominate.start'),
  },
  {
    role: 'coordinator',
    promise: '**approve or decline** places for people the roster names no line manager for',
    button: executeButton('Approvals waiting', 'approvals.waiting'),
  },
  {
    role: 'coordinator',
    promise: 'show **fill rates** and which sessions need action',
    button: askButton('Fill rates', 'fill_rates'),
  },
  {
    role: 'coordinator',
    promise: 'list the people **waiting to be confirmed**, to confirm, correct or reject',
    button: askButton('Waiting to be confirmed', 'team_status', { only: 'waiting' }),
  },
  {
    role: 'coordinator',
    promise:
      '**manage sessions**: see who is booked and waiting, add a session, cancel one and tell those booked',
    button: executeButton('Manage sessions', 'sessions.manage'),
  },
  {
    role: 'trainer',
    promise: 'list **the sessions you run**, with the places taken',
    button: executeButton('Sessions I run', 'trainer.sessions'),
  },
];

const ROLE_HEADINGS: Record<Exclude<Role, 'everyone'>, string> = {
  manager: 'For your team',
  coordinator: 'For training coordinators',
  trainer: 'For trainers',
};

/** What the bot can do for this person, each with a button; also the answer to "help". */
export function welcomeCard(view: WelcomeView): AdaptiveCard {
  const roles: Role[] = [
    'everyone',
    ...(view.isManager ? (['manager'] as const) : []),
    ...(view.isCoordinator ? (['coordinator'] as const) : []),
    ...(view.isTrainer ? (['trainer'] as const) : []),
  ];
  // One button per action: a coordinator who also manages sees "Approvals waiting" once, under their team.
  const offered = CAPABILITIES.filter((capability) => roles.includes(capability.role)).filter(
    (capability, index, all) =>
      all.findIndex((other) => JSON.stringify(other.button) === JSON.stringify(capability.button)) === index,
  );
  const body: CardElement[] = [
    heading(view.firstName ? `Welcome, ${view.firstName}` : 'Welcome'),
    paragraph(
      [
        'I help you with Integrated Working and ContactPoint training. I can:',
        ...offered.map((capability) => `- ${capability.promise}`),
      ].join('\n'),
    ),
  ];
  if (view.rejected) {
    body.push(
      paragraph(
        'The training coordinator could not confirm the details you entered, so I can only show the training you need. Please contact the training team to be added to the roster.',
        { weight: 'Bolder' },
      ),
    );
  }
  if (!view.onRoster) {
    body.push(
      paragraph(
        "I don't have your training record yet. Tell me a little about your role and I'll set it up.",
        {
          isSubtle: true,
        },
      ),
    );
  }
  // Each role's buttons under their own heading: Teams folds a card's buttons beyond the first few.
  for (const role of roles.filter((role): role is Exclude<Role, 'everyone'> => role !== 'everyone')) {
    body.push(paragraph(`**${ROLE_HEADINGS[role]}**`, { spacing: 'Medium' }), {
      type: 'ActionSet',
      actions: offered
        .filter((capability) => capability.role === role)
        .map((capability) => capability.button),
    });
  }
  body.push(
    paragraph('You can also just ask, for example "how long is IS02?"', {
      isSubtle: true,
      spacing: 'Medium',
    }),
  );
  return adaptiveCard(
    body,
    offered.filter((capability) => capability.role === 'everyone').map((capability) => capability.button),
  );
}
