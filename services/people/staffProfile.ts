import type { AccessRoute, Audience, Permission, ServiceGroup } from '../catalogue/vocabulary';

/** A training record: a course or module code and the day it was completed. */
export interface Completion {
  code: string;
  /** Calendar date, `YYYY-MM-DD`. */
  date: string;
}

/**
 * A member of staff, keyed by their Entra object id (`from.aadObjectId` in Teams).
 * `source` tells whether the coordinator's roster vouches for it or the person declared it themselves.
 */
export interface StaffProfile {
  _id: string;
  name: string;
  email?: string;
  audience: Audience;
  /** The organisation's name as stored in organisations (its `_id` is `organisationKey(organisation)`). */
  organisation: string;
  serviceGroup: ServiceGroup;
  accessRoute: AccessRoute;
  managerAadObjectId?: string;
  /** Self-declared profiles: the manager's email as the person gave it, until someone links them. */
  declaredManagerEmail?: string;
  contactPointUser: boolean;
  /** Calendar date the enhanced CRB certificate was issued, `YYYY-MM-DD`. */
  ecrbIssued?: string;
  itCompetence: boolean;
  identityChecked: boolean;
  permissions: Permission[];
  completed: Completion[];
  source: 'roster' | 'self-declared';
  updatedAt: Date;
}
