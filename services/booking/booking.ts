/**
 * A person's place (or wish for a place) on one session. Its `state` moves only along BOOKING_TRANSITIONS, each
 * move one conditional single-document update that names the state it expects (services/booking/bookingRepository.ts).
 *
 * held        seat taken, waiting for the line manager's approval (lapses after the hold window)
 * waitlisted  the session was full; promoted to held (or confirmed) when a seat frees, in order of `waitlistedAt`
 * confirmed   approved (or nominated by the manager): the place is theirs
 * declined / lapsed / cancelled   ended before the session; the seat went back
 * attended / no-show              recorded after the session
 */
export const BOOKING_STATES = [
  'held',
  'waitlisted',
  'confirmed',
  'declined',
  'lapsed',
  'cancelled',
  'attended',
  'no-show',
] as const;
export type BookingState = (typeof BOOKING_STATES)[number];

/** States that still claim the course for the person: at most one such booking per person and course. */
export const ACTIVE_STATES = ['held', 'waitlisted', 'confirmed'] as const satisfies readonly BookingState[];
export type ActiveState = (typeof ACTIVE_STATES)[number];

/** States that hold one of the session's seats (`Session.booked` counts exactly these). */
export const SEATED_STATES = ['held', 'confirmed'] as const satisfies readonly BookingState[];

/** Every allowed move, from → to (issue 13 item 3). Anything else is refused before it reaches the database. */
export const BOOKING_TRANSITIONS: Readonly<Record<BookingState, readonly BookingState[]>> = {
  held: ['confirmed', 'declined', 'lapsed', 'cancelled'],
  waitlisted: ['held', 'confirmed', 'cancelled'],
  confirmed: ['attended', 'no-show', 'cancelled'],
  declined: [],
  lapsed: [],
  cancelled: [],
  attended: [],
  'no-show': [],
};

export function canMove(from: BookingState, to: BookingState): boolean {
  return BOOKING_TRANSITIONS[from].includes(to);
}

export function isActive(state: BookingState): state is ActiveState {
  return (ACTIVE_STATES as readonly BookingState[]).includes(state);
}

/** Who did something: an Entra object id (or `system` for the hold window, `admin-cli` for the CLI) and a name. */
export interface BookingActor {
  by: string;
  byName: string;
}

/** One move in a booking's life (domain §11: an audit trail of who approved what). */
export interface BookingAuditEntry extends BookingActor {
  at: Date;
  from: BookingState | null;
  to: BookingState;
  reason?: string;
}

export interface Booking {
  /** Random id (UUID). */
  _id: string;
  person: { aadObjectId: string; name: string };
  course: string;
  sessionId: string;
  /** The session's start, copied so lists sort and cut-offs apply without reading every session. */
  sessionStart: Date;
  state: BookingState;
  /**
   * `person|course` while the booking is active, its own `_id` once it has ended: a unique index on this field
   * allows one active booking per person and course without a partial index (not every server has them).
   */
  activeKey: string;
  /**
   * The line manager who approves it: of record on the roster when it was booked, or (with `managerSource`
   * `graph`) the one the directory named because the roster named none. Absent when neither did.
   */
  managerAadObjectId?: string;
  /** `graph`: `managerAadObjectId` came from Microsoft Graph, not the roster (issue 13 item 5). */
  managerSource?: 'graph';
  /** The directory's name for that manager (they may not be in `people`); only with `managerSource`. */
  managerName?: string;
  /** While held: when the hold lapses if nobody decides (default 5 working days after booking). */
  holdUntil?: Date;
  /** While waitlisted: the order of the waiting list. */
  waitlistedAt?: Date;
  /** Who approved, declined, nominated or cancelled, shown on cards ("Approved by Mark Evans, 24 Nov 14:05"). */
  decision?: BookingAuditEntry;
  /** Nominated by their manager: the nomination is the approval (issue 13 item 6). */
  nominatedBy?: BookingActor;
  audit: BookingAuditEntry[];
  /** The approval cards sent for it (to whom, which message), so each can be updated when anyone decides. */
  approvalCards?: { aadObjectId: string; activityId: string }[];
  createdAt: Date;
  updatedAt: Date;
}

export function activeKeyOf(personAadObjectId: string, course: string): string {
  return `${personAadObjectId}|${course}`;
}
