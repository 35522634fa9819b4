import { accessRouteLabel } from '../catalogue/accessRoutes';
import type { Catalogue } from '../catalogue/loadCatalogue';
import { findTeam } from '../people/staffProfileRepository';
import { findUpcomingSessions } from '../sessions/sessionRepository';
import type { Collections } from '../storage/collections';

const MOST_SESSIONS = 25;
const MOST_PEOPLE = 100;

export interface NominationChoices {
  sessions: {
    id: string;
    course: string;
    route?: string;
    start: Date;
    end: Date;
    venue: string;
    seatsLeft: number;
  }[];
  team: { aadObjectId: string; name: string }[];
}

/** What a line manager can choose from: the next sessions of every course, and their own reports of record. */
export async function nominationChoices(
  collections: Collections,
  catalogue: Catalogue,
  managerAadObjectId: string,
  now: Date,
): Promise<NominationChoices> {
  const [sessions, team] = await Promise.all([
    findUpcomingSessions(collections, { from: now, limit: MOST_SESSIONS }),
    findTeam(collections, managerAadObjectId),
  ]);
  return {
    sessions: sessions.map((session) => ({
      id: session._id,
      course: session.course,
      ...(session.accessRoute ? { route: accessRouteLabel(catalogue, session.accessRoute) } : {}),
      start: session.start,
      end: session.end,
      venue: session.venue,
      seatsLeft: Math.max(0, session.capacity - session.booked),
    })),
    team: team.slice(0, MOST_PEOPLE).map((person) => ({ aadObjectId: person._id, name: person.name })),
  };
}
