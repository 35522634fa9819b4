import type { TurnContext } from 'botbuilder';
import type { OnboardingView } from '../cards/onboardingCard';
import { accessRouteLabel } from '../services/catalogue/accessRoutes';
import type { Catalogue } from '../services/catalogue/loadCatalogue';
import { AUDIENCE_LABELS } from '../services/catalogue/vocabulary';
import { listOrganisationNames } from '../services/people/organisationRepository';
import type { StaffProfile } from '../services/people/staffProfile';
import type { BotServices } from './botServices';

/** The name Teams gives, tidied and bounded: it is shown on other people's cards. */
export function displayNameOf(name: string | undefined): string {
  const tidy = (name ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
  return tidy || 'Unknown name';
}

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

/** Teams shows at most 15 choices in a dropdown; typing searches every organisation (the typeahead). */
export const ORGANISATIONS_LISTED = 15;

export async function onboardingViewFor(
  services: BotServices,
  context: TurnContext,
  extra: Pick<OnboardingView, 'previous' | 'problems'> = {},
): Promise<OnboardingView> {
  const { collections } = services.database;
  const [organisations, organisationCount] = await Promise.all([
    listOrganisationNames(collections, ORGANISATIONS_LISTED),
    collections.organisations.estimatedDocumentCount(),
  ]);
  return {
    firstName: firstNameOf(context.activity.from?.name),
    organisations,
    organisationCount,
    ...extra,
  };
}
