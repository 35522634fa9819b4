import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { adaptiveCard, askButton, heading, paragraph } from '../../cards/adaptiveCard';
import { onboardingCard } from '../../cards/onboardingCard';
import { declareProfile, type DeclaredDetails } from '../../services/people/declareProfile';
import type { ActionRequest } from '../actionRoutes';
import { cardResponse } from '../invokeResponses';
import { displayNameOf, firstNameOf, onboardingViewFor } from '../views';

/** The onboarding card's "Save my details": stores a self-declared profile and shows what to do next. */
export async function declareMyProfile({
  context,
  data,
  actor,
  services,
}: ActionRequest<DeclaredDetails>): Promise<AdaptiveCardInvokeResponse> {
  const from = context.activity.from;
  const result = await declareProfile(
    services.database.collections,
    services.catalogue,
    { aadObjectId: actor.aadObjectId, name: displayNameOf(from?.name) },
    data,
    services.clock(),
  );
  if (!result.ok && result.reason === 'invalid') {
    const previous = Object.fromEntries(
      Object.entries(data).filter(([, value]) => typeof value === 'string'),
    ) as Record<string, string>;
    return cardResponse(
      onboardingCard(await onboardingViewFor(services, context, { previous, problems: result.problems })),
    );
  }
  const firstName = firstNameOf(from?.name);
  if (!result.ok) {
    return cardResponse(
      adaptiveCard(
        [
          heading('You are already on the roster'),
          paragraph('The training coordinator has your record, so I kept it as it is.'),
        ],
        [askButton('My training', 'pathway')],
      ),
    );
  }
  const checkLine = data.managerEmail
    ? 'The training coordinator will check your details and link you to your manager.'
    : 'The training coordinator will check your details.';
  return cardResponse(
    adaptiveCard(
      [
        heading(`Thanks${firstName ? `, ${firstName}` : ''}: your details are saved`),
        paragraph(
          `${checkLine} Until then they show as unverified, and you can already see the training you need.`,
        ),
      ],
      [askButton('My training', 'pathway'), askButton('Am I ready?', 'readiness')],
    ),
  );
}
