import type { CatalogueLike } from './entityVocabulary';
import type { LabelledQuestion, LabelledUtterance, Voice } from './labelledUtterance';
import { createUnderstander, type Understander, type UnderstanderOptions } from './understander';
import type { Intent, Understanding } from './understanding';

export interface ConfusionPair {
  /** The intent, or a compound message's intents joined by " + ". */
  expected: string;
  got: string;
  count: number;
  examples: string[];
}

export interface Miss {
  text: string;
  expected: string;
  got: string;
}

/** One entity's figure: exact matches among the messages where it was expected or found. */
export interface EntityFigure {
  entity: string;
  /** Messages where the label or the answer has it (for intent-bound entities, both intents right). */
  relevant: number;
  accuracy: number;
  misses: Miss[];
}

export interface Evaluation {
  examples: number;
  /** Share of messages whose intent is right (and, for compound messages, every further intent in order). */
  intentAccuracy: number;
  /** Share of messages whose first intent is right, whatever a compound message's further questions. */
  firstIntentAccuracy: number;
  /** Share of messages whose module codes and access routes are both exactly right (as sets). */
  entityAccuracy: number;
  /** Share of messages whose audiences are exactly right (reported, not gated). */
  audienceAccuracy: number;
  /** Share of messages whose ContactPoint flag is right (reported, not gated). */
  contactPointAccuracy: number;
  /** Among `module_info` messages classified as such, the share whose first kind of question is right. */
  moduleQuestionAccuracy: number;
  /** The newer entities, one figure each (people, filters, feature, blocked, unknown codes, kinds, compound). */
  entityFigures: EntityFigure[];
  /** Intent accuracy by the voice the message was written in, where the labels say. */
  byVoice: { voice: Voice; examples: number; intentAccuracy: number }[];
  /** Wrong intents, most frequent pair first. */
  confusionPairs: ConfusionPair[];
  entityMisses: Miss[];
  moduleQuestionMisses: Miss[];
}

export interface Benchmark extends Evaluation {
  trainExamples: number;
  /** Time to build the understander (vocabulary, speller, classifier training). */
  trainMs: number;
  /** Mean time of one `understand` call over the evaluated messages. */
  understandMs: number;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((value) => right.has(value));
}

const show = (values: readonly string[]) => (values.length > 0 ? [...values].sort().join(',') : '-');

function entityText(modules: readonly string[], routes: readonly string[]): string {
  return `modules ${show(modules)}; routes ${show(routes)}`;
}

const intentsOf = (question: { intent: Intent; more?: { intent: Intent }[] | undefined }) =>
  [question.intent, ...(question.more ?? []).map((part) => part.intent)].join(' + ');

/** Whether the intent is right, with a compound message's further questions in order. */
export function intentRight(item: LabelledUtterance, got: Understanding): boolean {
  return intentsOf(item) === intentsOf(got);
}

interface EntityRule {
  entity: string;
  /** The value as text ('' when none), expected and got. */
  expected(item: LabelledQuestion): string;
  got(understanding: Understanding): string;
  /** Scored only where both intents are this one (kinds of module question, not_yet's feature). */
  onlyFor?: Intent;
}

const lowerSorted = (values: readonly string[]) =>
  values
    .map((value) => value.toLowerCase())
    .sort()
    .join(', ');
const whenText = (when: unknown) => (when ? JSON.stringify(when) : '');

const ENTITY_RULES: EntityRule[] = [
  {
    entity: 'kinds of module question, in order (module_info)',
    expected: (item) => (item.moduleQuestions ?? [item.moduleQuestion ?? 'what']).join(', '),
    got: (got) => (got.entities.moduleQuestions ?? []).join(', '),
    onlyFor: 'module_info',
  },
  {
    entity: 'feature (not_yet)',
    expected: (item) => item.feature ?? '',
    got: (got) => got.entities.feature ?? '',
    onlyFor: 'not_yet',
  },
  {
    entity: 'people',
    expected: (item) => lowerSorted(item.people),
    got: (got) => lowerSorted(got.entities.people),
  },
  {
    entity: 'blocked only (team_status)',
    expected: (item) => (item.blockedOnly ? 'yes' : ''),
    got: (got) => (got.entities.teamView === 'blocked' ? 'yes' : ''),
    onlyFor: 'team_status',
  },
  {
    entity: 'part of day',
    expected: (item) => item.partOfDay ?? '',
    got: (got) => got.entities.partOfDay ?? '',
  },
  { entity: 'when', expected: (item) => whenText(item.when), got: (got) => whenText(got.entities.when) },
  { entity: 'venue', expected: (item) => item.venue ?? '', got: (got) => got.entities.venue ?? '' },
  {
    entity: 'unknown codes',
    expected: (item) => lowerSorted(item.unknownCodes),
    got: (got) => lowerSorted(got.entities.unknownCodes ?? []),
  },
];

/** Scores an understander against labelled messages. */
export function evaluate(understander: Understander, labelled: LabelledUtterance[]): Evaluation {
  const results: { item: LabelledUtterance; got: Understanding }[] = labelled.map((item) => ({
    item,
    got: understander.understand(item.text),
  }));
  const share = (count: number, of: number) => (of === 0 ? 1 : count / of);

  const pairs = new Map<string, ConfusionPair>();
  for (const { item, got } of results) {
    if (intentRight(item, got)) continue;
    const key = `${intentsOf(item)}>${intentsOf(got)}`;
    const pair = pairs.get(key) ?? { expected: intentsOf(item), got: intentsOf(got), count: 0, examples: [] };
    pair.count++;
    pair.examples.push(item.text);
    pairs.set(key, pair);
  }

  const entityMisses: Miss[] = results
    .filter(
      ({ item, got }) =>
        !sameSet(item.modules, got.entities.modules) ||
        !sameSet(item.accessRoutes, got.entities.accessRoutes),
    )
    .map(({ item, got }) => ({
      text: item.text,
      expected: entityText(item.modules, item.accessRoutes),
      got: entityText(got.entities.modules, got.entities.accessRoutes),
    }));

  const askedModuleInfo = results.filter(
    ({ item, got }) => item.intent === 'module_info' && got.intent === 'module_info',
  );
  const moduleQuestionMisses: Miss[] = askedModuleInfo
    .filter(({ item, got }) => item.moduleQuestion !== got.entities.moduleQuestion)
    .map(({ item, got }) => ({
      text: item.text,
      expected: item.moduleQuestion ?? '-',
      got: got.entities.moduleQuestion ?? '-',
    }));

  const entityFigures = ENTITY_RULES.map((rule): EntityFigure => {
    const scored = results
      .filter(
        ({ item, got }) => !rule.onlyFor || (item.intent === rule.onlyFor && got.intent === rule.onlyFor),
      )
      .map(({ item, got }) => ({ item, expected: rule.expected(item), got: rule.got(got) }))
      .filter(({ expected, got }) => expected !== '' || got !== '');
    const misses = scored
      .filter(({ expected, got }) => expected !== got)
      .map(({ item, expected, got }) => ({ text: item.text, expected: expected || '-', got: got || '-' }));
    return {
      entity: rule.entity,
      relevant: scored.length,
      accuracy: share(scored.length - misses.length, scored.length),
      misses,
    };
  });
  const compound = results.filter(({ item, got }) => item.more || got.more);
  const compoundMisses = compound
    .filter(({ item, got }) => !intentRight(item, got))
    .map(({ item, got }) => ({ text: item.text, expected: intentsOf(item), got: intentsOf(got) }));
  entityFigures.push({
    entity: 'compound questions (every intent, in order)',
    relevant: compound.length,
    accuracy: share(compound.length - compoundMisses.length, compound.length),
    misses: compoundMisses,
  });

  const voices = [...new Set(labelled.flatMap((item) => (item.voice ? [item.voice] : [])))];
  const byVoice = voices.map((voice) => {
    const mine = results.filter(({ item }) => item.voice === voice);
    return {
      voice,
      examples: mine.length,
      intentAccuracy: share(mine.filter(({ item, got }) => intentRight(item, got)).length, mine.length),
    };
  });

  return {
    examples: labelled.length,
    intentAccuracy: share(results.filter(({ item, got }) => intentRight(item, got)).length, results.length),
    firstIntentAccuracy: share(
      results.filter(({ item, got }) => item.intent === got.intent).length,
      results.length,
    ),
    entityAccuracy: share(results.length - entityMisses.length, results.length),
    audienceAccuracy: share(
      results.filter(({ item, got }) => sameSet(item.audiences, got.entities.audiences)).length,
      results.length,
    ),
    contactPointAccuracy: share(
      results.filter(({ item, got }) => item.contactPoint === got.entities.contactPoint).length,
      results.length,
    ),
    moduleQuestionAccuracy: share(
      askedModuleInfo.length - moduleQuestionMisses.length,
      askedModuleInfo.length,
    ),
    entityFigures,
    byVoice,
    confusionPairs: [...pairs.values()].sort(
      (a, b) => b.count - a.count || a.expected.localeCompare(b.expected),
    ),
    entityMisses,
    moduleQuestionMisses,
  };
}

/** Trains on `train` (timed) and evaluates on the held-out `test`. */
export function benchmarkUnderstanding(
  catalogue: CatalogueLike,
  train: LabelledUtterance[],
  test: LabelledUtterance[],
  options: Omit<UnderstanderOptions, 'examples'> = {},
): Benchmark {
  const started = performance.now();
  const understander = createUnderstander(catalogue, { ...options, examples: train });
  const trainMs = performance.now() - started;
  const evaluationStarted = performance.now();
  const evaluation = evaluate(understander, test);
  const understandMs = (performance.now() - evaluationStarted) / Math.max(1, test.length);
  return { ...evaluation, trainExamples: train.length, trainMs, understandMs };
}

/** The folds of a k-fold cross-validation: every k-th message held out in turn. */
export function folds<T>(labelled: T[], k = 5): { train: T[]; test: T[] }[] {
  return Array.from({ length: k }, (_, fold) => ({
    train: labelled.filter((_, i) => i % k !== fold),
    test: labelled.filter((_, i) => i % k === fold),
  }));
}

/**
 * K-fold cross-validation on one labelled set: an estimate that does not use the held-out sets, for tuning.
 */
export function crossValidate(
  catalogue: CatalogueLike,
  labelled: LabelledUtterance[],
  k = 5,
  options: Omit<UnderstanderOptions, 'examples'> = {},
): { intentAccuracy: number; entityAccuracy: number; misses: Miss[] } {
  let intentHits = 0;
  let entityHits = 0;
  const misses: Miss[] = [];
  for (const { train, test } of folds(labelled, k)) {
    const understander = createUnderstander(catalogue, { ...options, examples: train });
    for (const item of test) {
      const got = understander.understand(item.text);
      if (intentRight(item, got)) intentHits++;
      else misses.push({ text: item.text, expected: intentsOf(item), got: intentsOf(got) });
    }
    const result = evaluate(understander, test);
    entityHits += result.entityAccuracy * test.length;
  }
  const total = Math.max(1, labelled.length);
  return { intentAccuracy: intentHits / total, entityAccuracy: entityHits / total, misses };
}
