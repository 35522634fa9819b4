import type { Catalogue } from './loadCatalogue';

/**
 * The real course codes nearest to one that does not exist ("IS09" → IS05, IS04, IS03): same letters first,
 * then by how far the number is; at most `count`.
 */
export function nearestCodes(catalogue: Catalogue, code: string, count = 3): string[] {
  const [, letters = '', digits = ''] = /^([A-Z-]+?)-?(\d*)$/i.exec(code.trim().toUpperCase()) ?? [];
  const wanted = Number(digits || 0);
  const scored = catalogue.courses.map((course) => {
    const [, courseLetters = '', courseDigits = ''] = /^([A-Z-]+?)-?(\d*)$/.exec(course.code) ?? [];
    const sameLetters = courseLetters === letters;
    return {
      code: course.code,
      score: (sameLetters ? 0 : 1000) + Math.abs(Number(courseDigits || 0) - wanted),
    };
  });
  const close = scored.filter((entry) => entry.score < 1000);
  return (close.length ? close : scored)
    .sort((a, b) => a.score - b.score || a.code.localeCompare(b.code))
    .slice(0, count)
    .map((entry) => entry.code);
}
