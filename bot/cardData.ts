import { z } from 'zod';
import { AccessRoute, Audience, ServiceGroup } from '../services/catalogue/vocabulary';
import { INTENTS, PARTS_OF_DAY, TEAM_VIEWS } from '../services/intents/understanding';

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
  only: z.enum(TEAM_VIEWS).optional(),
});
export type AskData = z.infer<typeof AskData>;

const id = z.string().trim().min(1).max(100);

/** Book (or join the waiting list for) one session; who books is whoever pressed. */
export const BookSessionData = z.object({ sessionId: id });
export type BookSessionData = z.infer<typeof BookSessionData>;

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
// A coordinator's session management (cards/sessionsOverviewCard.ts). Filters and form fields are text from
// card inputs: bounded here, and the form's fields checked by the sessions.csv rules in services/.

/** A choice list's "no filter" (`any`, or nothing chosen). */
const noneChosen = (value: string | undefined) =>
  value === undefined || value === '' || value === 'any' ? undefined : value;

/** Where the sessions overview was: its filters and page. An unknown course code simply matches nothing. */
export const SessionsPlaceData = z.object({
  offset,
  course: z
    .string()
    .trim()
    .max(20)
    .regex(/^[A-Za-z0-9-]*$/)
    .optional()
    .transform((value) => noneChosen(value)?.toUpperCase()),
  accessRoute: z
    .union([AccessRoute, z.literal('any'), z.literal('')])
    .optional()
    .transform((value) => noneChosen(value) as AccessRoute | undefined),
});
export type SessionsPlaceData = z.infer<typeof SessionsPlaceData>;

/** A button on one session; the id is only looked up, never used as a query operator. */
export const SessionData = SessionsPlaceData.extend({ sessionId: z.string().trim().min(1).max(100) });
export type SessionData = z.infer<typeof SessionData>;

/** "Yes, cancel session", with the reason typed on the card (the card allows 300 characters). */
export const CancelSessionData = SessionData.extend({ reason: z.string().max(300).default('') });
export type CancelSessionData = z.infer<typeof CancelSessionData>;

const formText = (max: number) => z.string().max(max).optional();

/** The New session form: text as the inputs send it (the number picker may send a number). */
export const NewSessionData = z.object({
  /** The form's reference: the random part of the new session's id. */
  form: z.string().regex(/^[A-Z0-9]{4}$/),
  course: formText(20),
  date: formText(20),
  start: formText(20),
  end: formText(20),
  venue: formText(200),
  capacity: z
    .union([z.string().max(20), z.number().finite()])
    .optional()
    .transform((value) => (value === undefined ? undefined : String(value))),
  accessRoute: formText(20),
  audience: formText(20),
  trainer: formText(100),
});
export type NewSessionData = z.infer<typeof NewSessionData>;
