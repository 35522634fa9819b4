import type { Catalogue } from '../catalogue/loadCatalogue';
import type { AccessRoute, Audience, SessionAudience } from '../catalogue/vocabulary';
import type { StaffProfile } from '../people/staffProfile';
import type { Collections } from '../storage/collections';
import type { Session } from './session';
import { findUpcomingSessions } from './sessionRepository';

export interface SessionSearch {
  code: string;
  /** ContactPoint sessions are system specific (domain §5): only this route's sessions. */
  accessRoute?: AccessRoute;
  audience?: SessionAudience;
  from: Date;
  limit?: number;
}

export interface SessionOption {
  session: Session;
  seatsLeft: number;
}

/** Which sessions a person of this audience sits in (sessions.csv `audience`). */
export function sessionAudienceFor(audience: Audience): SessionAudience {
  if (audience === 'operational-manager' || audience === 'senior-manager') return 'manager';
  if (audience === 'admin-staff') return 'admin-staff';
  return 'practitioner';
}

/** Upcoming sessions of a course with seats left, soonest first. */
export async function findSessions(
  collections: Collections,
  search: SessionSearch,
): Promise<SessionOption[]> {
  // Read past full sessions so a run of them does not hide the next one with places.
  const sessions = await findUpcomingSessions(collections, { ...search, course: search.code, limit: 100 });
  return sessions
    .filter((session) => session.booked < session.capacity)
    .slice(0, search.limit ?? 5)
    .map((session) => ({ session, seatsLeft: session.capacity - session.booked }));
}

/** The search that fits this person: their access route for ContactPoint, their audience's sessions. */
export function searchFor(
  catalogue: Catalogue,
  profile: StaffProfile,
  code: string,
  from: Date,
  accessRoute?: AccessRoute,
): SessionSearch {
  const route = code === catalogue.contactPointCourse ? (accessRoute ?? profile.accessRoute) : accessRoute;
  return {
    code,
    from,
    audience: sessionAudienceFor(profile.audience),
    ...(route ? { accessRoute: route } : {}),
  };
}
