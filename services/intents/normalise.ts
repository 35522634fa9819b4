/**
 * Text clean-up before anything else looks at a message: Teams markup, case, punctuation and text-speak.
 * Spelling correction needs a vocabulary, so it lives in `spelling.ts`.
 */

// Text-speak and common short forms seen in chat, to the words the rest of the pipeline knows.
const TEXT_SPEAK: Record<string, string> = {
  u: 'you',
  ya: 'you',
  yu: 'you',
  r: 'are',
  ur: 'your',
  yr: 'your',
  y: 'why',
  wot: 'what',
  wat: 'what',
  wht: 'what',
  wut: 'what',
  whats: 'what is',
  wats: 'what is',
  wots: 'what is',
  whos: 'who is',
  hows: 'how is',
  longs: 'long is',
  wheres: 'where is',
  whens: 'when is',
  thats: 'that is',
  theres: 'there is',
  hw: 'how',
  wen: 'when',
  whn: 'when',
  wer: 'where',
  cn: 'can',
  cud: 'could',
  cld: 'could',
  shd: 'should',
  wd: 'would',
  pls: 'please',
  plz: 'please',
  plse: 'please',
  thx: 'thanks',
  thnx: 'thanks',
  thanx: 'thanks',
  ty: 'thanks',
  ta: 'thanks',
  im: 'i am',
  ive: 'i have',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  cant: 'can not',
  cannot: 'can not',
  wont: 'will not',
  isnt: 'is not',
  arent: 'are not',
  havent: 'have not',
  hasnt: 'has not',
  hav: 'have',
  av: 'have',
  b4: 'before',
  '2day': 'today',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  tmrw: 'tomorrow',
  tmw: 'tomorrow',
  tomoz: 'tomorrow',
  wk: 'week',
  wks: 'weeks',
  nxt: 'next',
  abt: 'about',
  bout: 'about',
  ppl: 'people',
  sum1: 'someone',
  any1: 'anyone',
  some1: 'someone',
  every1: 'everyone',
  msg: 'message',
  mgr: 'manager',
  mngr: 'manager',
  mgrs: 'managers',
  trg: 'training',
  trng: 'training',
  sesh: 'session',
  seshs: 'sessions',
  sess: 'session',
  info: 'information',
  intro: 'introduction',
  introductory: 'introduction',
  infos: 'information',
  prereq: 'prerequisite',
  prereqs: 'prerequisites',
  prerequisits: 'prerequisites',
  reqs: 'requirements',
  req: 'requirement',
  elearning: 'e learning',
  elearn: 'e learning',
  practise: 'practice',
  practising: 'practicing',
  n: 'and',
  k: 'ok',
  okay: 'ok',
  kk: 'ok',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'have to',
  ttt: 'train the trainer',
  hiya: 'hi',
  hey: 'hi',
  heya: 'hi',
  yo: 'hi',
  mins: 'minutes',
  min: 'minutes',
  hrs: 'hours',
  hr: 'hours',
  amt: 'amount',
  approx: 'about',
  dbs: 'crb',
  ecrb: 'crb',
  ecrbs: 'crb',
};

/**
 * The text with Teams mentions, markup and accents removed and apostrophes made plain, case and punctuation
 * kept: names are read from this (capitals and "Priya's" matter there).
 */
export function stripMarkup(raw: string): string {
  return (
    raw
      // A Teams @mention of the bot carries its name, which is not part of the question.
      .replace(/<at>.*?<\/at>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, ' and ')
      .replace(/&#39;|&apos;|&#x27;/g, "'")
      .replace(/&[a-z]+;|&#\d+;/g, ' ')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
  );
}

/** Lower-case words with Teams mentions, markup, accents and punctuation removed; hyphens split words. */
export function cleanText(raw: string): string {
  return stripMarkup(raw)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Tokens of `cleanText`, with text-speak expanded. */
export function tokenise(raw: string): string[] {
  const words = cleanText(raw).split(' ').filter(Boolean);
  // Own keys only: a word such as "constructor" must not reach Object's prototype.
  return words.flatMap((word) =>
    (Object.hasOwn(TEXT_SPEAK, word) ? (TEXT_SPEAK[word] ?? word) : word).split(' '),
  );
}
