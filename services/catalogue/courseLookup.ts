import type { Catalogue, Course, CoursePart } from './catalogueSchema';
import { DELIVERY_LABELS } from './catalogueSchema';

/** The course with this code (any case), or undefined. */
export function courseByCode(catalogue: Catalogue, code: string): Course | undefined {
  const wanted = code.trim().toUpperCase();
  return catalogue.courses.find((c) => c.code === wanted);
}

/** Like `courseByCode`, for codes a validated catalogue guarantees. */
export function requireCourse(catalogue: Catalogue, code: string): Course {
  const course = courseByCode(catalogue, code);
  if (!course) throw new Error(`Course ${code} is not in the catalogue "${catalogue.name}"`);
  return course;
}

export interface FoundCourse {
  course: Course;
  /** Set when the text named a part of the course (CP03 -> CP, part CP03). */
  part?: CoursePart;
}

function loose(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Finds a course from what someone typed: a code (`is02`, `CP03`), a title or an alias
 * ("information sharing in practice"). Exact matches only; fuzzy matching belongs to the intent module.
 */
export function findCourse(catalogue: Catalogue, text: string): FoundCourse | undefined {
  const wanted = loose(text);
  if (!wanted) return undefined;
  const compact = wanted.replace(/ /g, '');
  for (const course of catalogue.courses) {
    if (loose(course.code).replace(/ /g, '') === compact) return { course };
    for (const part of course.parts) if (part.code.toLowerCase() === compact) return { course, part };
  }
  for (const course of catalogue.courses) {
    if ([course.title, ...course.aliases].some((name) => loose(name) === wanted)) return { course };
    for (const part of course.parts) {
      if ([part.title, ...part.aliases].some((name) => loose(name) === wanted)) return { course, part };
    }
  }
  return undefined;
}

/**
 * "IS01 and IS02" for one way in; "IW02, or IS01 + CAF01 + LP01" when there are alternatives;
 * "any of IS-EL, IS01, IS02" when every alternative is a single code.
 */
export function followsLabel(follows: readonly (readonly string[])[]): string {
  if (follows.length === 0) return '';
  if (follows.length === 1) return andList(follows[0] ?? []);
  if (follows.every((alt) => alt.length === 1)) return `any of ${follows.map((alt) => alt[0]).join(', ')}`;
  return follows.map((alt) => alt.join(' + ')).join(', or ');
}

export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "Classroom, presentation or self-study". */
export function deliveryLabel(course: Course): string {
  if (course.delivery.length === 0) return '';
  const words = course.delivery.map((d) => DELIVERY_LABELS[d]);
  const text =
    words.length === 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every code that counts as this one when completed: itself and the courses that also complete it (CP -> ISI01). */
export function codesCompleting(catalogue: Catalogue, code: string): string[] {
  return [code, ...catalogue.courses.filter((c) => c.alsoCompletes.includes(code)).map((c) => c.code)];
}
