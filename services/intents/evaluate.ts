import type { CatalogueLike } from './entityVocabulary';
import type { LabelledUtterance } from './labelledUtterance';
import { createUnderstander, type Understander, type UnderstanderOptions } from './understander';
import type { Intent, Understanding } from './understanding';

export interface ConfusionPair {
  expected: Intent;
  got: Intent;
  count: number;
  examples: string[];
}

export interface Miss {
  text: string;
  expected: string;
  got: string;
}

export interface Evaluation {
  examples: number;
  /** Share of messages whose intent is right. */
  intentAccuracy: number;
  /** Share of messages whose module codes and access routes are both exactly right (as sets). */
  entityAccuracy: number;
  /** Share of messages whose audiences are exactly right (reported, not gated). */
  audienceAccuracy: number;
  /** Share of messages whose ContactPoint flag is right (reported, not gated). */
  contactPointAccuracy: number;
  /** Among `module_info` messages classified as such, the share whose kind of question is right. */
  moduleQuestionAccuracy: number;
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

/** Scores an understander against labelled messages. */
export function evaluate(understander: Understander, labelled: LabelledUtterance[]): Evaluation {
  const results: { item: LabelledUtterance; got: Understanding }[] = labelled.map((item) => ({
    item,
    got: understander.understand(item.text),
  }));
  const share = (count: number, of: number) => (of === 0 ? 1 : count / of);

  const pairs = new Map<string, ConfusionPair>();
  for (const { item, got } of results) {
    if (got.intent === item.intent) continue;
    const key = `${item.intent}>${got.intent}`;
    const pair = pairs.get(key) ?? { expected: item.intent, got: got.intent, count: 0, examples: [] };
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

  return {
    examples: labelled.length,
    intentAccuracy: share(
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

/**
 * K-fold cross-validation on one labelled set (every k-th message held out in turn): an estimate that does
 * not use the held-out test set, for tuning.
 */
export function crossValidate(
  catalogue: CatalogueLike,
  labelled: LabelledUtterance[],
  folds = 5,
  options: Omit<UnderstanderOptions, 'examples'> = {},
): { intentAccuracy: number; entityAccuracy: number } {
  let intentHits = 0;
  let entityHits = 0;
  for (let fold = 0; fold < folds; fold++) {
    const train = labelled.filter((_, i) => i % folds !== fold);
    const test = labelled.filter((_, i) => i % folds === fold);
    const result = evaluate(createUnderstander(catalogue, { ...options, examples: train }), test);
    intentHits += result.intentAccuracy * test.length;
    entityHits += result.entityAccuracy * test.length;
  }
  const total = Math.max(1, labelled.length);
  return { intentAccuracy: intentHits / total, entityAccuracy: entityHits / total };
}
