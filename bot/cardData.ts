import { z } from 'zod';
import { AccessRoute, Audience, ServiceGroup } from '../services/catalogue/vocabulary';
import { PARTS_OF_DAY } from '../services/intents/understanding';
import { INTENTS } from '../services/intents/understanding';

// What the confirmation queue's buttons send. Card data is untrusted input: the person acting is taken from
// Teams (`from.aadObjectId`), never from here; `declaredAt` only says which version the coordinator saw.

const offset = z.number().int().min(0).max(1_000_000).default(0);

export const PageData = z.object({ offset });
export type PageData = z.infer<typeof PageData>;

/** Where a team card was (its page, and whether it listed only those blocked). */
export const TeamPlaceData = z.object({ offset, blockedOnly: z.boolean().default(false) });
export type TeamPlaceData = z.infer<typeof TeamPlaceData>;

/** A button on one line report; the manager is whoever clicks, never anyone named in the data. */
export const TeamMemberData = TeamPlaceData.extend({
  aadObjectId: z.string().trim().min(1).max(100),
  /** Pressed on the person's own card (answer with that card) rather than on the team card. */
  from: z.enum(['team', 'member']).default('team'),
});
export type TeamMemberData = z.infer<typeof TeamMemberData>;

export const PersonData = z.object({
  aadObjectId: z.string().trim().min(1).max(100),
  declaredAt: z.iso
    .datetime()
    .transform((value) => new Date(value))
    .optional(),
  offset,
});
export type PersonData = z.infer<typeof PersonData>;

/** Confirm from the list (as declared) or from the correction form (`corrected`, with the form's inputs). */
export const ConfirmData = PersonData.extend({
  corrected: z.boolean().optional(),
  audience: Audience.optional(),
  organisation: z.string().trim().max(200).optional(),
  serviceGroup: ServiceGroup.optional(),
  managerEmail: z.string().trim().max(200).optional(),
});
export type ConfirmData = z.infer<typeof ConfirmData>;

/** What a card's "ask" button (cards/adaptiveCard.ts `askButton`) sends; validated like any input. */
export const AskData = z.object({
  intent: z.enum(INTENTS),
  modules: z.array(z.string().max(20)).max(5).optional(),
  sessionId: z.string().max(100).optional(),
  /** For `team_status` buttons: only the manager's team, only the people waiting to be confirmed, or only those blocked. */
  only: z.enum(['team', 'waiting', 'blocked']).optional(),
});
export type AskData = z.infer<typeof AskData>;

const id = z.string().trim().min(1).max(100);

/** Book (or join the waiting list for) one session; who books is whoever pressed. */
export const SessionData = z.object({ sessionId: id });
export type SessionData = z.infer<typeof SessionData>;

const When = z.union([
  z.object({ kind: z.enum(['today', 'tomorrow', 'this-week', 'next-week', 'this-month', 'next-month']) }),
  z.object({ kind: z.literal('month'), month: z.number().int().min(1).max(12) }),
  z.object({
    kind: z.enum(['before', 'after']),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  }),
]);

/** "More dates": the same search a page further on. */
export const MoreSessionsData = z.object({
  course: z.string().trim().min(1).max(20),
  accessRoute: AccessRoute.optional(),
  partOfDay: z.enum(PARTS_OF_DAY).optional(),
  when: When.optional(),
  venue: z.string().trim().max(100).optional(),
  offset,
});
export type MoreSessionsData = z.infer<typeof MoreSessionsData>;

/** A button on one booking; whether the presser may act on it is decided from Teams identity, not from here. */
export const BookingData = z.object({ bookingId: id });
export type BookingData = z.infer<typeof BookingData>;

export const DeclineData = BookingData.extend({
  declineReason: z.string().trim().max(300).optional(),
});
export type DeclineData = z.infer<typeof DeclineData>;

/** The nomination form: one session, and the people (a multi-select sends their ids comma-separated). */
export const NominationData = z.object({
  sessionId: z.string().trim().max(100).default(''),
  people: z
    .string()
    .max(5_000)
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((person) => person.trim())
        .filter(Boolean),
    )
    .pipe(z.array(id).max(50)),
});
export type NominationData = z.infer<typeof NominationData>;
