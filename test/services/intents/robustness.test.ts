import { createUnderstander, MAX_UNDERSTOOD_CHARACTERS } from '../../../services/intents/understander';
import { INTENTS } from '../../../services/intents/understanding';
import { loadCatalogue } from '../../../services/catalogue/loadCatalogue';

// No input may crash a turn: the understander must answer anything people (or pasted documents) throw at it.

const understander = createUnderstander(loadCatalogue());

/** A small deterministic generator, so a failure can be reproduced from its seed. */
function randomText(seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789 ?!.,-@<>/"\'\\\n\t😀é中ñ\u0000\u200b';
  const length = Math.floor(next() * 300);
  return Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
}

describe('the understander on any input', () => {
  it.each([
    '',
    '   ',
    '<at>IW Training</at>',
    'is'.repeat(5000),
    'IS02 '.repeat(500),
    '$where: function() { return true }',
    '{"$gt": ""}',
    '\u0000\u0001\u0002',
    '🙂🙂🙂',
    'is there a course for a constructor',
    'toString valueOf hasOwnProperty __proto__ prototype',
  ])('answers %j with a known intent', (text) => {
    const understanding = understander.understand(text);
    expect(INTENTS).toContain(understanding.intent);
  });

  it('answers 500 random texts with a known intent and only catalogue codes', () => {
    const codes = new Set(
      loadCatalogue().courses.flatMap((course) => [course.code, ...course.parts.map((p) => p.code)]),
    );
    for (let seed = 1; seed <= 500; seed++) {
      const understanding = understander.understand(randomText(seed));
      expect(INTENTS).toContain(understanding.intent);
      for (const code of understanding.entities.modules) expect(codes).toContain(code);
    }
  });
});

describe('a long message', () => {
  // A question is never thousands of characters long, and the text clean-up is slow on long runs of markup
  // ("<<<<…" takes about 0.3 s at 28,000 characters): only the start of a message is read.
  const filler = (length: number) => 'hello '.repeat(Math.ceil(length / 6)).slice(0, length);

  it('is read only up to the bound: a module named after it is not seen', () => {
    const beyond = understander.understand(`${filler(MAX_UNDERSTOOD_CHARACTERS)} how long is IS02?`);
    expect(beyond.entities.modules).toEqual([]);
    const within = understander.understand(`${filler(MAX_UNDERSTOOD_CHARACTERS - 40)} how long is IS02?`);
    expect(within.entities.modules).toEqual(['IS02']);
  });

  it('is understood from its start, whatever follows', () => {
    const understanding = understander.understand(`how long is IS02? ${'<'.repeat(27_000)}`);
    expect(understanding).toMatchObject({ intent: 'module_info', entities: { modules: ['IS02'] } });
  });

  it('of 150,000 words is answered, not thrown', () => {
    expect(INTENTS).toContain(understander.understand('x '.repeat(150_000)).intent);
  });
});
