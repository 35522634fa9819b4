import { LRUCache } from 'lru-cache';
import { organisationKey, type Organisation } from '../people/organisation';
import { findOrganisation } from '../people/organisationRepository';
import type { Session } from '../sessions/session';
import { findSessionById, findUpcomingSessions } from '../sessions/sessionRepository';
import type { Collections } from './collections';

// A Book press needs the session and the person's organisation, which rarely change, and a rush of presses on one
// session asks for the same ones hundreds of times a second. Each process keeps them for a few seconds. Staleness
// is safe: the seat is taken by a conditional update that names the session facts the decision relied on
// (services/booking/seats.ts), so a session changed meanwhile is re-read, and never booked on stale facts.

const SESSION_TTL_MS = 5_000;
/** An organisation's accreditation can take up to a minute to reach bookings. */
const ORGANISATION_TTL_MS = 60_000;

const sessions = new WeakMap<Collections, LRUCache<string, Session>>();
const organisations = new WeakMap<Collections, LRUCache<string, { found: Organisation | null }>>();

function cacheFor<Value extends object>(
  caches: WeakMap<Collections, LRUCache<string, Value>>,
  collections: Collections,
  ttl: number,
): LRUCache<string, Value> {
  let cache = caches.get(collections);
  if (!cache) {
    cache = new LRUCache<string, Value>({ max: 1_000, ttl });
    caches.set(collections, cache);
  }
  return cache;
}

/** The session as read within the last few seconds, or from the database. */
export async function recentSession(collections: Collections, id: string): Promise<Session | null> {
  const cache = cacheFor(sessions, collections, SESSION_TTL_MS);
  const cached = cache.get(id);
  if (cached) return cached;
  return freshSession(collections, id);
}

/** The session from the database, remembered for the next few seconds. */
export async function freshSession(collections: Collections, id: string): Promise<Session | null> {
  const session = await findSessionById(collections, id);
  const cache = cacheFor(sessions, collections, SESSION_TTL_MS);
  if (session) cache.set(id, session);
  else cache.delete(id);
  return session;
}

/** The person's organisation as read within the last minute, or from the database. */
export async function recentOrganisation(
  collections: Collections,
  name: string,
): Promise<Organisation | undefined> {
  const key = organisationKey(name);
  const cache = cacheFor(organisations, collections, ORGANISATION_TTL_MS);
  const cached = cache.get(key);
  if (cached) return cached.found ?? undefined;
  const found = await findOrganisation(collections, key);
  cache.set(key, { found });
  return found ?? undefined;
}

const UPCOMING_TTL_MS = 5_000;
const upcoming = new WeakMap<Collections, LRUCache<string, { read: Session[]; at: number }>>();

/**
 * A course's coming sessions as read within the last few seconds (what "find a session" lists, soonest first),
 * without those that have started since. Places left may be a few seconds old: a Book press takes its seat by a
 * conditional update, never from this list.
 */
export async function recentUpcomingSessions(
  collections: Collections,
  course: string,
  now: Date,
  limit: number,
): Promise<Session[]> {
  const cache = cacheFor(upcoming, collections, UPCOMING_TTL_MS);
  const key = `${course}\u0000${limit}`;
  const cached = cache.get(key);
  if (cached && cached.at <= now.getTime())
    return cached.read.filter((session) => session.start.getTime() > now.getTime());
  const read = await findUpcomingSessions(collections, { from: now, course, limit });
  cache.set(key, { read, at: now.getTime() });
  return read;
}
