import { z } from 'zod';
import { Audience, ServiceGroup } from '../services/catalogue/vocabulary';
import { INTENTS } from '../services/intents/understanding';

// What the confirmation queue's buttons send. Card data is untrusted input: the person acting is taken from
// Teams (`from.aadObjectId`), never from here; `declaredAt` only says which version the coordinator saw.

const offset = z.number().int().min(0).max(1_000_000).default(0);

export const PageData = z.object({ offset });
export type PageData = z.infer<typeof PageData>;

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
});
export type AskData = z.infer<typeof AskData>;
