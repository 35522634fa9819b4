import { z } from 'zod';
import { AccessRoute, Audience } from '../catalogue/vocabulary';
import { FEATURES, INTENTS, MODULE_QUESTIONS, PARTS_OF_DAY } from './understanding';

const Month = z.number().int().min(1).max(12);

/** `WhenPhrase` (understanding.ts) as written in the utterance files. */
export const LabelledWhen = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.enum(['today', 'tomorrow', 'this-week', 'next-week', 'this-month', 'next-month']) })
    .strict(),
  z.object({ kind: z.literal('month'), month: Month }).strict(),
  z
    .object({ kind: z.enum(['before', 'after']), month: Month, day: z.number().int().min(1).max(31) })
    .strict(),
]);

/**
 * One question as labelled: the intent and every entity expected. An absent list, flag or filter means none
 * expected, so a label says only what the message says.
 */
const LabelledQuestion = z
  .object({
    intent: z.enum(INTENTS),
    /** Only for `module_info`: the first kind asked. */
    moduleQuestion: z.enum(MODULE_QUESTIONS).optional(),
    /** Only for `module_info` asking several kinds; absent means `[moduleQuestion]`. */
    moduleQuestions: z.array(z.enum(MODULE_QUESTIONS)).min(2).optional(),
    feature: z.enum(FEATURES).optional(),
    modules: z.array(z.string()).default([]),
    accessRoutes: z.array(AccessRoute).default([]),
    audiences: z.array(Audience).default([]),
    contactPoint: z.boolean().default(false),
    people: z.array(z.string().min(1)).default([]),
    blockedOnly: z.boolean().default(false),
    partOfDay: z.enum(PARTS_OF_DAY).optional(),
    when: LabelledWhen.optional(),
    venue: z.string().min(1).optional(),
    unknownCodes: z.array(z.string()).default([]),
  })
  .strict();
export type LabelledQuestion = z.infer<typeof LabelledQuestion>;

/** Who would type the message (the held-out sets are written in every role's voice; reported, not scored). */
export const VOICES = ['practitioner', 'manager', 'coordinator', 'trainer'] as const;
export type Voice = (typeof VOICES)[number];

/** One labelled message, as written in the utterance files. */
export const LabelledUtterance = LabelledQuestion.extend({
  text: z.string().min(1),
  voice: z.enum(VOICES).optional(),
  /** A compound message's further questions, in order (`Understanding.more`). */
  more: z.array(LabelledQuestion).min(1).optional(),
}).strict();
export type LabelledUtterance = z.infer<typeof LabelledUtterance>;

export const LabelledUtterances = z.array(LabelledUtterance);

/** Parses a list of labelled utterances (e.g. a JSON file), throwing with the bad item's path if any. */
export function parseLabelledUtterances(data: unknown): LabelledUtterance[] {
  return LabelledUtterances.parse(data);
}
