import type { ModuleQuestion } from './understanding';

// Signals for each kind of module question, checked in this order; anything else asks what the module is.
const SIGNALS: [ModuleQuestion, RegExp][] = [
  [
    'duration',
    /\b(how long|how much time|how many hours|duration|length|last|lasts|hours?|minutes|half day|full day|all day|whole day|long is|long does|time does)\b/,
  ],
  [
    'prerequisites',
    /\b(before|beforehand|prior|prerequisites?|requirements?|first|follow|follows|after|precede|precedes|comes? before|need to have|need to do|order|build on|builds on)\b/,
  ],
  [
    'audience',
    /\b(who|whom|aimed|meant for|suitable|audience|target|is it for|for me|which staff|which roles?|should i|do i need|relevant)\b/,
  ],
];

/**
 * What a `module_info` message asks about a module, from its normalised words. Naming an audience
 * ("is CAF02 for managers") asks who it is for, unless a duration or prerequisite word says otherwise.
 */
export function moduleQuestionOf(tokens: string[], namesAudience: boolean): ModuleQuestion {
  const text = tokens.join(' ');
  for (const [question, signal] of SIGNALS) if (signal.test(text)) return question;
  return namesAudience ? 'audience' : 'what';
}
