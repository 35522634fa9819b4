import { tokenise } from '../../../services/intents/normalise';
import { partOfDayIn, venueIn, whenIn } from '../../../services/intents/sessionFilters';
import type { WhenPhrase } from '../../../services/intents/understanding';

const when = (text: string) => whenIn(tokenise(text));
const partOfDay = (text: string) => partOfDayIn(tokenise(text));
const venue = (text: string) => venueIn(tokenise(text));

describe('a time put on a session search', () => {
  it.each<[string, WhenPhrase | undefined]>([
    ['anything today', { kind: 'today' }],
    ["what's on tomorrow's list", { kind: 'tomorrow' }],
    ['sessions this week', { kind: 'this-week' }],
    ['any dates next week', { kind: 'next-week' }],
    ['later this month', { kind: 'this-month' }],
    ["next month's dates", { kind: 'next-month' }],
    ['a date in February', { kind: 'month', month: 2 }],
    ['any sept sessions', { kind: 'month', month: 9 }],
    ["january's sessions", { kind: 'month', month: 1 }],
    ['something in may', { kind: 'month', month: 5 }],
    ['before Christmas', { kind: 'before', month: 12, day: 25 }],
    ['after xmas', { kind: 'after', month: 12, day: 25 }],
    ['before April', { kind: 'before', month: 4, day: 1 }],
    ['after March', { kind: 'after', month: 3, day: 31 }],
    ['by the end of February', { kind: 'before', month: 2, day: 28 }],
    ['after the 3rd of November', { kind: 'after', month: 11, day: 3 }],
    ['before oct 12th', { kind: 'before', month: 10, day: 12 }],
    ['in the new year', { kind: 'after', month: 12, day: 31 }],
    ['this morning', { kind: 'today' }],
  ])('reads "%s" as %j', (text, expected) => {
    expect(when(text)).toEqual(expected);
  });

  it.each([
    'on 3 Feb',
    'the 14th of march',
    'may i book',
    'what comes before IS03',
    'the day before my session',
    'the week after next',
    'last month',
  ])('finds no time in "%s"', (text) => {
    expect(when(text)).toBeUndefined();
  });
});

describe('a part of day', () => {
  it.each([
    ['afternoons only please', 'afternoon'],
    ['a morning slot for IS02', 'morning'],
    ['any pm sessions', 'afternoon'],
    ['an am session', 'morning'],
    ['after lunch if possible', 'afternoon'],
    ['the 9am one', 'morning'],
    ['tomorrow morning', 'morning'],
    ['morning sessions for CAF01', 'morning'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(partOfDay(text)).toBe(expected);
  });

  it.each([
    'good morning',
    'morning, any dates for IS02?',
    'afternoon all',
    'i am training for a 10k',
    'morning or afternoon, either',
    'pm me the details',
  ])('finds none in "%s"', (text) => {
    expect(partOfDay(text)).toBeUndefined();
  });
});

describe('a venue', () => {
  it.each([
    ['sessions in Training Room 2', 'training room 2'],
    ['anything at the Civic Centre', 'civic centre'],
    ['in the IT suite', 'it suite'],
    ['at County Hall next week', 'county hall'],
    ['Room 5 sessions?', 'room 5'],
    ['in suite b', 'suite b'],
  ])('reads "%s" as "%s"', (text, expected) => {
    expect(venue(text)).toBe(expected);
  });

  it.each([
    'i work in a childrens centre',
    'what room is my training in',
    'in my office',
    'check in Aisha',
    'who is in the team',
  ])('finds none in "%s"', (text) => {
    expect(venue(text)).toBeUndefined();
  });
});
