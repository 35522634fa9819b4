import type { ModuleQuestion } from './understanding';

// Signals for each kind of module question, checked in this order within a clause. Read from the classifier's
// words, where module names are `modref` and routes `routeref` ("Care First" says nothing about what comes first).
const SIGNALS: [ModuleQuestion, RegExp][] = [
  [
    'duration',
    /\b(how long|how much time|how many hours|how many days|duration|length|long|last|lasts|hours?|minutes|half a day|half day|half days|full day|a day|one day|two days|days|all day|whole day|time does)\b/,
  ],
  // Strong words first: "is it a must before using it" asks whether it is mandatory, not what comes first.
  ['mandatory', /\b(mandatory|compulsory|obligatory|optional|statutory|a must|skip)\b/],
  [
    'prerequisites',
    /\b(before|beforehand|prior|prerequisites?|requirements?|first|follow|follows|after|precede|precedes|comes? before|need to have|need to do|order|build on|builds on)\b/,
  ],
  [
    'mandatory',
    /\b(required|have to do|have to go|have to be done|has to be|do (i|we|they|you) have to|must (i|we|everyone|all)|choice)\b/,
  ],
  // "where is it delivered" asks where; "is it delivered online" asks how.
  [
    'location',
    /\b(where|whereabouts|venue|venues|address|location|which building|what building|which room|what room|suite)\b/,
  ],
  [
    'delivery',
    /\b(face to face|f2f|in person|online|on line|virtual|virtually|remote|remotely|from home|at home|e learning|elearning|self study|classroom|webinar|zoom|on teams|over teams|via teams|teams call|teams meeting|video call|computer|computer based|web based|at my desk|delivered|delivery|format|taught)\b/,
  ],
  ['location', /\b(held|take place|takes place|run|based)\b/],
  [
    'audience',
    /\b(who|whom|aimed|meant for|suitable|audience|target|is it for|for me|which staff|which roles?|should i|do i need|relevant|attends)\b/,
  ],
];

// Words that ask what a module is, when a clause asks nothing else ("what is CAF02 and how long is it").
const WHAT =
  /\b(what is|what are|what does|tell me|explain|describe|about|cover|covers|covered|overview|involve|content)\b/;

// Words that separate the questions of a compound message.
const CLAUSE_BREAKS = new Set(['and', 'also', 'plus', 'then', 'but']);

function kindOfClause(text: string): ModuleQuestion | undefined {
  for (const [question, signal] of SIGNALS) if (signal.test(text)) return question;
  return WHAT.test(text) ? 'what' : undefined;
}

/**
 * Every kind a `module_info` message asks, in order ("what's CAF02 and how long is it?": what, duration), from
 * the classifier's words. Naming an audience ("is CAF02 for managers") asks who it is for, unless another
 * kind's word says otherwise; a message with no signal asks what the module is.
 */
export function moduleQuestionsOf(tokens: readonly string[], namesAudience: boolean): ModuleQuestion[] {
  const clauses: string[][] = [[]];
  for (const token of tokens) {
    if (CLAUSE_BREAKS.has(token)) clauses.push([]);
    else clauses[clauses.length - 1]!.push(token);
  }
  const kinds: ModuleQuestion[] = [];
  for (const clause of clauses) {
    const kind = kindOfClause(clause.join(' '));
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0) return [namesAudience ? 'audience' : 'what'];
  return kinds;
}

/** The first kind a `module_info` message asks (see `moduleQuestionsOf`). */
export function moduleQuestionOf(tokens: readonly string[], namesAudience: boolean): ModuleQuestion {
  return moduleQuestionsOf(tokens, namesAudience)[0] ?? 'what';
}
