import { adaptiveCard, askButton, heading, paragraph, type AdaptiveCard } from './adaptiveCard';

/** What replaces the onboarding card once the details are saved: who checks them, and what to do meanwhile. */
export function declaredCard(view: { firstName?: string; namedManager: boolean }): AdaptiveCard {
  const check = view.namedManager
    ? 'The training coordinator will check your details and link you to your manager.'
    : 'The training coordinator will check your details.';
  return adaptiveCard(
    [
      heading(`Thanks${view.firstName ? `, ${view.firstName}` : ''}: your details are saved`),
      paragraph(
        `${check} Until then they show as unverified, and you can already see the training you need.`,
      ),
    ],
    [askButton('My training', 'pathway'), askButton('Am I ready?', 'readiness')],
  );
}

/** An onboarding card sent by someone the roster already has: nothing was changed. */
export function alreadyOnRosterCard(): AdaptiveCard {
  return adaptiveCard(
    [
      heading('You are already on the roster'),
      paragraph('The training coordinator has your record, so I kept it as it is.'),
    ],
    [askButton('My training', 'pathway')],
  );
}
