import { LRUCache } from 'lru-cache';
import { organisationKey, type Organisation } from '../people/organisation';
import { findOrganisation, listOrganisationNames } from '../people/organisationRepository';
import type { Session } from '../sessions/session';
import { findSessionById, findUpcomingSessions } from '../sessions/sessionRepository';
import type { Collections } from './collections';
import { perCollections } from './perCollections';

// A Book press needs the session and the person's organisation, which rarely change, and a rush of presses on one
// session asks for the same ones hundreds of times a second. Each process keeps them for a few seconds. Staleness
// is safe: the seat is taken by a conditional update that names the session facts the decision relied on
// (services/booking/seats.ts), so a session changed meanwhile is re-read, and never booked on stale facts.

const SESSION_TTL_MS = 5_000;
/** An organisation's accreditation can take up to a minute to reach bookings. */
const ORGANISATION_TTL_MS = 60_000;

/** A bounded cache whose entries expire after `ttl`, one per database connection. */
function cachePer<Value extends object>(ttl: number) {
  return perCollections(() => new LRUCache<string, Value>({ max: 1_000, ttl }));
}

const sessionsOf = cachePer<Session>(SESSION_TTL_MS);
const organisationsOf = cachePer<{ found: Organisation | null }>(ORGANISATION_TTL_MS);

/** The session as read within the last few seconds, or from the database. */
export async function recentSession(collections: Collections, id: string): Promise<Session | null> {
  const cache = sessionsOf(collections);
  const cached = cache.get(id);
  if (cached) return cached;
  return freshSession(collections, id);
}

/** The session from the database, remembered for the next few seconds. */
export async function freshSession(collections: Collections, id: string): Promise<Session | null> {
  const session = await findSessionById(collections, id);
  const cache = sessionsOf(collections);
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
  const cache = organisationsOf(collections);
  const cached = cache.get(key);
  if (cached) return cached.found ?? undefined;
  const found = await findOrganisation(collections, key);
  cache.set(key, { found });
  return found ?? undefined;
}

const choicesOf = cachePer<{ names: string[]; count: number }>(ORGANISATION_TTL_MS);

/**
 * The organisations the onboarding card offers (the first `limit` names) and how many there are, as read within
 * the last minute: someone not on the roster meets that card on every message until they answer it.
 */
export async function recentOrganisationChoices(
  collections: Collections,
  limit: number,
): Promise<{ names: string[]; count: number }> {
  const cache = choicesOf(collections);
  const key = String(limit);
  const cached = cache.get(key);
  if (cached) return cached;
  const [names, count] = await Promise.all([
    listOrganisationNames(collections, limit),
    collections.organisations.estimatedDocumentCount(),
  ]);
  cache.set(key, { names, count });
  return { names, count };
}

const UPCOMING_TTL_MS = 5_000;
const upcomingOf = cachePer<{ read: Session[]; at: number }>(UPCOMING_TTL_MS);

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
  const cache = upcomingOf(collections);
  const key = `${course}\u0000${limit}`;
  const cached = cache.get(key);
  if (cached && cached.at <= now.getTime())
    return cached.read.filter((session) => session.start.getTime() > now.getTime());
  const read = await findUpcomingSessions(collections, { from: now, course, limit });
  cache.set(key, { read, at: now.getTime() });
  return read;
}
