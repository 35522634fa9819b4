import { loadCatalogue } from '../../../services/catalogue/loadCatalogue';
import { benchmarkUnderstanding } from '../../../services/intents/evaluate';
import { parseLabelledUtterances } from '../../../services/intents/labelledUtterance';
import { cleanText } from '../../../services/intents/normalise';
import { suggestQuestions } from '../../../services/intents/suggestions';
import { bundledTrainingExamples, createUnderstander } from '../../../services/intents/understander';
import heldOutData from './utterances.test.json';

const catalogue = loadCatalogue();
const train = bundledTrainingExamples();
const heldOut = parseLabelledUtterances(heldOutData);
const understander = createUnderstander(catalogue);
const understand = (text: string) => understander.understand(text);

describe('the labelled utterances', () => {
  it('hold at least 300 messages, at least 90 of them held out', () => {
    expect(train.length + heldOut.length).toBeGreaterThanOrEqual(300);
    expect(heldOut.length).toBeGreaterThanOrEqual(90);
  });

  it('share no message between training and the held-out set', () => {
    const trained = new Set(train.map((item) => cleanText(item.text)));
    expect(heldOut.filter((item) => trained.has(cleanText(item.text))).map((item) => item.text)).toEqual([]);
  });

  it('give a kind of question to every module_info message and to no other', () => {
    const wrong = [...train, ...heldOut].filter(
      (item) => (item.intent === 'module_info') !== (item.moduleQuestion !== undefined),
    );
    expect(wrong.map((item) => item.text)).toEqual([]);
  });

  it('name only module codes that are in the catalogue', () => {
    const codes = new Set(catalogue.courses.map((course) => course.code));
    const unknown = [...train, ...heldOut].flatMap((item) => item.modules.filter((code) => !codes.has(code)));
    expect(unknown).toEqual([]);
  });
});

/** Fails with the misses in the message, so a drop below the floor says what went wrong. */
function expectAtLeast(figure: number, floor: number, misses: unknown): void {
  if (figure < floor)
    throw new Error(`${figure.toFixed(3)} is below ${floor}:\n${JSON.stringify(misses, null, 2)}`);
}

describe('held-out accuracy', () => {
  const result = benchmarkUnderstanding(catalogue, train, heldOut);

  it('gets at least 95% of held-out intents right', () => {
    expectAtLeast(result.intentAccuracy, 0.95, result.confusionPairs);
  });

  it('gets module codes and access routes exactly right in at least 95% of held-out messages', () => {
    expectAtLeast(result.entityAccuracy, 0.95, result.entityMisses);
  });
});

describe('module codes in loose forms', () => {
  it.each([
    ['is 2', 'IS02'],
    ['is02', 'IS02'],
    ['IS-02', 'IS02'],
    ['IS.2', 'IS02'],
    ['caf2', 'CAF02'],
    ['CAF 02', 'CAF02'],
    ['lp1', 'LP01'],
    ['iw 3', 'IW03'],
    ['isi 5', 'ISI05'],
    ['ISI10', 'ISI10'],
    ['cp', 'CP'],
    ['cp1', 'CP'],
    ['cp-l1', 'CP-L1'],
    ['is-el', 'IS-EL'],
    ['sg', 'SG'],
  ])('reads "%s" as %s', (text, code) => {
    expect(understand(`how long is ${text}`).entities.modules).toEqual([code]);
  });

  it('does not read a count after "there is" as a module', () => {
    expect(understand('there is 2 sessions left on friday').entities.modules).toEqual([]);
  });

  it('reads "IS 2 sessions" as IS02 when it is not a count', () => {
    expect(understand('how long is IS 2 sessions').entities.modules).toEqual(['IS02']);
  });

  it('leaves a number with no such module alone', () => {
    expect(understand('what is caf 9').entities.modules).toEqual([]);
  });
});

describe('module names, misspelt or not', () => {
  it.each([
    ['information sharing in practice', 'IS02'],
    ['informaton sharing in practise', 'IS02'],
    ['Information Sharing in Practice', 'IS02'],
    ['lead professional in practice', 'LP02'],
    ['lead profesional in practice', 'LP02'],
    ['intro to caf', 'CAF01'],
    ['the caf in practice', 'CAF02'],
    ['safeguarding', 'SG'],
    ['safegaurding refresher', 'SG'],
    ['the e-learning', 'IS-EL'],
    ['the elearning', 'IS-EL'],
    ['contactpoint training', 'CP'],
    ['contact point', 'CP'],
    ['contactpiont', 'CP'],
    ['handling confidentail information', 'IS04'],
    ['contactpoint level 1', 'CP-L1'],
    ['train the trainer for caf', 'CAF03'],
    ['introduction to contactpoint', 'CP'],
  ])('finds "%s" as %s', (name, code) => {
    expect(understand(`tell me about ${name}`).entities.modules).toEqual([code]);
  });

  it('lists several modules in the order they are named, once each', () => {
    expect(understand('do i need is1 before IS 2 or is02').entities.modules).toEqual(['IS01', 'IS02']);
  });
});

describe('ContactPoint, access routes and audiences', () => {
  it.each([
    ['what is contact point', true],
    ['what is the IS index', true],
    ['when is the next ISI 2 session', true],
    ['how long is IS02', false],
  ])('says whether "%s" names ContactPoint (%s)', (text, named) => {
    expect(understand(text).entities.contactPoint).toBe(named);
  });

  it.each([
    ['any care first sessions', 'care-first'],
    ['any carefirst sessions', 'care-first'],
    ['any capita one sessions', 'capita-one'],
    ['any ems sessions', 'capita-one'],
    ['any careworks sessions', 'careworks'],
    ['any care works sessions', 'careworks'],
    ['any e-start sessions', 'e-start'],
    ['any estart sessions', 'e-start'],
    ['any web browser sessions', 'web-browser'],
    ['any browser sessions', 'web-browser'],
    ['I use profile', 'profile'],
    ['any profile sessions', 'profile'],
  ])('finds the route in "%s"', (text, route) => {
    expect(understand(text).entities.accessRoutes).toEqual([route]);
  });

  it('does not take "my profile" for the Profile system', () => {
    expect(understand('how do i update my profile').entities.accessRoutes).toEqual([]);
  });

  it.each([
    ['is IS02 for managers', 'operational-manager'],
    ['is IW02 for senior managers', 'senior-manager'],
    ['is IS04 for admin staff', 'admin-staff'],
    ['should trainers do IW05', 'trainer'],
    ['is IS03 for IS officers', 'is-officer'],
    ['is CAF02 for practitioners', 'practitioner'],
  ])('finds the audience in "%s"', (text, audience) => {
    expect(understand(text).entities.audiences).toEqual([audience]);
  });

  it('does not take "my manager" for the manager audience', () => {
    expect(understand('has my manager approved my booking').entities.audiences).toEqual([]);
  });
});

describe('intents and kinds of module question', () => {
  it.each([
    ['what is LP1', 'what'],
    ['how long is IS02', 'duration'],
    ['who is CAF02 for', 'audience'],
    ['is IS02 for managers', 'audience'],
    ['what comes before IS03', 'prerequisites'],
  ])('reads "%s" as a module question of kind %s', (text, kind) => {
    const result = understand(text);
    expect(result.intent).toBe('module_info');
    expect(result.entities.moduleQuestion).toBe(kind);
  });

  it.each([
    ['<at>Training Bot</at> what training do i need', 'pathway'],
    ['wot r the prereqs 4 contactpoint', 'readiness'],
    ['what is contactpoint and do i need it', 'contactpoint_info'],
    ['wot do i need 2 bring', 'what_to_bring'],
    ['book me on the next care first session pls', 'not_yet'],
    ['what have i booked', 'my_bookings'],
    ['which of my team still need training', 'team_status'],
    ['how full are the sessions', 'fill_rates'],
    ['help', 'help'],
    ['hiya', 'greeting'],
  ])('understands "%s" as %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });

  it.each(['', '   ', 'asdfghjk', 'what is the capital of france', 'who won the match last night'])(
    'falls back on "%s"',
    (text) => {
      expect(understand(text).intent).toBe('fallback');
    },
  );

  it('gives no module question outside module_info', () => {
    expect(understand('book me on IS02').entities.moduleQuestion).toBeUndefined();
  });

  it('is repeatable: two understanders trained alike answer alike', () => {
    const again = createUnderstander(catalogue);
    for (const { text } of heldOut) expect(again.understand(text)).toEqual(understand(text));
  });
});

describe('a catalogue the understander has never seen', () => {
  const custom = createUnderstander({
    courses: [
      { code: 'XY07', title: 'Working with families', aliases: ['family work'] },
      { code: 'CP', title: 'ContactPoint training', aliases: [] },
    ],
  });

  it('learns codes and names from the catalogue alone', () => {
    expect(custom.understand('how long is xy 7').entities.modules).toEqual(['XY07']);
    expect(custom.understand('when is the next family work session').entities.modules).toEqual(['XY07']);
    expect(custom.understand('how long is IS02').entities.modules).toEqual([]);
  });
});

describe('suggestions after a fallback', () => {
  it('offers the half-recognised intent first and hides manager and coordinator questions', () => {
    const result = understand('asdfgh');
    expect(suggestQuestions(result)).toEqual([
      'What training do I need?',
      'Am I ready for ContactPoint training?',
      'Find me a Care First ContactPoint session',
    ]);
    const unsure = { ...result, alternatives: [{ intent: 'team_status' as const, confidence: 0.3 }] };
    expect(suggestQuestions(unsure)).not.toContain('Which of my team still need training?');
    expect(suggestQuestions(unsure, { manager: true })[0]).toBe('Which of my team still need training?');
  });
});
