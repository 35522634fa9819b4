import { ACCESS_ROUTE_LABELS, ACCESS_ROUTES, type AccessRoute, type Audience } from '../catalogue/vocabulary';
import { tokenise } from './normalise';

/** A name the extractor reads from the catalogue: a course, or a part taught inside one. */
export interface CatalogueNameLike {
  code: string;
  title: string;
  aliases?: readonly string[];
}

/** The part of a catalogue the extractor reads; `Catalogue` from services/catalogue fits it. */
export interface CatalogueLike {
  courses: readonly (CatalogueNameLike & { parts?: readonly CatalogueNameLike[] })[];
  /** The course the ContactPoint prerequisites gate; a mention of it is a mention of ContactPoint. */
  contactPointCourse?: string;
  accessRoutes?: { labels: Partial<Record<AccessRoute, string>> };
}

/** A phrase as a token sequence, with the value it stands for. */
export interface Phrase<T> {
  tokens: string[];
  value: T;
}

/**
 * Every word list the entity extractor matches against. Module phrases come only from the catalogue, so a
 * new course is understood once it is in the catalogue; routes and audiences come from the contract words.
 */
export interface EntityVocabulary {
  modules: Phrase<string>[];
  /** Codes of the form letters+digits, by prefix and number, for loose forms such as "is 2" or "caf2". */
  numberedCodes: Map<string, Map<number, string>>;
  /** Codes that are letters only (e.g. `CP`, `SG`), which "cp1" falls back to. */
  bareCodes: Map<string, string>;
  /** Modules whose title names ContactPoint or the IS Index. */
  contactPointModules: Set<string>;
  accessRoutes: Phrase<AccessRoute>[];
  /** Routes whose name is also an everyday word, counted only next to a word about systems. */
  contextualRoutes: Set<AccessRoute>;
  audiences: Phrase<Audience>[];
  contactPoint: Phrase<true>[];
}

// Names of the national index (domain §1: "IS Index" in older documents).
const CONTACTPOINT_NAMES = [
  'contactpoint',
  'contact point',
  'contactpoints',
  'contact points',
  'is index',
  'information sharing index',
];

// Other names for the access routes (domain §5) beyond their labels.
const ACCESS_ROUTE_SYNONYMS: Record<AccessRoute, string[]> = {
  'care-first': ['care 1st'],
  'capita-one': ['capita', 'capita 1', 'ems'],
  careworks: ['care works', 'carework', 'care work'],
  'e-start': ['e start'],
  profile: ['connexions profile'],
  'web-browser': ['browser', 'web', 'browser interface', 'web interface', 'internet browser', 'web based'],
};

// Words people use for the training audiences (domain §3), longest first wins when matching.
const AUDIENCE_WORDS: Record<Audience, string[]> = {
  practitioner: [
    'practitioner',
    'practitioners',
    'frontline',
    'front line',
    'frontline worker',
    'frontline staff',
    'social worker',
    'social workers',
    'health visitor',
    'health visitors',
    'youth worker',
    'youth workers',
    'teacher',
    'teachers',
    'end user',
    'end users',
  ],
  trainer: ['trainer', 'trainers', 'cascade trainer', 'cascade trainers'],
  'operational-manager': [
    'manager',
    'managers',
    'line manager',
    'line managers',
    'team manager',
    'team managers',
    'operational manager',
    'operational managers',
    'team leader',
    'team leaders',
    'supervisor',
    'supervisors',
  ],
  'senior-manager': [
    'senior manager',
    'senior managers',
    'strategic manager',
    'strategic managers',
    'middle manager',
    'middle managers',
    'senior leader',
    'senior leaders',
    'head of service',
    'heads of service',
    'director',
    'directors',
  ],
  'is-officer': [
    'is officer',
    'is officers',
    'information sharing officer',
    'information sharing officers',
    'professional adviser',
    'professional advisers',
    'professional advisor',
    'professional advisors',
    'mediated access contact',
    'mediated access contacts',
  ],
  'admin-staff': [
    'admin',
    'admin staff',
    'admin worker',
    'admin workers',
    'administrator',
    'administrators',
    'administrative staff',
    'admin assistant',
    'admin assistants',
    'clerical staff',
    'business support',
  ],
};

/** Articles are skipped when matching, so "using the CAF" and "using CAF" are the same phrase. */
export const SKIPPED_WORDS = new Set(['the', 'a', 'an']);

function phraseTokens(text: string): string[] {
  return tokenise(text).filter((token) => !SKIPPED_WORDS.has(token));
}

function sameTokens(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

/** Ways people shorten or reorder a course title: "Introduction to CAF" is also "intro to caf", "caf intro". */
function titleVariants(title: string): string[][] {
  const variants: string[][] = [];
  const add = (tokens: string[]) => {
    if (tokens.length > 0 && !variants.some((existing) => sameTokens(existing, tokens)))
      variants.push(tokens);
  };
  const withoutBrackets = title.replace(/\([^)]*\)/g, ' ');
  for (const text of [title, withoutBrackets]) {
    const [head, ...rest] = text.split(':');
    const tokens = phraseTokens(text);
    add(tokens);
    // "Train-the-trainer: CAF" is also "CAF train the trainer" and "train the trainer for CAF".
    if (head && rest.length > 0) {
      add([...phraseTokens(rest.join(' ')), ...phraseTokens(head)]);
      add([...phraseTokens(head), 'for', ...phraseTokens(rest.join(' '))]);
    }
    if (tokens[0] === 'introduction' && tokens[1] === 'to') add([...tokens.slice(2), 'introduction']);
    if (tokens[0] === 'using') add(tokens.slice(1));
    // "ContactPoint training" is also "the ContactPoint course" or "a ContactPoint session".
    if (tokens.length > 1 && tokens[tokens.length - 1] === 'training') {
      for (const word of ['course', 'session', 'sessions']) add([...tokens.slice(0, -1), word]);
    }
  }
  // Two-word names are often written as one ("care first" as "carefirst").
  for (const tokens of [...variants]) if (tokens.length === 2) add([tokens.join('')]);
  return variants;
}

function codeTokens(code: string): string[][] {
  const lower = code.toLowerCase();
  const parts = lower.split(/[^a-z0-9]+/).filter(Boolean);
  return parts.length > 1 ? [parts, [parts.join('')]] : [[lower]];
}

/** Builds the extractor's vocabulary from the catalogue: course codes, titles and aliases, and route labels. */
export function vocabularyFromCatalogue(catalogue: CatalogueLike): EntityVocabulary {
  const modules: Phrase<string>[] = [];
  const numberedCodes = new Map<string, Map<number, string>>();
  const bareCodes = new Map<string, string>();
  const contactPointModules = new Set<string>();
  const contactPoint = CONTACTPOINT_NAMES.map((name) => ({
    tokens: phraseTokens(name),
    value: true as const,
  }));

  // A part (CP01 "Introduction to ContactPoint") is taught inside its course, so it names that course.
  const names = catalogue.courses.flatMap((course) => [
    { ...course, courseCode: course.code },
    ...(course.parts ?? []).map((part) => ({ ...part, courseCode: course.code })),
  ]);
  for (const name of names) {
    const numbered = /^([A-Za-z]+)(\d+)$/.exec(name.code);
    if (numbered?.[1] && numbered[2]) {
      const prefix = numbered[1].toLowerCase();
      const byNumber = numberedCodes.get(prefix) ?? new Map<number, string>();
      if (!byNumber.has(Number(numbered[2]))) byNumber.set(Number(numbered[2]), name.courseCode);
      numberedCodes.set(prefix, byNumber);
    } else if (/^[A-Za-z]+$/.test(name.code)) {
      bareCodes.set(name.code.toLowerCase(), name.courseCode);
    }
    const titles = [name.title, ...(name.aliases ?? [])].flatMap(titleVariants);
    for (const tokens of [...codeTokens(name.code), ...titles])
      modules.push({ tokens, value: name.courseCode });
    const namesContactPoint = titles.some((tokens) =>
      contactPoint.some((system) => containsSequence(tokens, system.tokens)),
    );
    if (namesContactPoint || name.courseCode === catalogue.contactPointCourse) {
      contactPointModules.add(name.courseCode);
    }
  }

  const routeLabel = (route: AccessRoute) =>
    catalogue.accessRoutes?.labels[route] ?? ACCESS_ROUTE_LABELS[route];
  const accessRoutes: Phrase<AccessRoute>[] = ACCESS_ROUTES.flatMap((route) =>
    [routeLabel(route), ACCESS_ROUTE_LABELS[route], ...ACCESS_ROUTE_SYNONYMS[route]]
      .flatMap(titleVariants)
      .map((tokens) => ({ tokens, value: route })),
  );
  const audiences = (Object.keys(AUDIENCE_WORDS) as Audience[]).flatMap((audience) =>
    AUDIENCE_WORDS[audience].map((words) => ({ tokens: phraseTokens(words), value: audience })),
  );

  return {
    modules,
    numberedCodes,
    bareCodes,
    contactPointModules,
    accessRoutes,
    contextualRoutes: new Set<AccessRoute>(['profile']),
    audiences,
    contactPoint,
  };
}

function containsSequence(haystack: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((token, j) => haystack[i + j] === token)) return true;
  }
  return false;
}

/** Every word that appears in some phrase: the spelling corrector may correct towards these. */
export function vocabularyWords(vocabulary: EntityVocabulary): Set<string> {
  const words = new Set<string>();
  const phrases = [
    ...vocabulary.modules,
    ...vocabulary.accessRoutes,
    ...vocabulary.audiences,
    ...vocabulary.contactPoint,
  ];
  for (const phrase of phrases) for (const token of phrase.tokens) if (!/\d/.test(token)) words.add(token);
  return words;
}
