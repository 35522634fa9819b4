import type { AccessRoute, Audience } from '../catalogue/vocabulary';
import { SKIPPED_WORDS, type EntityVocabulary, type Phrase } from './entityVocabulary';
import type { Entities } from './understanding';

// "there is 2 sessions left" counts sessions; "how long is IS 2 sessions" names IS02.
const COUNT_OPENERS = new Set(['there', 'it', 'that', 'which']);
const COUNTED_NOUNS = new Set([
  'session',
  'sessions',
  'place',
  'places',
  'seat',
  'seats',
  'space',
  'spaces',
  'people',
  'days',
  'day',
  'weeks',
  'week',
  'hours',
  'hour',
  'minutes',
  'more',
  'left',
  'of',
]);

// Code prefixes that are also English words.
const WORD_PREFIXES = new Set(['is']);
// Words after a number that make it an amount ("is 4 years old", "is 2 hours"), not a module number.
const AMOUNTS = new Set([
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'year',
  'years',
  'month',
  'months',
  'old',
  'am',
  'pm',
  'oclock',
  'till',
  'until',
  'to',
  'mins',
  'minutes',
  'percent',
  'plus',
  'minus',
  'times',
  'divided',
  'multiplied',
  'equals',
]);

/**
 * The code a joined token would be if the catalogue had it ("is9" or "is09" → `IS09`, "caf4" → `CAF04`):
 * letters of a known numbered prefix and a number the catalogue lacks. Undefined for real codes and words.
 */
export function unknownCodeOf(token: string, vocabulary: EntityVocabulary): string | undefined {
  const match = /^([a-z]+)(\d{1,2})$/.exec(token);
  if (!match?.[1] || !match[2]) return undefined;
  const byNumber = vocabulary.numberedCodes.get(match[1]);
  if (!byNumber || byNumber.has(Number(match[2])) || vocabulary.bareCodes.has(match[1])) return undefined;
  return `${match[1].toUpperCase()}${match[2].padStart(2, '0')}`;
}

// A route whose name is an everyday word ("profile") counts only beside one of these.
const SYSTEM_WORDS_BEFORE = new Set([
  'use',
  'uses',
  'using',
  'via',
  'through',
  'on',
  'with',
  'connexions',
  'for',
]);
const SYSTEM_WORDS_AFTER = new Set([
  'user',
  'users',
  'cms',
  'system',
  'session',
  'sessions',
  'route',
  'course',
  'training',
  'people',
  'group',
  'access',
  'login',
]);

// "can I do CAF01 as e-learning" asks how CAF01 is taught; "do the e-learning" names the e-learning module.
const AS_A_MODE = new Set(['as', 'via', 'by', 'through', 'an', 'or', 'on']);
const MODE_WORDS = new Set(['e learning', 'elearning', 'online', 'online module']);

// "my manager" is a person, not the manager audience.
const POSSESSIVES = new Set(['my', 'our', 'your', 'his', 'her', 'their']);

/**
 * Joins loose module codes into one canonical token: "is 2", "IS-02", "is02" → `is02`; "caf2" → `caf02`;
 * "cp1" → `cp` when only the bare code exists; "caf 9" → `caf9`, which names nothing. Runs before spelling
 * correction, which leaves digits alone.
 */
export function joinModuleCodes(tokens: string[], vocabulary: EntityVocabulary): string[] {
  const out: string[] = [];
  const codeFor = (prefix: string, digits: string): string | undefined => {
    const code =
      vocabulary.numberedCodes.get(prefix)?.get(Number(digits)) ?? vocabulary.bareCodes.get(prefix);
    return code?.toLowerCase();
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const glued = /^([a-z]+)(\d{1,2})$/.exec(token);
    const gluedCode = glued?.[1] && glued[2] ? codeFor(glued[1], glued[2]) : undefined;
    if (gluedCode) {
      out.push(gluedCode);
      continue;
    }
    const next = tokens[i + 1];
    const isPrefix = vocabulary.numberedCodes.has(token) || vocabulary.bareCodes.has(token);
    const counting = COUNT_OPENERS.has(tokens[i - 1] ?? '') && COUNTED_NOUNS.has(tokens[i + 2] ?? '');
    if (isPrefix && next && /^\d{1,2}$/.test(next) && !counting) {
      const code = codeFor(token, next);
      // "the session is 9 till 12", "my crb is 4 years old": a prefix that is also a word takes an unknown
      // number only as "is 09", and no number that counts something.
      const word = WORD_PREFIXES.has(token);
      const measures = word && AMOUNTS.has(tokens[i + 2] ?? '');
      if (!measures && (code || !word || next.startsWith('0'))) {
        // An unknown number still belongs to the prefix: "caf 9" is no module, not "caf" (CAF01) and a 9.
        out.push(code ?? `${token}${Number(next)}`);
        i++;
        continue;
      }
    }
    out.push(token);
  }
  return out;
}

export type EntityKind = 'module' | 'route' | 'audience' | 'contactpoint';

export interface EntityMatch {
  kind: EntityKind;
  value: string;
  /** Token indices, end exclusive. */
  start: number;
  end: number;
}

interface IndexedPhrase {
  kind: EntityKind;
  tokens: string[];
  value: string;
}

/** Phrases grouped by first token, longest first, so matching is one lookup per position. */
export class PhraseIndex {
  private readonly byFirstToken = new Map<string, IndexedPhrase[]>();

  constructor(private readonly vocabulary: EntityVocabulary) {
    const add = (kind: EntityKind, phrases: Phrase<string | true>[]) => {
      for (const phrase of phrases) {
        const first = phrase.tokens[0];
        if (!first) continue;
        const list = this.byFirstToken.get(first) ?? [];
        list.push({ kind, tokens: phrase.tokens, value: String(phrase.value) });
        this.byFirstToken.set(first, list);
      }
    };
    add('module', vocabulary.modules);
    add('route', vocabulary.accessRoutes);
    add('audience', vocabulary.audiences);
    add('contactpoint', vocabulary.contactPoint);
    for (const list of this.byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /**
   * Non-overlapping matches, longest phrase first across the whole message (so in "what is train the trainer
   * for CAF" the four-word CAF03 name beats an alias "is train the trainer"); articles are skipped.
   */
  matches(tokens: string[]): EntityMatch[] {
    const positions = tokens.flatMap((token, i) => (SKIPPED_WORDS.has(token) ? [] : [i]));
    const candidates: { entity: EntityMatch; length: number }[] = [];
    positions.forEach((start, p) => {
      for (const phrase of this.byFirstToken.get(tokens[start] ?? '') ?? []) {
        const fits = phrase.tokens.every((token, j) => tokens[positions[p + j] ?? -1] === token);
        if (!fits) continue;
        const end = (positions[p + phrase.tokens.length - 1] ?? start) + 1;
        const entity: EntityMatch = { kind: phrase.kind, value: phrase.value, start, end };
        if (this.accepts(entity, phrase, tokens)) candidates.push({ entity, length: phrase.tokens.length });
      }
    });
    candidates.sort((a, b) => b.length - a.length || a.entity.start - b.entity.start);
    const chosen: EntityMatch[] = [];
    for (const { entity } of candidates) {
      if (chosen.every((other) => entity.end <= other.start || entity.start >= other.end))
        chosen.push(entity);
    }
    return chosen.sort((a, b) => a.start - b.start);
  }

  private accepts(entity: EntityMatch, phrase: IndexedPhrase, tokens: string[]): boolean {
    const before = tokens[entity.start - 1] ?? '';
    const after = tokens[entity.end] ?? '';
    if (entity.kind === 'audience') return !POSSESSIVES.has(before);
    // "is CAF01 e-learning" asks how CAF01 is taught, like "as e-learning".
    const afterACode = /^[a-z]+\d+$/.test(before);
    if (
      entity.kind === 'module' &&
      MODE_WORDS.has(phrase.tokens.join(' ')) &&
      (AS_A_MODE.has(before) || afterACode)
    )
      return false;
    if (
      entity.kind === 'route' &&
      phrase.tokens.length === 1 &&
      this.vocabulary.contextualRoutes.has(entity.value as AccessRoute)
    ) {
      return SYSTEM_WORDS_BEFORE.has(before) || SYSTEM_WORDS_AFTER.has(after);
    }
    return true;
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Entities from the matches; `moduleQuestion` is decided elsewhere, from the intent. */
export function entitiesFrom(
  matches: EntityMatch[],
  vocabulary: EntityVocabulary,
): Omit<Entities, 'moduleQuestion'> {
  const of = (kind: EntityKind) => matches.filter((m) => m.kind === kind).map((m) => m.value);
  const modules = unique(of('module'));
  return {
    modules,
    accessRoutes: unique(of('route')) as AccessRoute[],
    audiences: unique(of('audience')) as Audience[],
    // Naming an access route (a case management system, or the browser) names ContactPoint training (domain §5).
    contactPoint:
      of('contactpoint').length > 0 ||
      of('route').length > 0 ||
      modules.some((code) => vocabulary.contactPointModules.has(code)),
    people: [],
  };
}
