import { tokenise } from '../../../services/intents/normalise';
import { isBareGreeting, isBareThanks, smallTalkOf } from '../../../services/intents/smallTalk';

describe('greetings and thanks, decided in one place', () => {
  it.each([
    ['hi', 'greeting'],
    ['Hello!', 'greeting'],
    ['good afternoon', 'greeting'],
    ['hey there', 'greeting'],
    ['hi, how are you?', 'greeting'],
    ['hello, anyone there?', 'greeting'],
    ['thanks', 'thanks'],
    ['ok', 'thanks'],
    ['cheers', 'thanks'],
    ['ta', 'thanks'],
    ['thank you very much', 'thanks'],
    ['great, thanks for your help', 'thanks'],
    ['got it', 'thanks'],
    ['no worries', 'thanks'],
    ['lovely, bye', 'thanks'],
    ['thnx', 'thanks'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(smallTalkOf(tokenise(text))).toBe(kind);
  });

  it.each([
    'hi, what training do I need?',
    'thanks, how long is IS02?',
    'morning sessions for IS02',
    'hello can you help',
    'ok so am i ready',
    'yes',
    '',
  ])('does not take "%s" for bare small talk', (text) => {
    expect(smallTalkOf(tokenise(text))).toBeUndefined();
  });

  it('tells the bot whether a message is only a greeting', () => {
    expect(isBareGreeting('Hi there')).toBe(true);
    expect(isBareGreeting('hi, am I ready?')).toBe(false);
    expect(isBareGreeting('thanks')).toBe(false);
    expect(isBareThanks('cheers!')).toBe(true);
  });
});
