import { accessRouteLabel } from '../catalogue/accessRoutes';
import { courseByCode } from '../catalogue/courseLookup';
import type { Catalogue } from '../catalogue/loadCatalogue';
import type { AccessRoute } from '../catalogue/vocabulary';
import type { Entities } from '../intents/understanding';
import type { NextStep } from '../pathway/buildPathway';
import { pathwayForPerson } from '../pathway/pathwayForPerson';
import type { StaffProfile } from '../people/staffProfile';
import { trainingCoordinator } from '../people/trainingCoordinator';
import type { Collections } from '../storage/collections';
import { sessionAudienceFor } from './sessionAudience';
import type { Session } from './session';
import { filtersFailed, hasFilters, type SessionFilters } from './sessionFilters';
import { recentUpcomingSessions } from '../storage/recentReads';
import type { BookingState } from '../booking/booking';
import type { PlaceHeld } from '../booking/bookingRepository';

/** Why a session does not fit the person asking. */
export type Misfit = 'full' | 'route' | 'audience' | keyof SessionFilters;

export interface SessionOption {
  session: Session;
  seatsLeft: number;
}

interface CourseRef {
  code: string;
  title: string;
}

export type SessionsAnswer =
  /** Nothing says which course, and the next step is not a session. */
  | { kind: 'which-course' }
  | { kind: 'self-study'; course: CourseRef & { link?: string } }
  | { kind: 'arranged'; course: CourseRef; coordinator?: Contact }
  | {
      kind: 'sessions';
      course: CourseRef;
      /** ContactPoint training is system specific (domain §5): the person's route, or the one they named. */
      route?: { id: AccessRoute; label: string };
      filters: SessionFilters;
      /** ContactPoint sessions are gated by readiness against the session's date. */
      gatedByReadiness: boolean;
      /** Nominated to use ContactPoint: only someone who is not is told to ask their manager. */
      nominated: boolean;
      /** A page of those that fit, soonest first (full ones offer the waiting list), and how many more fit. */
      sessions: SessionOption[];
      offset: number;
      more: number;
      /** Every one shown is full: the person can only join a waiting list. */
      allFull: boolean;
      /** The person's active booking for this course, if they have one (shown instead of a second Book). */
      current?: { sessionId: string; state: BookingState; sessionStart: Date };
      /** When none fit: why, the next session anyway (and why it does not fit), and whom to ask. */
      nothing?: {
        reason: 'no-dates' | 'none-for-route' | 'none-for-audience' | 'all-full' | 'none-match-filters';
        next?: SessionOption & { misfits: Misfit[] };
        coordinator?: Contact;
      };
    };

export interface Contact {
  name: string;
  email?: string;
}

/** Who is searching: their profile, and the places they hold (read with it). */
export interface Searcher {
  profile: StaffProfile;
  placesHeld: readonly PlaceHeld[];
}

export const SESSIONS_SHOWN = 5;
/** Enough to see past a run of full or other-system sessions to the next that fits. */
const LOOK_AHEAD = 300;

/**
 * Sessions for the course a person asks about (or their next step), that fit them: their system for
 * ContactPoint, their audience, places left, and the filters they typed. When none fit, it says why.
 */
export async function sessionsFor(
  collections: Collections,
  catalogue: Catalogue,
  { profile, placesHeld }: Searcher,
  asked: Pick<Entities, 'modules' | 'contactPoint' | 'accessRoutes' | 'partOfDay' | 'when' | 'venue'>,
  now: Date,
  offset = 0,
): Promise<SessionsAnswer> {
  // Their pathway's next step, worked out once and only if the search needs it.
  let step: NextStep | undefined;
  const nextStep = () => (step ??= pathwayForPerson(catalogue, profile, now, placesHeld).nextStep);
  const code = courseAsked(catalogue, asked, nextStep);
  const course = code ? courseByCode(catalogue, code) : undefined;
  if (!course) {
    const next = nextStep();
    return next.action === 'self-study'
      ? {
          kind: 'self-study',
          course: { code: next.code, title: next.title, ...linkOf(catalogue, next.code) },
        }
      : { kind: 'which-course' };
  }
  const ref = { code: course.code, title: course.title };
  if (course.booking === 'self-study')
    return { kind: 'self-study', course: { ...ref, ...(course.link ? { link: course.link } : {}) } };
  if (course.booking === 'arranged-separately') {
    const coordinator = await trainingCoordinator(collections);
    return { kind: 'arranged', course: ref, ...(coordinator ? { coordinator } : {}) };
  }

  const isContactPoint = course.code === catalogue.contactPointCourse;
  const routeId = isContactPoint ? (asked.accessRoutes[0] ?? profile.accessRoute) : undefined;
  const audience = sessionAudienceFor(profile.audience);
  const filters: SessionFilters = {
    ...(asked.partOfDay ? { partOfDay: asked.partOfDay } : {}),
    ...(asked.when ? { when: asked.when } : {}),
    ...(asked.venue ? { venue: asked.venue } : {}),
  };
  const upcoming = await recentUpcomingSessions(collections, course.code, now, LOOK_AHEAD);
  // At most one active booking per person and course (a unique index): the place they hold, if any.
  const current = placesHeld.find((place) => place.course === course.code);
  const misfitsOf = (session: Session): Misfit[] => [
    ...(routeId && session.accessRoute !== routeId ? (['route'] as const) : []),
    ...(session.audience && session.audience !== audience ? (['audience'] as const) : []),
    ...(session.booked >= session.capacity ? (['full'] as const) : []),
    ...filtersFailed(session, filters, now),
  ];
  const option = (session: Session): SessionOption => ({
    session,
    seatsLeft: Math.max(0, session.capacity - session.booked),
  });
  // A full session still fits: its Book button becomes "Join waiting list" (issue 13 item 1).
  const fitting = upcoming.filter((session) => misfitsOf(session).every((misfit) => misfit === 'full'));
  const page = fitting.slice(offset, offset + SESSIONS_SHOWN);
  const answer = {
    kind: 'sessions' as const,
    course: ref,
    ...(routeId ? { route: { id: routeId, label: accessRouteLabel(catalogue, routeId) } } : {}),
    filters,
    gatedByReadiness: isContactPoint,
    nominated: profile.contactPointUser,
    sessions: page.map(option),
    offset,
    more: Math.max(0, fitting.length - offset - SESSIONS_SHOWN),
    allFull: page.length > 0 && page.every((session) => session.booked >= session.capacity),
    ...(current
      ? {
          current: { sessionId: current.sessionId, state: current.state, sessionStart: current.sessionStart },
        }
      : {}),
  };
  if (page.length > 0) return answer;

  const forThem = upcoming.filter(
    (session) => !misfitsOf(session).some((m) => m === 'route' || m === 'audience'),
  );
  const reason =
    upcoming.length === 0
      ? 'no-dates'
      : routeId && !upcoming.some((session) => session.accessRoute === routeId)
        ? 'none-for-route'
        : forThem.length === 0
          ? 'none-for-audience'
          : hasFilters(filters) && forThem.some((session) => session.booked < session.capacity)
            ? 'none-match-filters'
            : 'all-full';
  // The next session anyway: one for their system and audience if there is one, else the next of the course.
  const next = forThem[0] ?? upcoming[0];
  const coordinator = await trainingCoordinator(collections);
  return {
    ...answer,
    nothing: {
      reason,
      ...(next ? { next: { ...option(next), misfits: misfitsOf(next) } } : {}),
      ...(coordinator ? { coordinator } : {}),
    },
  };
}

/** The course a search is for: the one named; ContactPoint when a system or ContactPoint is named; else the next step. */
function courseAsked(
  catalogue: Catalogue,
  asked: Pick<Entities, 'modules' | 'contactPoint' | 'accessRoutes'>,
  nextStep: () => NextStep,
): string | undefined {
  // Access routes only apply to ContactPoint training (domain §5): naming a system means that course.
  if (asked.modules[0]) return asked.modules[0];
  if (asked.contactPoint || asked.accessRoutes.length > 0) return catalogue.contactPointCourse;
  const step = nextStep();
  return step.action === 'find-session' ? step.code : undefined;
}

function linkOf(catalogue: Catalogue, code: string): { link?: string } {
  const link = courseByCode(catalogue, code)?.link;
  return link ? { link } : {};
}
