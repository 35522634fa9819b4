/**
 * Typo tolerance: a word the bot does not know is replaced by the nearest word it does know, when one is
 * close enough (one edit, two for words of ten letters or more; a swap of neighbours is one edit).
 */

// A QWERTY keyboard's rows, for which keys are neighbours.
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS = new Map<string, Set<string>>();
ROWS.forEach((row, r) => {
  [...row].forEach((key, c) => {
    const near = new Set<string>();
    for (const [dr, dc] of [
      [0, -1],
      [0, 1],
      [-1, 0],
      [-1, 1],
      [1, 0],
      [1, -1],
    ] as const) {
      const other = ROWS[r + dr]?.[c + dc];
      if (other) near.add(other);
    }
    NEIGHBOURS.set(key, near);
  });
});
const VOWELS = new Set('aeiou');

/**
 * A typo swaps a vowel for a vowel ("competance") or hits a neighbouring key; swapping other letters more often
 * makes another real word ("shopping" is not a misspelt "stopping", nor "print" of "point"), so it costs two.
 */
function substitutionCost(x: string, y: string): number {
  if (x === y) return 0;
  if ((VOWELS.has(x) && VOWELS.has(y)) || NEIGHBOURS.get(x)?.has(y)) return 1;
  return 2;
}

/** Optimal string alignment distance, giving up (returning `limit + 1`) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousRow: number[] = [];
  let row: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const twoBack = previousRow;
    previousRow = row;
    row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = substitutionCost(a[i - 1] ?? '', b[j - 1] ?? '');
      let value = Math.min(
        (previousRow[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previousRow[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (twoBack[j - 2] ?? 0) + 1);
      }
      row[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
  }
  return row[b.length] ?? limit + 1;
}

// Short words are left alone: too many real words lie one edit apart ("sing" and "sign").
function allowedEdits(word: string): number {
  if (word.length < 5) return 0;
  return word.length < 10 ? 1 : 2;
}

export type Speller = (tokens: string[]) => string[];

/**
 * `known` maps each word to a weight (how much to prefer it among equally near words). Words with digits,
 * short words and known words are left alone; so is the first letter, which people rarely get wrong.
 */
export function createSpeller(known: ReadonlyMap<string, number>): Speller {
  const byFirstLetter = new Map<string, string[]>();
  for (const word of known.keys()) {
    const list = byFirstLetter.get(word[0] ?? '') ?? [];
    list.push(word);
    byFirstLetter.set(word[0] ?? '', list);
  }
  const cache = new Map<string, string>();

  const correct = (word: string): string => {
    if (known.has(word) || /[^a-z]/.test(word)) return word;
    const limit = allowedEdits(word);
    if (limit === 0) return word;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    let best = word;
    let bestDistance = limit + 1;
    let bestWeight = -1;
    for (const candidate of byFirstLetter.get(word[0] ?? '') ?? []) {
      // A known word plus a letter or two is more often another real word ("capital") than a typo.
      if (candidate.length < 3 || (word.startsWith(candidate) && word.length > candidate.length)) continue;
      const distance = editDistance(word, candidate, Math.min(limit, bestDistance));
      const weight = known.get(candidate) ?? 0;
      if (distance < bestDistance || (distance === bestDistance && weight > bestWeight)) {
        if (distance <= limit) {
          best = candidate;
          bestDistance = distance;
          bestWeight = weight;
        }
      }
    }
    // Messages are free text: keep the memo bounded in a long-running bot.
    if (cache.size > 10_000) cache.clear();
    cache.set(word, best);
    return best;
  };

  return (tokens) => tokens.map(correct);
}
