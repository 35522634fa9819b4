import type { TurnContext } from 'botbuilder';
import type { OnboardingView } from '../cards/onboardingCard';
import { fillRatesCard } from '../cards/fillRatesCard';
import { accessRouteLabel } from '../services/catalogue/accessRoutes';
import { fillRates } from '../services/sessions/fillRates';
import type { Catalogue } from '../services/catalogue/loadCatalogue';
import { AUDIENCE_LABELS } from '../services/catalogue/vocabulary';
import type { StaffProfile } from '../services/people/staffProfile';
import type { ReadinessView } from '../cards/readinessCard';
import { courseByCode } from '../services/catalogue/courseLookup';
import type { Session } from '../services/sessions/session';
import { recentOrganisationChoices } from '../services/storage/recentReads';
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

/** The first organisations for a choice list, and how many there are (more than fit: the list searches). */
export async function organisationChoices(
  services: BotServices,
): Promise<{ names: string[]; count: number }> {
  return recentOrganisationChoices(services.database.collections, ORGANISATIONS_LISTED);
}

export async function onboardingViewFor(
  services: BotServices,
  context: TurnContext,
  extra: Pick<OnboardingView, 'previous' | 'problems'> = {},
): Promise<OnboardingView> {
  const { names, count } = await organisationChoices(services);
  return {
    firstName: firstNameOf(context.activity.from?.name),
    organisations: names,
    organisationCount: count,
    ...extra,
  };
}

/** A page of the coordinator's fill rates, with courses and systems named as the catalogue names them. */
export async function fillRatesCardFor(services: BotServices, offset: number) {
  const rates = await fillRates(services.database.collections, services.clock(), { offset });
  return fillRatesCard(rates, (route) => accessRouteLabel(services.catalogue, route));
}

/** The session a readiness card was measured against, titled with the course the checks are for. */
export function readinessSessionView(
  catalogue: Catalogue,
  course: string,
  session: Session,
): NonNullable<ReadinessView['session']> {
  return {
    id: session._id,
    title: courseByCode(catalogue, course)?.title ?? session.course,
    start: session.start,
    end: session.end,
    venue: session.venue,
  };
}
