import { DEFAULT_CLASSIFIER_OPTIONS, trainClassifier, type ClassifierOptions } from './classifier';
import {
  SKIPPED_WORDS,
  vocabularyFromCatalogue,
  vocabularyWords,
  type CatalogueLike,
  type EntityVocabulary,
} from './entityVocabulary';
import { entitiesFrom, joinModuleCodes, PhraseIndex, type EntityMatch } from './extractEntities';
import { featuresOf } from './features';
import { parseLabelledUtterances, type LabelledUtterance } from './labelledUtterance';
import { moduleQuestionOf } from './moduleQuestion';
import { tokenise } from './normalise';
import { createSpeller } from './spelling';
import type { Entities, Intent, Understanding } from './understanding';
import bundledExamples from './utterances.train.json';

export interface UnderstanderOptions {
  /** Labelled messages to learn intents from; the bundled training set when absent. */
  examples?: LabelledUtterance[];
  /** Below this probability the best intent is not trusted and the answer is `fallback`. */
  fallbackBelow?: number;
  classifier?: ClassifierOptions;
}

export interface Understander {
  understand(text: string): Understanding;
}

export const DEFAULT_FALLBACK_BELOW = 0.3;

/**
 * Only a message's first characters are read. A question is never thousands of characters long, and reading a
 * long paste costs time every other person waits for: the clean-up's markup patterns grow with the square of
 * the length (28,000 characters of "<" took about 0.3 s, against well under a millisecond at this bound).
 */
export const MAX_UNDERSTOOD_CHARACTERS = 1_000;

// Placeholders the classifier sees instead of the entity words, so "how long is IS02" teaches "how long is LP01".
const MODULE_WORD = 'modref';
const ROUTE_WORD = 'routeref';
const CONTACTPOINT_WORD = 'contactpoint';
const MODULE_NOUNS = new Set(['module', 'modules', 'course', 'courses']);

/** The bundled training set (services/intents/utterances.train.json), validated. */
export function bundledTrainingExamples(): LabelledUtterance[] {
  return parseLabelledUtterances(bundledExamples);
}

/**
 * Trains an understander for this catalogue (a few tens of milliseconds). `understand` is then pure and
 * synchronous: intent with confidence, and the modules, access routes and audiences the message names.
 */
export function createUnderstander(
  catalogue: CatalogueLike,
  options: UnderstanderOptions = {},
): Understander {
  const vocabulary = vocabularyFromCatalogue(catalogue);
  const phrases = new PhraseIndex(vocabulary);
  const examples = options.examples ?? bundledTrainingExamples();
  const fallbackBelow = options.fallbackBelow ?? DEFAULT_FALLBACK_BELOW;

  // Words the speller may correct towards: every entity word, and training words seen more than once
  // (a word seen once may itself be one of the typos the training set contains on purpose).
  const counts = new Map<string, number>();
  for (const example of examples) {
    for (const token of joinModuleCodes(tokenise(example.text), vocabulary)) {
      counts.set(token, (counts.get(token) ?? 0) + 1);
    }
  }
  const known = new Map<string, number>([...counts].filter(([, count]) => count > 1));
  for (const word of vocabularyWords(vocabulary)) known.set(word, (known.get(word) ?? 0) + 1000);
  const speller = createSpeller(known);

  const analyse = (text: string) => {
    const tokens = speller(joinModuleCodes(tokenise(text), vocabulary));
    const matches = phrases.matches(tokens);
    return {
      tokens,
      entities: entitiesFrom(matches, vocabulary),
      classifierTokens: withPlaceholders(tokens, matches, vocabulary),
    };
  };

  const training = examples.map((example) => ({
    features: featuresOf(analyse(example.text).classifierTokens),
    label: example.intent,
  }));
  const classifier = trainClassifier<Intent>(training, options.classifier ?? DEFAULT_CLASSIFIER_OPTIONS);

  return {
    understand(text) {
      const { tokens, entities, classifierTokens } = analyse(text.slice(0, MAX_UNDERSTOOD_CHARACTERS));
      const features = featuresOf(classifierTokens);
      // A message that names a module, a route or ContactPoint is about training, whatever else it says.
      const namesDomain =
        entities.modules.length > 0 || entities.accessRoutes.length > 0 || entities.contactPoint;
      const ranked = classifier.classify(features).filter((s) => !namesDomain || s.label !== 'fallback');
      const best = ranked[0];
      // A message with no word the classifier has seen ("asdfgh", or nothing at all) is not guessed at.
      const knowsAWord = features.some((feature) => feature.startsWith('w:') && classifier.knows(feature));
      const trusted = best !== undefined && knowsAWord && best.probability >= fallbackBelow;
      // A question about a module that names no module is more often something else ("is it going to rain").
      const namesModule = entities.modules.length > 0 || tokens.some((token) => MODULE_NOUNS.has(token));
      const intent: Intent =
        trusted && (best.label !== 'module_info' || namesModule) ? best.label : 'fallback';
      const result: Entities = { ...entities };
      if (intent === 'module_info')
        result.moduleQuestion = moduleQuestionOf(tokens, entities.audiences.length > 0);
      return {
        intent,
        confidence: knowsAWord ? (best?.probability ?? 0) : 0,
        entities: result,
        alternatives: (knowsAWord ? ranked : [])
          .filter((scored) => scored.label !== 'fallback' && scored.label !== intent)
          .slice(0, 3)
          .map((scored) => ({ intent: scored.label, confidence: scored.probability })),
        normalised: classifierTokens.join(' '),
      };
    },
  };
}

/**
 * The words the classifier sees: module names become `modref` and routes `routeref`, so one example teaches
 * every module. ContactPoint stays visible as `contactpoint` ("prerequisites for ContactPoint training" is
 * readiness, "prerequisites for IS03" is module info), and so do the words around it in a course name
 * ("contactpoint training"), so the bare system name is not mistaken for a question about a course.
 */
function withPlaceholders(tokens: string[], matches: EntityMatch[], vocabulary: EntityVocabulary): string[] {
  const out: string[] = [];
  let next = 0;
  for (const match of matches) {
    out.push(...tokens.slice(next, match.start));
    const span = tokens.slice(match.start, match.end);
    if (match.kind === 'module') {
      const named = namingContactPoint(span, vocabulary);
      if (named) out.push(...named);
      else if (vocabulary.contactPointModules.has(match.value)) out.push(CONTACTPOINT_WORD, MODULE_WORD);
      else out.push(MODULE_WORD);
    } else if (match.kind === 'route') {
      out.push(ROUTE_WORD);
    } else if (match.kind === 'contactpoint') {
      out.push(CONTACTPOINT_WORD);
    } else {
      out.push(...span);
    }
    next = match.end;
  }
  out.push(...tokens.slice(next));
  return out;
}

/** The span with a name of ContactPoint in it replaced by `contactpoint`, or undefined if it has none. */
function namingContactPoint(span: string[], vocabulary: EntityVocabulary): string[] | undefined {
  const words = span.filter((token) => !SKIPPED_WORDS.has(token));
  for (let i = 0; i < words.length; i++) {
    for (const name of vocabulary.contactPoint) {
      if (name.tokens.every((token, j) => words[i + j] === token)) {
        return [...words.slice(0, i), CONTACTPOINT_WORD, ...words.slice(i + name.tokens.length)];
      }
    }
  }
  return undefined;
}
