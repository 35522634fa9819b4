import { courseByCode } from '../catalogue/courseLookup';
import type { Catalogue } from '../catalogue/loadCatalogue';
import { findByAadObjectId } from '../people/staffProfileRepository';
import type { CheckStatus } from '../readiness/checkReadiness';
import type { Session } from '../sessions/session';
import { findSessionById } from '../sessions/sessionRepository';
import type { Collections } from '../storage/collections';
import type { Booking } from './booking';
import { readinessBlocking } from './readinessGate';

export interface ApprovalFacts {
  booking: Booking;
  course: { code: string; title: string };
  session?: Session;
  /** ContactPoint courses: each prerequisite's status on the session date (domain §6), for the approver. */
  checks?: { label: string; status: CheckStatus }[];
}

/** What an approver needs to decide on a booking, read fresh: the session and the person's prerequisites. */
export async function approvalFacts(
  collections: Collections,
  catalogue: Catalogue,
  booking: Booking,
  now: Date,
): Promise<ApprovalFacts> {
  const session = (await findSessionById(collections, booking.sessionId)) ?? undefined;
  const course = {
    code: booking.course,
    title: courseByCode(catalogue, booking.course)?.title ?? booking.course,
  };
  const profile = await findByAadObjectId(collections, booking.person.aadObjectId);
  if (!session || !profile || booking.course !== catalogue.contactPointCourse)
    return { booking, course, ...(session ? { session } : {}) };
  const blocking = await readinessBlocking(collections, catalogue, profile, session, now);
  const checks = blocking
    ? blocking.checks.map((check) => ({ label: check.label, status: check.status }))
    : catalogue.prerequisites
        .filter((p) => p.applies)
        .map((p) => ({ label: p.label, status: 'met' as const }));
  return { booking, course, session, checks };
}
