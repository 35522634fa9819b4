import {
  adaptiveCard,
  askButton,
  heading,
  paragraph,
  type AdaptiveCard,
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

/** What the bot can do for this person, each with a button; also the answer to "help". */
export function welcomeCard(view: WelcomeView): AdaptiveCard {
  const greeting = view.firstName ? `Welcome, ${view.firstName}` : 'Welcome';
  const forEveryone: ExecuteAction[] = [
    askButton('My training', 'pathway'),
    askButton('Am I ready?', 'readiness'),
    askButton('Find a session', 'find_session'),
    askButton('My bookings', 'my_bookings'),
    askButton('What is ContactPoint?', 'contactpoint_info'),
  ];
  const lines = [
    'I help you with Integrated Working and ContactPoint training. I can:',
    '- show **what training you need** and what to do next',
    '- check whether you are **ready for ContactPoint training**',
    '- find **sessions** for your case management system, with the places left',
  ];
  if (view.isManager)
    lines.push("- show **your team's training** and who is blocked for ContactPoint training");
  if (view.isCoordinator)
    lines.push('- show **fill rates** and the people **waiting to be confirmed**, to confirm or reject');

  const body = [heading(greeting), paragraph(lines.join('\n'))];
  if (view.rejected) {
    body.push(
      paragraph(
        'The training coordinator could not confirm the details you entered, so I can only show the training you need. Please contact the training team to be added to the roster.',
        { color: 'Attention' },
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
  body.push(
    paragraph('You can also just ask, for example "how long is IS02?"', {
      isSubtle: true,
      spacing: 'Medium',
    }),
  );
  return adaptiveCard(body, forEveryone);
}
