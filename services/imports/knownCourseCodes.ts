import type { Catalogue } from '../catalogue/loadCatalogue';

/** The course codes imports accept: every course in the catalogue in force (contracts.md §3 by default). */
export function knownCourseCodes(catalogue: Catalogue): ReadonlySet<string> {
  return new Set(catalogue.courses.map((course) => course.code));
}
