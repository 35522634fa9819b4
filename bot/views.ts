import type { TurnContext } from 'botbuilder';
import type { OnboardingView } from '../cards/onboardingCard';
import { accessRouteLabel } from '../services/catalogue/accessRoutes';
import type { Catalogue } from '../services/catalogue/loadCatalogue';
import { AUDIENCE_LABELS } from '../services/catalogue/vocabulary';
import { listOrganisationNames } from '../services/people/organisationRepository';
import type { StaffProfile } from '../services/people/staffProfile';
import type { BotServices } from './botServices';

export function firstNameOf(name: string | undefined): string | undefined {
  return name?.trim().split(/\s+/)[0] || undefined;
}

/** How a person is introduced at the top of their cards. */
export function personViews(catalogue: Catalogue, profile: StaffProfile, context: TurnContext) {
  return {
    firstName: firstNameOf(profile.name) ?? firstNameOf(context.activity.from?.name) ?? 'there',
    roleLabel: AUDIENCE_LABELS[profile.audience],
    organisation: profile.organisation,
    ...(profile.contactPointUser
      ? { accessRouteLabel: accessRouteLabel(catalogue, profile.accessRoute) }
      : {}),
    selfDeclared: profile.source === 'self-declared',
  };
}

const MAX_ORGANISATIONS_LISTED = 200;

export async function onboardingViewFor(
  services: BotServices,
  context: TurnContext,
  extra: Pick<OnboardingView, 'previous' | 'problems'> = {},
): Promise<OnboardingView> {
  const organisations = await listOrganisationNames(services.database.collections, MAX_ORGANISATIONS_LISTED);
  return {
    firstName: firstNameOf(context.activity.from?.name),
    organisations,
    ...extra,
  };
}
