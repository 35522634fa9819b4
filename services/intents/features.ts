/**
 * Classifier features of a normalised message. A few hundred examples cannot show every way of saying
 * "book", so words are stemmed and also mapped to a handful of concepts (domain synonyms written by hand,
 * not learned), which lets "reserve a seat" borrow what "book a place" taught.
 */

/** A light suffix stripper: "bookings", "booked", "booking" → "book". */
export function stem(token: string): string {
  let word = token;
  if (word.length > 4 && word.endsWith('ies')) word = `${word.slice(0, -3)}y`;
  else if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  return word;
}

/** Everyday things that are not training (a request to book one is not a request the bot knows). */
export const EVERYDAY_WORDS: readonly string[] = (
  'car taxi bus flight plane hotel gym dentist doctor hospital appointment kettle coffee tea milk lunch dinner ' +
  'breakfast food pizza restaurant pub drink football match game music song film movie tv telly netflix ' +
  'facebook twitter instagram blog phone monitor mouse keyboard chair desk lift toilet heating fridge umbrella ' +
  'keys lanyard holiday payslip pay salary payday expenses timesheet overtime pension union shopping birthday ' +
  'weekend dog cat kids son daughter mum dad wife husband snow rain bored tired headache story poem quiz news ' +
  'shift shifts calendar outlook excel spreadsheet bins money award alarm password subscription bank inbox ' +
  'invoice folder printer laptop wifi luggage meeting party appraisal'
).split(' ');

// Words for each concept, space-separated.
const CONCEPT_WORDS: Record<string, string> = {
  where:
    'where venue room address location held time start finish today tomorrow monday tuesday wednesday thursday friday',
  // Tense matters here: "what have I booked" is about my bookings, "book me" asks to book (a session search).
  booked: 'booked signed registered reserved enrolled attending going confirmed down',
  book: 'book booking reserve reservation enrol enroll register sign put nominate secure get',
  place: 'place space seat slot spot spaces places seats slots availability available',
  session: 'session course date class workshop running available upcoming coming when',
  change:
    'cancel move change rearrange reschedule swap withdraw drop remove off rebook postpone defer unbook pull',
  // A manager's answer to a nomination or booking request, and the requests waiting for one.
  approve:
    'approve approval approvals approved authorise authorize accept decline reject refuse pending awaiting request requests',
  nominate: 'nominate nominated nomination nominations nominating release releasing forward',
  bring:
    'bring take carry pack document passport laptop pen paper bill statement licence photo id certificate',
  ready:
    'ready eligible eligibility allowed prerequisite requirement criteria check met missing stopping blocked block holding crb competence competency accredited accreditation valid expire expiry signed clearance yet qualify cleared why preventing prevent way',
  team: 'team staff colleague report reports service employee nomination release everyone anyone whose member members people personref worker workers',
  fill: 'full fill filled uptake take occupancy capacity number target rollout roll phase trained stat statistic underbooked under spare filling percentage figure figures report',
  greet: 'hi hello morning afternoon evening greeting',
  thanks: 'thank thanks cheers great perfect brilliant lovely ok cool stuff excellent awesome noted',
  help: 'help stuck command menu option instruction guide bot ask answer you do hand use work type supposed lost',
  explain:
    'explain describe about cover covered overview tell detail content involve information difference happen',
  duration: 'long duration hour minute length last day half time take',
  audience: 'who aimed suitable audience meant role relevant for staff',
  order: 'before prior first after follow precede order beforehand come designed',
  need: 'need required mandatory compulsory must have should supposed apply outstanding left remaining complete completed finish finished still',
  pathway: 'pathway plan learning record next recommend recommended module training',
  remind: 'remind reminder nudge chase notify notification alert ping text',
  announce:
    'announce announcement broadcast bulletin newsletter message tell share notice post everyone email',
  attendance:
    'register attendance attended absent present show turned tick roster delegate attendee check mark record passed',
  publish:
    'publish unpublish add create new schedule live visible upload import open set extra another draft run',
  mandatory: 'mandatory compulsory optional obligatory statutory must skip',
  delivery:
    'online face person virtual remote remotely home teams zoom classroom webinar taught delivered format desk',
  location: 'where whereabouts venue address location building held',
  // Everyday things that are not training, so an unseen one still leans towards "I can't help with that".
  everyday: EVERYDAY_WORDS.join(' '),
  person: 'personref he she his her him they them their',
  self: 'i me my mine myself am',
};

/** Every word of the concept lexicon: words the bot knows by design, which the speller may correct towards. */
export const LEXICON_WORDS: readonly string[] = [
  ...new Set(Object.values(CONCEPT_WORDS).flatMap((words) => words.split(' '))),
];

const CONCEPTS = new Map<string, string[]>();
for (const [concept, words] of Object.entries(CONCEPT_WORDS)) {
  for (const word of words.split(' ')) CONCEPTS.set(word, [...(CONCEPTS.get(word) ?? []), concept]);
}

function conceptsOf(token: string): string[] {
  return [...new Set([...(CONCEPTS.get(token) ?? []), ...(CONCEPTS.get(stem(token)) ?? [])])];
}

/**
 * Words as written (tense matters), their stems, their concepts, and word pairs with a start marker, so an
 * opening "how long" or "am i" counts on its own.
 */
export function featuresOf(tokens: string[]): string[] {
  const features: string[] = [];
  for (const token of tokens) {
    features.push(`w:${token}`);
    const stemmed = stem(token);
    if (stemmed !== token) features.push(`s:${stemmed}`);
    for (const concept of conceptsOf(token)) features.push(`c:${concept}`);
  }
  const padded = ['^', ...tokens];
  for (let i = 0; i + 1 < padded.length; i++) features.push(`b:${padded[i]}_${padded[i + 1]}`);
  return features;
}

// Words only the training domain uses: a message with none of them is less likely to be about training.
const TRAINING_WORDS =
  /^(training|trained|trainer|courses?|sessions?|modules?|bookings?|booked|book|places?|seats?|nominat\w*|approv\w*|crb|ecrb|competence|prerequisites?|prereqs?|pathway|modref|routeref|contactpoint|dates?|register|attendance|delegates?|e-?learning|workshop|refresher|phase)$/;

/** Whether a normalised message (entities as placeholders) uses any word of the training domain. */
export function mentionsTraining(tokens: readonly string[]): boolean {
  return tokens.some((token) => TRAINING_WORDS.test(token));
}
