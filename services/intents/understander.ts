import { DEFAULT_CLASSIFIER_OPTIONS, trainClassifier, type ClassifierOptions } from './classifier';
import {
  SKIPPED_WORDS,
  vocabularyFromCatalogue,
  vocabularyWords,
  type CatalogueLike,
  type EntityVocabulary,
} from './entityVocabulary';
import {
  entitiesFrom,
  joinModuleCodes,
  PhraseIndex,
  unknownCodeOf,
  type EntityMatch,
} from './extractEntities';
import { featuresOf, LEXICON_WORDS, mentionsTraining } from './features';
import { parseLabelledUtterances, type LabelledUtterance } from './labelledUtterance';
import { moduleQuestionsOf } from './moduleQuestion';
import { stripMarkup, tokenise } from './normalise';
import { nameSpans, peopleIn } from './people';
import { asksAboutTeam, teamViewOf, asksOutsideTraining, bookingRequestOf, featureOf } from './requestKinds';
import { MONTH_WORDS, partOfDayIn, venueIn, whenIn } from './sessionFilters';
import { leadingSmallTalk, smallTalkOf } from './smallTalk';
import { createSpeller } from './spelling';
import type { Entities, Intent, Understanding } from './understanding';
import bundledExamples from './utterances.train.json';

export interface UnderstanderOptions {
  /** Labelled messages to learn intents from; the bundled training set when absent. */
  examples?: LabelledUtterance[];
  /** Below this probability the best intent is not trusted and the answer is `fallback`. */
  fallbackBelow?: number;
  /** Below this probability a half of a compound message is not trusted to be a question of its own. */
  splitBelow?: number;
  classifier?: ClassifierOptions;
}

/** What the bot knows about the conversation that helps reading a message. */
export interface UnderstandingContext {
  /** Names of people the asker may ask about (their team): found in any case ("is liam ready"). */
  knownNames?: readonly string[];
}

export interface Understander {
  understand(text: string, context?: UnderstandingContext): Understanding;
}

export const DEFAULT_FALLBACK_BELOW = 0.3;
export const DEFAULT_SPLIT_BELOW = 0.5;

/**
 * Only a message's first characters are read. A question is never thousands of characters long, and reading a
 * long paste costs time every other person waits for: the clean-up's markup patterns grow with the square of
 * the length (28,000 characters of "<" took about 0.3 s, against well under a millisecond at this bound).
 */
export const MAX_UNDERSTOOD_CHARACTERS = 1_000;

// Placeholders the classifier sees instead of the entity words, so "how long is IS02" teaches "how long is LP01"
// and "how's Liam getting on" teaches "how's Priya getting on".
const MODULE_WORD = 'modref';
const ROUTE_WORD = 'routeref';
const PERSON_WORD = 'personref';
const CONTACTPOINT_WORD = 'contactpoint';
const PLACEHOLDERS = new Set([MODULE_WORD, ROUTE_WORD, PERSON_WORD]);
const MODULE_NOUNS = new Set(['module', 'modules', 'course', 'courses']);
const NOT_QUESTIONS = new Set<Intent>(['fallback', 'greeting', 'thanks']);
// Intents that ask the bot to act on a place or a session, so they need a training thing to act on.
const REQUESTS = new Set<Intent>(['find_session', 'my_bookings', 'nominate', 'approvals', 'manage_sessions']);

// Where a compound message may split: after a question mark or a full stop, or at "and", "also", "plus".
const BOUNDARY = /\?+\s*|[.;!]\s+|\s*,\s*|\s+(?:and|&|also|plus|then)\s+/gi;
// Both halves must open like a question or a request of their own ("how long is", "and am I ready").
// Normalised words: "what's" is already "what is".
const OPENERS = new Set(
  (
    'what how who when where which why is am are do does did can could should will would have has any show ' +
    'find list give tell book send'
  ).split(' '),
);
const CONNECTORS = /^(?:(?:and|also|plus|then|so|but)\b[\s,]*)+/i;
// A second half that refers back ("and how long is it") borrows what the first half named.
const BACK_REFERENCE = /\b(it|that|this|them|they|one)\b/i;
const PEOPLE_REFERENCE = /\b(them|they|their)\b/i;

/** The bundled training set (services/intents/utterances.train.json), validated. */
export function bundledTrainingExamples(): LabelledUtterance[] {
  return parseLabelledUtterances(bundledExamples);
}

/**
 * Trains an understander for this catalogue (a few tens of milliseconds). `understand` is then pure and
 * synchronous: intent with confidence, the modules, routes, audiences and people the message names, the
 * filters of a session search, and the further questions of a compound message.
 */
export function createUnderstander(
  catalogue: CatalogueLike,
  options: UnderstanderOptions = {},
): Understander {
  const vocabulary = vocabularyFromCatalogue(catalogue);
  const phrases = new PhraseIndex(vocabulary);
  const examples = options.examples ?? bundledTrainingExamples();
  const fallbackBelow = options.fallbackBelow ?? DEFAULT_FALLBACK_BELOW;
  const splitBelow = options.splitBelow ?? DEFAULT_SPLIT_BELOW;

  // Words the speller may correct towards: every entity word, and training words seen more than once
  // (a word seen once may itself be one of the typos the training set contains on purpose).
  const counts = new Map<string, number>();
  const names = new Set(examples.flatMap((example) => example.people.flatMap((person) => tokenise(person))));
  for (const example of examples) {
    for (const token of joinModuleCodes(tokenise(example.text), vocabulary)) {
      if (!names.has(token) && !names.has(token.replace(/s$/, '')))
        counts.set(token, (counts.get(token) ?? 0) + 1);
    }
  }
  const known = new Map<string, number>([...counts].filter(([, count]) => count > 1));
  for (const word of [...vocabularyWords(vocabulary), ...MONTH_WORDS])
    known.set(word, (known.get(word) ?? 0) + 1000);
  for (const word of LEXICON_WORDS) known.set(word, (known.get(word) ?? 0) + 10);
  known.set(PERSON_WORD, 0);
  const speller = createSpeller(known);
  // Words that are never names: any word of the training set or the catalogue, or a misspelling of one.
  const codePrefixes = new Set([...vocabulary.numberedCodes.keys(), ...vocabulary.bareCodes.keys()]);
  const isOrdinary = (word: string) =>
    counts.has(word) ||
    known.has(word) ||
    codePrefixes.has(word) ||
    /\d/.test(word) ||
    speller([word])[0] !== word;

  const analyse = (text: string, context: UnderstandingContext = {}) => {
    const people = peopleIn(stripMarkup(text), {
      isOrdinary,
      ...(context.knownNames ? { knownNames: context.knownNames } : {}),
    });
    const joined = joinModuleCodes(tokenise(text), vocabulary);
    const spans = nameSpans(joined, people);
    const withPeople: string[] = [];
    let next = 0;
    for (const [start, end] of spans) {
      withPeople.push(...joined.slice(next, start), PERSON_WORD);
      next = end;
    }
    withPeople.push(...joined.slice(next));
    const spelt = speller(withPeople);
    const smallTalk = smallTalkOf(spelt);
    // "hi, what do I need?" is the question; a greeting before it says nothing more.
    const tokens = smallTalk ? spelt : spelt.slice(leadingSmallTalk(spelt));
    const matches = phrases.matches(tokens);
    const unknownCodes = [...new Set(tokens.flatMap((token) => unknownCodeOf(token, vocabulary) ?? []))];
    return {
      tokens,
      smallTalk,
      entities: { ...entitiesFrom(matches, vocabulary), people, unknownCodes },
      classifierTokens: withPlaceholders(tokens, matches, vocabulary).map((token) =>
        unknownCodeOf(token, vocabulary) ? MODULE_WORD : token,
      ),
    };
  };

  /**
   * The classifier's features: the words' (features.ts), and the message's own. A word seen at most once in
   * training stands for the words never seen, which fill everyday messages ("can you scan this"); a message with
   * no training word at all leans the same way; a date, part of day or venue leans towards a session search.
   */
  const featuresFor = (tokens: string[]): string[] => {
    const features = featuresOf(tokens);
    const rare = (token: string) => (counts.get(token) ?? 0) <= 1 && !PLACEHOLDERS.has(token);
    if (tokens.some(rare)) features.push('m:rare-word');
    if (!mentionsTraining(tokens)) features.push('m:no-training-word');
    if (whenIn(tokens)) features.push('m:when');
    if (partOfDayIn(tokens)) features.push('m:part-of-day');
    if (venueIn(tokens)) features.push('m:venue');
    return features;
  };

  // A compound message teaches nothing as a whole: its halves belong to different intents.
  const training = examples
    .filter((example) => !example.more)
    .map((example) => ({
      features: featuresFor(analyse(example.text).classifierTokens),
      label: example.intent,
    }));
  const classifier = trainClassifier<Intent>(training, options.classifier ?? DEFAULT_CLASSIFIER_OPTIONS);

  /** One question, without looking for a second. */
  const understandOne = (text: string, context?: UnderstandingContext): Understanding => {
    const { tokens, smallTalk, entities, classifierTokens } = analyse(text, context);
    const features = featuresFor(classifierTokens);
    // A message that names a module, a route or ContactPoint is about training, whatever else it says.
    const namesDomain =
      entities.modules.length > 0 ||
      entities.unknownCodes.length > 0 ||
      entities.accessRoutes.length > 0 ||
      entities.contactPoint;
    const ranked = classifier.classify(features).filter((s) => !namesDomain || s.label !== 'fallback');
    const best = ranked[0];
    // A message with no word the classifier has seen ("asdfgh", or nothing at all) is not guessed at, nor is
    // an unsure answer, unless the message names the training domain (then it is never fallback).
    const knowsAWord = features.some((feature) => feature.startsWith('w:') && classifier.knows(feature));
    const trusted = best !== undefined && knowsAWord && (namesDomain || best.probability >= fallbackBelow);
    // A question about a module that names no module is more often something else ("is it going to rain").
    const namesModule =
      entities.modules.length > 0 ||
      entities.unknownCodes.length > 0 ||
      tokens.some((token) => MODULE_NOUNS.has(token));
    const classified: Intent =
      trusted && (best.label !== 'module_info' || namesModule) ? best.label : 'fallback';
    // A bare greeting or thanks is decided by the word lists the bot shares (smallTalk.ts).
    let intent: Intent =
      smallTalk ?? aboutWhom(bookingRequestOf(classified, classifierTokens), tokens, entities.people.length);
    const feature = featureOf(tokens);
    if (intent === 'not_yet' && !feature) {
      // A request for none of the features ("register my car", "put the kettle on") is not one the bot
      // knows: "I didn't catch that", or the next best answer when the message names the training domain.
      const next = ranked.find((scored) => scored.label !== 'not_yet' && scored.label !== 'fallback');
      intent = namesDomain && next ? next.label : 'fallback';
    }
    // "Book me a train", "check in for my flight": a training verb on an everyday thing.
    const request = REQUESTS.has(intent) || (intent === 'not_yet' && feature === 'attendance');
    if (request && !namesDomain && asksOutsideTraining(classifierTokens)) intent = 'fallback';
    const result: Entities = { ...entities };
    const when = whenIn(tokens);
    const partOfDay = partOfDayIn(tokens);
    const venue = venueIn(tokens);
    if (when) result.when = when;
    if (partOfDay) result.partOfDay = partOfDay;
    if (venue) result.venue = venue;
    if (intent === 'module_info') {
      const questions = moduleQuestionsOf(classifierTokens, entities.audiences.length > 0);
      result.moduleQuestion = questions[0] ?? 'what';
      result.moduleQuestions = questions;
    }
    if (intent === 'not_yet') result.feature = feature;
    if (intent === 'team_status') {
      const view = teamViewOf(tokens);
      if (view) result.teamView = view;
    }
    return {
      intent,
      confidence: smallTalk ? 1 : knowsAWord ? (best?.probability ?? 0) : 0,
      entities: result,
      alternatives: (knowsAWord && !smallTalk ? ranked : [])
        .filter((scored) => scored.label !== 'fallback' && scored.label !== intent)
        .slice(0, 3)
        .map((scored) => ({ intent: scored.label, confidence: scored.probability })),
      normalised: classifierTokens.join(' '),
    };
  };

  const isQuestion = (understanding: Understanding) =>
    !NOT_QUESTIONS.has(understanding.intent) && understanding.confidence >= splitBelow;

  /**
   * The message as one question, or as its first question with the others in `more`. Conservative: it splits
   * only where the second half opens like a question, both halves are confident questions, and they ask
   * different things ("what's CAF02 and how long is it?" stays one module question of two kinds).
   */
  const understand = (text: string, context?: UnderstandingContext, depth = 0): Understanding => {
    const whole = understandOne(text, context);
    if (depth > 2) return whole;
    if (!opensAQuestion(text)) return whole;
    for (const boundary of text.matchAll(BOUNDARY)) {
      const left = text.slice(0, boundary.index);
      const right = text.slice(boundary.index + boundary[0].length).replace(CONNECTORS, '');
      if (!opensAQuestion(right) || wordCount(left) < 3 || wordCount(right) < 3) continue;
      const first = understandOne(left, context);
      if (!isQuestion(first)) continue;
      let rest = understand(right, context, depth + 1);
      if (BACK_REFERENCE.test(right)) {
        // "and how long is it" asks about what the first half named; with nothing to borrow, the second half
        // depends on the first ("who reports to me and what have they done") and is not a question of its own.
        const referent = referentOf(first, catalogue);
        const namesNothing =
          rest.entities.modules.length === 0 &&
          !rest.entities.contactPoint &&
          rest.entities.people.length === 0;
        if (namesNothing && !referent && PEOPLE_REFERENCE.test(right)) continue;
        if (namesNothing && referent)
          rest = understand(right.replace(BACK_REFERENCE, referent), context, depth + 1);
      }
      if (!isQuestion(rest)) continue;
      // The same question twice over is one question (its kinds are in `moduleQuestions`).
      if (rest.intent === first.intent) return whole;
      const { more, ...second } = rest;
      return { ...first, more: [second, ...(more ?? [])] };
    }
    return whole;
  };

  return {
    understand: (text, context) => understand(text.slice(0, MAX_UNDERSTOOD_CHARACTERS), context),
  };
}

/**
 * Questions about people follow the contract (understanding.ts): about the asker's team or several people,
 * `team_status`; about one named person, what they would ask about themselves (`pathway` for their progress).
 */
function aboutWhom(intent: Intent, tokens: readonly string[], people: number): Intent {
  const team = asksAboutTeam(tokens) || people > 1;
  if (team && (intent === 'pathway' || intent === 'readiness')) return 'team_status';
  if (!team && people === 1 && intent === 'team_status' && teamViewOf(tokens) !== 'blocked') return 'pathway';
  return intent;
}

const wordCount = (text: string) => text.split(/[^A-Za-z0-9']+/).filter(Boolean).length;

/** Whether the text opens like a question or request, after any greeting ("hi, how long is IS02"). */
function opensAQuestion(text: string): boolean {
  const words = tokenise(text);
  const first = words[leadingSmallTalk(words)];
  return first !== undefined && OPENERS.has(first);
}

/** What "it" stands for in a second question: the first question's module, or ContactPoint training. */
function referentOf(first: Understanding, catalogue: CatalogueLike): string | undefined {
  const code = first.entities.modules[0];
  if (code && code !== catalogue.contactPointCourse) return code;
  return first.entities.contactPoint ? 'ContactPoint training' : undefined;
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
