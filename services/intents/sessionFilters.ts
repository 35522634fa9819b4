import type { PartOfDay, WhenPhrase } from './understanding';

/**
 * The filters people put on a session search, read from normalised tokens: part of day ("afternoons only",
 * "a morning slot"), a time ("next week", "in January", "before Christmas") and a venue ("in Training Room 2").
 * Dates stay symbolic (`WhenPhrase`): the session search resolves them against its clock.
 */

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
/** Month names, for the speller ("janurary"). */
export const MONTH_WORDS = Object.keys(MONTHS).filter((word) => word.length > 4);

const LAST_DAY = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Words that make a month a time asked about; "may" and "march" are also ordinary words, so need one of these.
const INTO_MONTH = new Set([
  'in',
  'during',
  'for',
  'early',
  'mid',
  'late',
  'over',
  'throughout',
  'around',
  'of',
]);
const BEFORE = new Set(['before', 'until', 'till', 'til', 'by', 'prior']);
const AFTER = new Set(['after']);
/** Words that follow a part of day or a month when it is asked for ("morning sessions", "may dates"). */
export const SESSION_WORDS = new Set([
  'session',
  'sessions',
  'slot',
  'slots',
  'course',
  'courses',
  'class',
  'classes',
  'date',
  'dates',
  'one',
  'ones',
  'only',
  'training',
  'if',
  'or',
  'and',
]);
// After a month, words that show it is a time asked about ("may dates", "march please").
const AFTER_A_MONTH = new Set([...SESSION_WORDS, 'please', 'pls', 'onwards', 'time']);

function monthOf(token: string | undefined): number | undefined {
  if (!token) return undefined;
  // "january's sessions" is "januarys" after the clean-up.
  const word = MONTHS[token] ?? (token.endsWith('s') ? MONTHS[token.slice(0, -1)] : undefined);
  return word;
}

function dayOf(token: string | undefined): number | undefined {
  const match = /^(\d{1,2})(st|nd|rd|th)?$/.exec(token ?? '');
  const day = match ? Number(match[1]) : NaN;
  return day >= 1 && day <= 31 ? day : undefined;
}

/** A day and month starting at `i` ("15th feb", "15 of february", "feb 15th"): [month, day, tokens used]. */
function dateAt(tokens: readonly string[], i: number): [number, number, number] | undefined {
  const at = (k: number) => tokens[i + k];
  const skip = at(0) === 'the' ? 1 : 0;
  const day = dayOf(at(skip));
  if (day !== undefined) {
    const of = at(skip + 1) === 'of' ? 1 : 0;
    const month = monthOf(at(skip + 1 + of));
    if (month !== undefined) return [month, Math.min(day, LAST_DAY[month]!), skip + 2 + of];
  }
  const month = monthOf(at(skip));
  if (month !== undefined) {
    const the = at(skip + 1) === 'the' ? 1 : 0;
    const dayAfter = dayOf(at(skip + 1 + the));
    if (dayAfter !== undefined) return [month, Math.min(dayAfter, LAST_DAY[month]!), skip + 2 + the];
  }
  return undefined;
}

/** The first time phrase in the message, or undefined. A single date ("on 3 Feb") is not one of them. */
export function whenIn(tokens: readonly string[]): WhenPhrase | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const previous = tokens[i - 1] ?? '';
    // "tomorrow's session" is "tomorrows session" after the clean-up.
    if (token === 'today' || token === 'todays' || token === 'tonight') return { kind: 'today' };
    if (token === 'tomorrow' || token === 'tomorrows') return { kind: 'tomorrow' };
    // "this morning's session" is "this mornings session" after the clean-up.
    if (token === 'this' && /^(morning|afternoon|evening)s?$/.test(next ?? '')) return { kind: 'today' };
    // "next month's dates" is "next months dates" after the clean-up; "the week after next" is neither.
    const period = next === 'weeks' ? 'week' : next === 'months' ? 'month' : next;
    if ((token === 'this' || token === 'next') && (period === 'week' || period === 'month')) {
      return { kind: `${token}-${period}` as 'this-week' | 'next-week' | 'this-month' | 'next-month' };
    }
    if (BEFORE.has(token) || AFTER.has(token)) {
      const kind = BEFORE.has(token) ? 'before' : 'after';
      let k = i + 1;
      if (token === 'prior' && tokens[k] === 'to') k++;
      if (tokens[k] === 'the') k++;
      if (tokens[k] === 'christmas' || tokens[k] === 'xmas') return { kind, month: 12, day: 25 };
      if (tokens[k] === 'new' && tokens[k + 1] === 'year')
        return kind === 'before' ? { kind, month: 1, day: 1 } : { kind, month: 12, day: 31 };
      if (
        (tokens[k] === 'end' || tokens[k] === 'start' || tokens[k] === 'beginning') &&
        tokens[k + 1] === 'of'
      ) {
        const month = monthOf(tokens[k + 2]);
        if (month !== undefined)
          return tokens[k] === 'end' ? { kind, month, day: LAST_DAY[month]! } : { kind, month, day: 1 };
      }
      const date = dateAt(tokens, k);
      if (date) return { kind, month: date[0], day: date[1] };
      const month = monthOf(tokens[k]);
      if (month !== undefined)
        return kind === 'before' ? { kind, month, day: 1 } : { kind, month, day: LAST_DAY[month]! };
      continue;
    }
    if (token === 'in' && next === 'the' && tokens[i + 2] === 'new' && tokens[i + 3] === 'year')
      return { kind: 'after', month: 12, day: 31 };
    const month = monthOf(token);
    if (month !== undefined) {
      // A day beside it makes a single date, which is not a time phrase here.
      if (dayOf(previous) !== undefined || dayOf(next) !== undefined) continue;
      if ((previous === 'the' || previous === 'of') && dayOf(tokens[i - 2]) !== undefined) continue;
      const ordinaryWord = token === 'may' || token === 'march' || token === 'mar' || token.length <= 3;
      const asked = INTO_MONTH.has(previous) || AFTER_A_MONTH.has(next ?? '') || next === undefined;
      if (!ordinaryWord || asked) return { kind: 'month', month };
    }
  }
  return undefined;
}

const MORNING = new Set(['morning', 'mornings', 'am']);
const AFTERNOON = new Set(['afternoon', 'afternoons', 'pm']);
const GREETING_OPENERS = new Set(['good', 'morning', 'afternoon']);

/** "morning" or "afternoon" when the message asks for one (and not both); greetings do not count. */
export function partOfDayIn(tokens: readonly string[]): PartOfDay | undefined {
  const found = new Set<PartOfDay>();
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1] ?? '';
    const next = tokens[i + 1] ?? '';
    if (token === 'after' && next === 'lunch') found.add('afternoon');
    // "9am", "1.30pm" ("1 30pm" after the clean-up).
    const clock = /^\d{1,2}(am|pm)$/.exec(token);
    if (clock) found.add(clock[1] === 'am' ? 'morning' : 'afternoon');
    if (!MORNING.has(token) && !AFTERNOON.has(token)) return;
    if (token === 'am' || token === 'pm') {
      // "i am" is not a time ("i am training for..."); "9 am", "an am session", "pm only" are.
      const timed =
        previous !== 'i' &&
        (/^\d/.test(previous) ||
          SESSION_WORDS.has(next) ||
          previous === 'an' ||
          previous === 'any' ||
          previous === 'the' ||
          previous === 'a');
      if (!timed || (token === 'pm' && next === 'me')) return;
    } else {
      // "good morning", and "morning" opening a message before anything but a session word, greet.
      if (previous === 'good') return;
      if (i === 0 && !SESSION_WORDS.has(next)) return;
      if (GREETING_OPENERS.has(previous) && i === 1 && !SESSION_WORDS.has(next)) return;
    }
    found.add(MORNING.has(token) ? 'morning' : 'afternoon');
  });
  return found.size === 1 ? [...found][0] : undefined;
}

/** The last word of a venue's name ("training room 2", "the civic centre", "county hall"). */
export const VENUE_HEADS = new Set([
  'room',
  'suite',
  'centre',
  'center',
  'hall',
  'house',
  'building',
  'library',
  'hub',
  'lab',
  'annexe',
  'annex',
  'chambers',
  'offices',
]);
// Words that cannot be part of a venue's name.
const NOT_IN_A_VENUE = new Set([
  'my',
  'your',
  'our',
  'his',
  'her',
  'their',
  'a',
  'an',
  'is',
  'are',
  'on',
  'for',
  'to',
  'of',
  'in',
  'at',
  'and',
  'or',
  'what',
  'which',
  'any',
  'session',
  'sessions',
  'course',
  'modref',
]);
// "I work in a children's centre" is where someone works, not where they want their training.
const WORKPLACE_VERBS = new Set(['work', 'works', 'working', 'based', 'employed']);

/** A venue asked for, as typed in lower case ("training room 2"), or undefined. */
export function venueIn(tokens: readonly string[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== 'in' && tokens[i] !== 'at') continue;
    if (WORKPLACE_VERBS.has(tokens[i - 1] ?? '')) continue;
    let start = i + 1;
    if (tokens[start] === 'the') start++;
    for (let end = start; end < Math.min(tokens.length, start + 4); end++) {
      const token = tokens[end]!;
      if (NOT_IN_A_VENUE.has(token)) break;
      if (!VENUE_HEADS.has(token)) continue;
      // A number or a single letter after the head is part of the name ("room 2", "suite b").
      const after = tokens[end + 1] ?? '';
      const last = /^\d{1,3}$/.test(after) || /^[a-h]$/.test(after) ? end + 1 : end;
      return tokens.slice(start, last + 1).join(' ');
    }
  }
  // "Training Room 2 sessions?": a room with a number needs no "in".
  for (let i = 0; i + 1 < tokens.length; i++) {
    if ((tokens[i] === 'room' || tokens[i] === 'suite') && /^\d{1,3}$/.test(tokens[i + 1]!)) {
      const first = i > 0 && !NOT_IN_A_VENUE.has(tokens[i - 1]!) && tokens[i - 1] !== 'the' ? i - 1 : i;
      return tokens.slice(first, i + 2).join(' ');
    }
  }
  return undefined;
}
