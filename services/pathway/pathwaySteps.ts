import type { PathwayItem } from './buildPathway';

// How a pathway reads as a list: one step per course, where a module taught within another course on the
// pathway that is still to do (the IS Index modules within ContactPoint training, domain §5) is part of that
// course's step, not a step of its own: it is done by doing that course. The person's pathway card lists these
// steps and their manager's team card counts them, so the two always agree.

export interface PathwayStep {
  item: PathwayItem;
  /** Modules taught within this course and still to do ("includes ISI01, ISI02"). */
  includes: PathwayItem[];
}

/** Still to do, and taught within another course on the pathway that is still to do. */
export function isTaughtWithinAStep(item: PathwayItem, items: readonly PathwayItem[]): boolean {
  if (!item.taughtIn || item.status === 'done') return false;
  const course = items.find((other) => other.code === item.taughtIn);
  // A required module stays a step of its own when the course it is taught in is only optional.
  return course !== undefined && course.status !== 'done' && (!course.optional || item.optional);
}

export function pathwaySteps(items: readonly PathwayItem[]): PathwayStep[] {
  return items
    .filter((item) => !isTaughtWithinAStep(item, items))
    .map((item) => ({
      item,
      includes: items.filter((other) => other.taughtIn === item.code && isTaughtWithinAStep(other, items)),
    }));
}

/** Required: the person's route does not list it as optional (domain §4 Appendix 1, as catalogue data). */
export function isRequired(item: PathwayItem): boolean {
  return !item.optional;
}

/** "7 of 16 required done", counted over the steps people see. */
export function requiredProgress(items: readonly PathwayItem[]): { done: number; total: number } {
  const required = pathwaySteps(items).filter((step) => isRequired(step.item));
  return { done: required.filter((step) => step.item.status === 'done').length, total: required.length };
}
