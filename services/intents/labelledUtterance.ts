import { z } from 'zod';
import { AccessRoute, Audience } from '../catalogue/vocabulary';
import { INTENTS, MODULE_QUESTIONS } from './understanding';

/** One labelled message, as written in the utterance files; absent entity lists mean none expected. */
export const LabelledUtterance = z.object({
  text: z.string().min(1),
  intent: z.enum(INTENTS),
  moduleQuestion: z.enum(MODULE_QUESTIONS).optional(),
  modules: z.array(z.string()).default([]),
  accessRoutes: z.array(AccessRoute).default([]),
  audiences: z.array(Audience).default([]),
  contactPoint: z.boolean().default(false),
});
export type LabelledUtterance = z.infer<typeof LabelledUtterance>;

export const LabelledUtterances = z.array(LabelledUtterance);

/** Parses a list of labelled utterances (e.g. a JSON file), throwing with the bad item's path if any. */
export function parseLabelledUtterances(data: unknown): LabelledUtterance[] {
  return LabelledUtterances.parse(data);
}
