import { peopleIn } from '../../../services/intents/people';

// Words the bot knows, standing in for its vocabulary.
const ORDINARY = new Set(
  'how is are what show me training ready for contactpoint where up to has done the team my i getting on'.split(
    ' ',
  ),
);
const people = (text: string, knownNames?: string[]) =>
  peopleIn(text, { isOrdinary: (word) => ORDINARY.has(word), ...(knownNames ? { knownNames } : {}) });

describe('people named in a message', () => {
  it.each([
    ["how's Ellie getting on?", ['Ellie']],
    ["show me Ravi's training", ['Ravi']],
    ['is Ola ready for ContactPoint?', ['Ola']],
    ["where's Ben up to", ['Ben']],
    ["what has Anne-Marie O'Neill done", ["Anne-Marie O'Neill"]],
    ['has Jo Smith done the e-learning', ['Jo Smith']],
    ['how are Sam, Kai and Lena doing', ['Sam', 'Kai', 'Lena']],
    ["James' training", ['James']],
    ["ravi's training please", ['ravi']],
    ['is lena ready', ['lena']],
    ['Connor was a no show', ['Connor']],
  ])('finds %j in %j', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    'how is my team getting on',
    'Is IS02 ready',
    "what's ContactPoint",
    'Show me the training',
    'sessions in Training Room 2',
    'at Riverside House',
    'anything in January or before Christmas',
    "I'm a manager, I've got a question",
    'Thanks!',
    "my doctor's appointment",
    "children's services",
  ])('finds nobody in %j', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('finds names the bot knows in lower case, with their surname or alone', () => {
    expect(people('how is ravi doing', ['Ravi Patel'])).toEqual(['ravi']);
    expect(people('has ravi patel done CAF02', ['Ravi Patel'])).toEqual(['ravi patel']);
  });
});
