import { accessRouteFor } from '../catalogue/accessRoutes';
import type { Catalogue } from '../catalogue/loadCatalogue';
import type { StaffProfile } from '../people/staffProfile';

/** The roster.csv sources (contracts.md §2, extended): who vouches for the person. */
export const ROSTER_SOURCES = ['roster', 'self-declared'] as const;

/**
 * A staff profile as the cells of its roster.csv row, written so that importing them gives the same profile.
 * The access route is left blank when it is the service group's default in this catalogue, so a spreadsheet
 * edit of the service group moves the route with it.
 */
export function rosterCells(person: StaffProfile, catalogue: Catalogue): Record<string, string> {
  const yesNo = (value: boolean) => (value ? 'yes' : 'no');
  return {
    aadObjectId: person._id,
    name: person.name,
    email: person.email ?? '',
    audience: person.audience,
    organisation: person.organisation,
    serviceGroup: person.serviceGroup,
    accessRoute:
      person.accessRoute === accessRouteFor(catalogue, person.serviceGroup) ? '' : person.accessRoute,
    managerAadObjectId: person.managerAadObjectId ?? '',
    contactPointUser: yesNo(person.contactPointUser),
    ecrbIssued: person.ecrbIssued ?? '',
    itCompetence: yesNo(person.itCompetence),
    identityChecked: yesNo(person.identityChecked),
    permissions: person.permissions.join(';'),
    completed: person.completed.map((completion) => `${completion.code}@${completion.date}`).join(';'),
    source: person.source,
  };
}
