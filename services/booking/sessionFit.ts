import type { Catalogue } from '../catalogue/loadCatalogue';
import type { StaffProfile } from '../people/staffProfile';
import { sessionAudienceFor } from '../sessions/sessionAudience';
import type { Session } from '../sessions/session';

export type SessionUnfit = 'session_cancelled' | 'session_started' | 'wrong_route' | 'wrong_audience';

/**
 * Why this person cannot take a place on this session, or undefined when they can: it must be in the future and
 * not cancelled; ContactPoint training is taught on the person's own system (domain §5); a session for one
 * audience (practitioners, managers, admin staff) is for that audience only (domain §7).
 */
export function whySessionDoesNotFit(
  catalogue: Catalogue,
  profile: Pick<StaffProfile, 'accessRoute' | 'audience'>,
  session: Session,
  now: Date,
): SessionUnfit | undefined {
  if (session.cancelled) return 'session_cancelled';
  if (session.start.getTime() <= now.getTime()) return 'session_started';
  if (session.course === catalogue.contactPointCourse && session.accessRoute !== profile.accessRoute)
    return 'wrong_route';
  if (session.audience && session.audience !== sessionAudienceFor(profile.audience)) return 'wrong_audience';
  return undefined;
}
