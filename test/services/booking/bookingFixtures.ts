import type { Session } from '../../../services/sessions/session';
import type { StaffProfile } from '../../../services/people/staffProfile';
import type { Collections } from '../../../services/storage/collections';
import { staffProfile } from '../../support/people';

export const NOW = new Date('2026-12-01T10:00:00Z'); // Tuesday
export const DAY = 24 * 60 * 60 * 1000;
export const ORGANISATION = 'Northdale Council';

export function cpSession(id: string, extra: Partial<Session> = {}): Session {
  const start = new Date(NOW.getTime() + 21 * DAY);
  return {
    _id: id,
    course: 'CP',
    start,
    end: new Date(start.getTime() + 3 * 3600_000),
    venue: 'IT Suite',
    capacity: 12,
    booked: 0,
    accessRoute: 'web-browser',
    audience: 'practitioner',
    updatedAt: NOW,
    ...extra,
  };
}

/** A practitioner who meets every ContactPoint prerequisite today and on sessions in the coming months. */
export function readyPractitioner(id: string, extra: Partial<StaffProfile> = {}): StaffProfile {
  return staffProfile(id, {
    name: `Person ${id}`,
    organisation: ORGANISATION,
    managerAadObjectId: 'manager-1',
    contactPointUser: true,
    ecrbIssued: '2025-06-01',
    itCompetence: true,
    identityChecked: true,
    completed: [
      { code: 'IS-EL', date: '2026-01-10' },
      { code: 'SG', date: '2026-01-10' },
    ],
    ...extra,
  });
}

export const MANAGER = staffProfile('manager-1', {
  name: 'Mark Evans',
  audience: 'operational-manager',
  organisation: ORGANISATION,
});

export const COORDINATOR = staffProfile('coordinator-1', {
  name: 'Cora Ordin',
  organisation: ORGANISATION,
  permissions: ['coordinator'],
});

export async function seedOrganisation(collections: Collections): Promise<void> {
  await collections.organisations.insertOne({
    _id: ORGANISATION.toLowerCase(),
    name: ORGANISATION,
    accredited: true,
    updatedAt: NOW,
  });
}
