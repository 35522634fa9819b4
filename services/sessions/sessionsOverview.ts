import { countWaiting } from '../booking/bookingRepository';
import type { Catalogue, Course } from '../catalogue/loadCatalogue';
import type { AccessRoute } from '../catalogue/vocabulary';
import { clampOffset } from '../shared/paging';
import type { Collections } from '../storage/collections';
import type { Session } from './session';

export const SESSIONS_OVERVIEW_PAGE_SIZE = 8;

export interface SessionsOverviewQuery {
  course?: string;
  accessRoute?: AccessRoute;
  offset: number;
}

export interface SessionsOverview {
  /** One page of the coming sessions that are not cancelled, soonest first, with how many wait for each. */
  rows: { session: Session; waiting: number }[];
  /** How many match the filters in all. */
  total: number;
  offset: number;
  course?: string;
  accessRoute?: AccessRoute;
}

/** The courses that have sessions (booked face to face, or either way), for the coordinator's choices. */
export function sessionCourses(catalogue: Catalogue): Course[] {
  return catalogue.courses.filter((course) => course.booking === 'session' || course.booking === 'either');
}

/** The coordinator's list of coming sessions with their fill and waiting lists, by course and system. */
export async function sessionsOverview(
  collections: Collections,
  query: SessionsOverviewQuery,
  now: Date,
): Promise<SessionsOverview> {
  const filter = {
    start: { $gt: now },
    cancelled: { $exists: false },
    ...(query.course ? { course: query.course } : {}),
    ...(query.accessRoute ? { accessRoute: query.accessRoute } : {}),
  };
  const total = await collections.sessions.countDocuments(filter);
  const offset = clampOffset(query.offset, total, SESSIONS_OVERVIEW_PAGE_SIZE);
  const sessions = await collections.sessions
    .find(filter)
    .sort({ start: 1, _id: 1 })
    .skip(offset)
    .limit(SESSIONS_OVERVIEW_PAGE_SIZE)
    .toArray();
  const waiting = await countWaiting(
    collections,
    sessions.map((session) => session._id),
  );
  return {
    rows: sessions.map((session) => ({ session, waiting: waiting.get(session._id) ?? 0 })),
    total,
    offset,
    ...(query.course ? { course: query.course } : {}),
    ...(query.accessRoute ? { accessRoute: query.accessRoute } : {}),
  };
}
