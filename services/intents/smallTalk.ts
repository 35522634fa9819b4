import { tokenise } from './normalise';
import { SESSION_WORDS } from './sessionFilters';

/**
 * Greetings and thanks, decided by word lists rather than learned: the one place that says what a bare
 * greeting or a bare thanks is, for the understander and for the bot (which shows the welcome card to a first
 * "hi" and then has nothing more to answer). A message is bare small talk when every word is one of these.
 */

// Words that make a message a greeting or a thanks ("hi", "morning", "cheers", "ok"). Tokens are normalised:
// "hey", "hiya" and "yo" are already "hi"; "ta", "thx", "ty" already "thanks"; "okay" and "k" already "ok".
const GREETING_WORDS = new Set(['hi', 'hello', 'morning', 'afternoon', 'evening', 'greetings', 'howdy']);
const THANKS_WORDS = new Set([
  'thanks',
  'thank',
  'thankyou',
  'cheers',
  'ok',
  'great',
  'perfect',
  'brilliant',
  'brill',
  'lovely',
  'cool',
  'fab',
  'fabulous',
  'fantastic',
  'excellent',
  'awesome',
  'noted',
  'understood',
  'bye',
  'goodbye',
  'cya',
  'appreciated',
  'appreciate',
  'superb',
  'wonderful',
  'sorted',
  'nice',
  'done',
  'alright',
  'right',
  'sound',
  'grand',
  'gotcha',
]);
// Words that may stand beside those without asking anything ("hi there", "thanks very much", "ok got it").
const FILLER = new Set([
  'good',
  'there',
  'all',
  'everyone',
  'again',
  'bot',
  'team',
  'folks',
  'you',
  'u',
  'very',
  'so',
  'much',
  'a',
  'lot',
  'loads',
  'mate',
  'that',
  'thats',
  'is',
  'it',
  'got',
  'one',
  'for',
  'your',
  'the',
  'help',
  'info',
  'information',
  'now',
  'then',
  'oh',
  'ah',
  'and',
  'no',
  'worries',
  'really',
  'just',
  'what',
  'i',
  'needed',
  'need',
  'to',
  'know',
  'today',
  'see',
  'later',
  'yes',
  'yeah',
  'yep',
  'will',
  'do',
  'ill',
  'have',
  'look',
  'helpful',
  'helps',
  'helped',
  'useful',
  'stuff',
  'day',
  'indeed',
]);
// Words that show the message asks for something after all ("thanks, what is IS02" is a question).
const ASKING = new Set([
  'what',
  'how',
  'when',
  'where',
  'who',
  'which',
  'why',
  'can',
  'could',
  'need',
  'help',
]);

export type SmallTalk = 'greeting' | 'thanks';

/**
 * `greeting` or `thanks` when the tokens are only small talk ("hi there", "ok thanks", "cheers mate", "got it"),
 * otherwise undefined. "Morning sessions?" asks for sessions; "thanks for your help" thanks.
 */
export function smallTalkOf(tokens: readonly string[]): SmallTalk | undefined {
  if (tokens.length === 0 || tokens.length > 8) return undefined;
  const text = tokens.join(' ');
  if (GREETING_PHRASES.some((phrase) => text === phrase || text.endsWith(` ${phrase}`))) {
    // "hi, how are you", "hello, anyone there?": a greeting, whatever greeting word comes first.
    const before = text.slice(
      0,
      Math.max(0, text.lastIndexOf(GREETING_PHRASES.find((p) => text.endsWith(p))!)),
    );
    if (before.split(' ').every((token) => !token || GREETING_WORDS.has(token) || FILLER.has(token)))
      return 'greeting';
  }
  if (ACKNOWLEDGEMENTS.some((phrase) => text === phrase || text.startsWith(`${phrase} `))) {
    if (tokens.every((token) => FILLER.has(token) || THANKS_WORDS.has(token))) return 'thanks';
  }
  let greeting = false;
  let thanks = false;
  for (const token of tokens) {
    if (GREETING_WORDS.has(token)) greeting = true;
    else if (THANKS_WORDS.has(token)) thanks = true;
    else if (!FILLER.has(token)) return undefined;
  }
  if (!greeting && !thanks) return undefined;
  // "thanks for your help" thanks; "help" or "what" beside a greeting alone asks something ("hi what now").
  if (!thanks && tokens.some((token) => ASKING.has(token))) return undefined;
  return thanks ? 'thanks' : 'greeting';
}

// Acknowledgements made of filler words ("got it", "no worries", "that is all I needed", "that helps").
const ACKNOWLEDGEMENTS = [
  'got it',
  'no worries',
  'that is all',
  'that is it',
  'that helps',
  'that helped',
  'will do',
  'nice one',
  'good',
  'i see',
  'good stuff',
  'see you',
];
// Greetings that ask nothing about training ("how are you", "anyone there?").
const GREETING_PHRASES = [
  'how are you',
  'how are you doing',
  'how is it going',
  'how are things',
  'you alright',
  'are you there',
  'anyone there',
  'is anyone there',
  'you there',
  'what is up',
];

/**
 * The number of leading tokens that are a greeting or thanks before a question ("hi, what training do I
 * need", "thanks! how long is LP02"), so the question is read on its own. A part of day followed by a session
 * word is not a greeting ("morning sessions for IS02").
 */
export function leadingSmallTalk(tokens: readonly string[]): number {
  let end = 0;
  while (end < tokens.length && end < 4) {
    const token = tokens[end] ?? '';
    const isPartOfDay = token === 'morning' || token === 'afternoon' || token === 'evening';
    if (isPartOfDay && SESSION_WORDS.has(tokens[end + 1] ?? '')) break;
    const opener = GREETING_WORDS.has(token) || THANKS_WORDS.has(token);
    const softener = end > 0 && (token === 'there' || token === 'all' || token === 'you' || token === 'very');
    if (!opener && !softener && !(token === 'good' && GREETING_WORDS.has(tokens[end + 1] ?? ''))) break;
    end++;
  }
  return end;
}

/**
 * Whether a message is only a greeting ("hi", "good morning", "hello there"): the bot shows its welcome and has
 * nothing more to answer.
 */
export function isBareGreeting(text: string): boolean {
  return smallTalkOf(tokenise(text)) === 'greeting';
}

/** Whether a message is only thanks or an acknowledgement ("thanks", "ok", "cheers", "got it"). */
export function isBareThanks(text: string): boolean {
  return smallTalkOf(tokenise(text)) === 'thanks';
}
