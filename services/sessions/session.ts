import type { AccessRoute, SessionAudience } from '../catalogue/vocabulary';

/** A scheduled, face-to-face training session (sessions.csv). `_id` is the coordinator's reference. */
export interface Session {
  _id: string;
  course: string;
  start: Date;
  end: Date;
  venue: string;
  capacity: number;
  /** ContactPoint sessions are tied to one case management system (domain §5, §7). */
  accessRoute?: AccessRoute;
  audience?: SessionAudience;
  trainer?: string;
  /** Seats taken; changed only by conditional single-document updates so it never passes capacity. */
  booked: number;
  /** Cancelled by a coordinator: kept for the record, never offered or booked again. */
  cancelled?: { by: string; byName: string; at: Date; reason: string };
  updatedAt: Date;
}
