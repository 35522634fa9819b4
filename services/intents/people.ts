import { VENUE_HEADS } from './sessionFilters';

/**
 * People named in a message ("how's Liam getting on?", "show me Priya's training", "is daniel ready?"). Case is
 * lost by the clean-up, so names are read from the text as typed: capitalised words that are no ordinary word
 * of the bot's, possessives ("Priya's"), and lower-case words in the places a name stands ("is tom ready").
 */

export interface PeopleOptions {
  /**
   * Whether a lower-case word is an ordinary word of the bot's (its vocabulary, or one edit from it): such a
   * word is never a name, so "Training" and "Contactpiont" are not people.
   */
  isOrdinary(word: string): boolean;
  /** Names the bot knows (the asker's team), found whatever their case. */
  knownNames?: readonly string[];
}

// Never names, however they are written: the asker, question words, calendar and system words, titles.
const NEVER = new Set(
  [
    'i im ive id ill me my mine we our us you your he she they them his her their it its',
    'what how who when where which why whats hows whos whens wheres is are am was do does did can could',
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
    'christmas xmas easter new year bank holiday half term',
    'teams microsoft outlook excel word zoom google chrome edge windows internet explorer safari',
    'mr mrs ms miss dr sir madam',
    'ok okay hi hello hey hiya thanks cheers please pls bot yes no not sorry apologies quick just also so',
    'right well actually urgent question anyone someone everyone everybody somebody nobody people children',
    'child parent parents family staff team council service services today tomorrow yesterday week month year',
    'mum dad son daughter wife husband partner friend friends colleague colleagues boss doctor doctors nurse',
    'dentist client clients kids kid baby teacher teachers school schools carer carers everyones',
    'crb ecrb dbs it id ict uk nhs la ofsted cms mi',
  ]
    .join(' ')
    .split(' '),
);

// Words after which a capitalised word is part of a place ("Northdale House", "Riverside Centre").
const PLACE_WORDS = new Set([
  ...VENUE_HEADS,
  'office',
  'court',
  'street',
  'road',
  'lane',
  'park',
  'school',
  'academy',
  'college',
  'council',
  'team',
  'service',
  'services',
]);

// A lower-case word is taken for a name only between one of these and one of the next ("is tom ready").
const BEFORE_A_NAME = new Set([
  'is',
  'has',
  'hasnt',
  'isnt',
  'hows',
  'wheres',
  'nominate',
  'mark',
  'approve',
  'chase',
  'remind',
]);
const AFTER_A_NAME = new Set([
  'getting',
  'doing',
  'going',
  'ready',
  'done',
  'booked',
  'got',
  'completed',
  'finished',
  'passed',
  'been',
  'up',
  'still',
  'need',
  'needs',
  'blocked',
  'eligible',
  'allowed',
  'go',
  'do',
  'attend',
  'attended',
  'as',
  'for',
  'on',
  'ok',
  'okay',
  'cleared',
  'had',
]);

// Endings of English words that are seldom names' endings.
const ENGLISH_ENDINGS =
  /(ed|ing|ly|tion|sion|ment|able|ible|ous|ive|ful|ness|ship|ise|ize|est|ity|ance|ence)$/;

interface Word {
  /** As typed, without a possessive ending. */
  text: string;
  lower: string;
  possessive: boolean;
  capitalised: boolean;
  /** What joins it to the next word of the same name: a space or a hyphen ("Anne-Marie"), or nothing. */
  joinedToNext: '' | ' ' | '-';
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  // Numbers are words too, so "IS05 follow on" is not read as a name between "is" and "on".
  for (const match of text.matchAll(/[A-Za-z0-9][A-Za-z0-9']*/g)) {
    const typed = match[0];
    const start = match.index;
    const possessive = /[^']'s$/i.test(typed) || /s'$/.test(typed);
    const bare = possessive ? typed.replace(/'s$/i, '').replace(/'$/, '') : typed.replace(/'$/, '');
    words.push({
      text: bare,
      lower: bare.toLowerCase().replace(/'/g, ''),
      possessive,
      capitalised: /^[A-Z]/.test(bare) && /[a-z]/.test(bare),
      joinedToNext: '',
      start,
      end: start + match[0].length,
    });
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const gap = text.slice(words[i]!.end, words[i + 1]!.start);
    if (words[i]!.possessive) continue;
    if (/^ +$/.test(gap)) words[i]!.joinedToNext = ' ';
    else if (gap === '-') words[i]!.joinedToNext = '-';
  }
  return words;
}

/** The people a message names, as typed and in order, without repeats; never the asker. */
export function peopleIn(text: string, options: PeopleOptions): string[] {
  const words = wordsOf(text);
  const known = knownNameTokens(options.knownNames ?? []);
  const isName = words.map(() => false);

  // Names the bot knows, longest first ("Priya Shah" before "Priya").
  for (let i = 0; i < words.length; i++) {
    for (const name of known) {
      if (name.every((token, j) => words[i + j]?.lower === token)) {
        for (let j = 0; j < name.length; j++) isName[i + j] = true;
        break;
      }
    }
  }

  words.forEach((word, i) => {
    const ordinary =
      NEVER.has(word.lower) ||
      PLACE_WORDS.has(word.lower) ||
      /\d/.test(word.lower) ||
      options.isOrdinary(word.lower);
    if (isName[i] || word.lower.length < 2 || ordinary) return;
    const next = words[i + 1];
    if (next && PLACE_WORDS.has(next.lower) && word.joinedToNext === ' ') return;
    const previous = words[i - 1]?.lower.replace(/'/g, '') ?? '';
    const nextWord = next?.lower ?? '';
    if (word.capitalised) {
      // Words that open sentences ("Is", "Show", "Sorry") are ordinary words (or in NEVER); any other
      // capitalised word is a name, at the start of a sentence too ("Connor was a no show").
      isName[i] = true;
      return;
    }
    // Lower case: only a possessive of a word the bot does not know, or a word where a name stands, and not
    // one shaped like an English word ("is required for").
    if (ENGLISH_ENDINGS.test(word.lower)) return;
    if (word.possessive || (BEFORE_A_NAME.has(previous) && AFTER_A_NAME.has(nextWord))) isName[i] = true;
  });

  // Neighbouring names are one person ("Gareth Evans"); a comma or "and" separates people.
  const people: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isName[i]) continue;
    let end = i;
    let name = words[i]!.text;
    while (isName[end + 1] && words[end]!.joinedToNext) {
      name += words[end]!.joinedToNext + words[end + 1]!.text;
      end++;
    }
    if (!people.some((person) => person.toLowerCase() === name.toLowerCase())) people.push(name);
    i = end;
  }
  return people;
}

function knownNameTokens(names: readonly string[]): string[][] {
  const tokens = names
    .map((name) =>
      name
        .toLowerCase()
        .replace(/'/g, '')
        .split(/[^a-z-]+/)
        .filter(Boolean),
    )
    .filter((name) => name.length > 0);
  // A first name alone is how people are usually named in chat.
  const firstNames = tokens.filter((name) => name.length > 1).map((name) => [name[0]!]);
  return [...tokens, ...firstNames].sort((a, b) => b.length - a.length);
}

/**
 * The token positions of each name in the message's tokens (lower case, possessive "s" glued on, as the
 * clean-up leaves "Priya's" as "priyas"), so the classifier can see a placeholder there.
 */
export function nameSpans(tokens: readonly string[], people: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const person of people) {
    const name = person
      .toLowerCase()
      .replace(/'/g, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    if (name.length === 0) continue;
    for (let i = 0; i + name.length <= tokens.length; i++) {
      const fits = name.every((token, j) => {
        const typed = tokens[i + j];
        return typed === token || (j === name.length - 1 && typed === `${token}s`);
      });
      if (fits && !spans.some(([start, end]) => i < end && start < i + name.length)) {
        spans.push([i, i + name.length]);
      }
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
