import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { alreadyOnRosterCard, declaredCard } from '../../cards/declaredCard';
import { onboardingCard } from '../../cards/onboardingCard';
import { declareProfile, type DeclaredDetails } from '../../services/people/declareProfile';
import type { ActionRequest } from '../actionRoutes';
import { cardResponse } from '../invokeResponses';
import { displayNameOf, firstNameOf, onboardingViewFor } from '../views';

/** `profile.declare`, the onboarding card's "Save my details": stores a self-declared profile and shows what to do next. */
export async function profileDeclare({
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
  if (!result.ok) return cardResponse(alreadyOnRosterCard());
  return cardResponse(
    declaredCard({ firstName: firstNameOf(from?.name), namedManager: Boolean(data.managerEmail) }),
  );
}
