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
  /** The line manager of record: only ever set by the roster or by a coordinator confirming a person. */
  managerAadObjectId?: string;
  /**
   * Self-declared profiles: the manager's email as the person gave it. A claim only: it never makes
   * anyone a manager of record, and a coordinator decides whether to link them when confirming.
   */
  declaredManagerEmail?: string;
  contactPointUser: boolean;
  /** Calendar date the enhanced CRB certificate was issued, `YYYY-MM-DD`. */
  ecrbIssued?: string;
  itCompetence: boolean;
  identityChecked: boolean;
  permissions: Permission[];
  completed: Completion[];
  source: 'roster' | 'self-declared';
  /** Self-declared profiles: when the person last saved their details (the coordinator confirms that version). */
  declaredAt?: Date;
  /** Self-declared profiles a coordinator turned down; saving the onboarding card again asks once more. */
  rejected?: Decision;
  /** A profile that began self-declared and that a coordinator confirmed onto the roster. */
  confirmed?: Decision;
  /** Who confirmed IT competence in the bot, and when (a roster import's `itCompetence` leaves none). */
  itCompetenceConfirmed?: Decision;
  /**
   * Set when the bot last failed to reach this person in Teams (the app not installed for them, or blocked), so a
   * coordinator can be shown it; cleared when a later message reaches them or they write to the bot.
   */
  unreachable?: Unreachable;
  /** Who changed this person's standing, and when (domain §11: an audit trail of who approved what). */
  audit?: AuditEntry[];
  updatedAt: Date;
}

/** A coordinator's decision about a person (the admin CLI decides as `admin-cli`). */
export interface Decision {
  by: string;
  byName: string;
  at: Date;
}

export interface Unreachable {
  at: Date;
  /** What Teams answered, in a few words ("403 ConversationBlockedByUser"). */
  reason: string;
}

export interface AuditEntry extends Decision {
  action: 'declared' | 'confirmed' | 'rejected' | 'it-competence-confirmed';
  /** What was corrected when confirming, in words ("role: Practitioner → Trainer"). */
  note?: string;
}

/** True for someone the roster (or a coordinator) vouches for: only they can hold a role beyond practitioner. */
export function isOfRecord(profile: Pick<StaffProfile, 'source'>): boolean {
  return profile.source === 'roster';
}
