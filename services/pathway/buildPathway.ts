import type { DateTime } from 'luxon';
import type { BookingMode, Catalogue, Course, Delivery } from '../catalogue/catalogueSchema';
import { codesCompleting, deliveryLabel, followsLabel, requireCourse } from '../catalogue/courseLookup';
import { type CalendarInput, isoDay, londonDay, windowEnd } from '../catalogue/validityWindow';
import type { Audience } from '../catalogue/vocabulary';
import type { StaffProfile } from '../people/staffProfile';
import { checkReadiness } from '../readiness/checkReadiness';
import { isTaughtWithinAStep } from './pathwaySteps';

// A person's training pathway: the courses their audience's route lists (domain §4 Appendix 1 table, as
// catalogue data), ContactPoint training for nominated users (§5, §10), each with where they stand.

export type PathwayStatus = 'done' | 'booked' | 'next' | 'waiting' | 'optional';

/** Why a course is on this person's pathway. */
export type PathwayReason = 'audience' | 'contactpoint-user' | 'shortcut' | 'needed-first';

export interface PathwayItem {
  code: string;
  title: string;
  strand: string;
  summary: string;
  status: PathwayStatus;
  /** The route lists it as optional (it may still be done or booked). */
  optional: boolean;
  reason: PathwayReason;
  /** For `needed-first`: the courses that wait for it. */
  neededFor?: string[];
  /** `done`: the day it was completed, `YYYY-MM-DD`. */
  completedOn?: string;
  /** `done` through another course: IW02 for a manager's introductions, CP for the IS Index modules. */
  doneVia?: string;
  /** Taught within another course on this pathway (the IS Index modules within ContactPoint training). */
  taughtIn?: string;
  /** `booked`: the session's start. */
  bookedFor?: Date;
  /** `waiting`: the codes still to do first (one way in, when there are alternatives). */
  waitingFor?: string[];
  /** Done before, but no longer counts (safeguarding older than 3 years). */
  lapsed?: { completedOn: string; expiredOn: string };
  /** "IS01 and IS02", "IW02, or IS01 + CAF01 + LP01"; empty when nothing comes first. */
  followsLabel: string;
  followsNote?: string;
  durationLabel: string;
  delivery: Delivery[];
  deliveryLabel: string;
  booking: BookingMode;
  link?: string;
  /** Booking it also needs the prerequisite checks (domain §6): show readiness with it. */
  gatedByReadiness: boolean;
}

export type NextStep =
  | { action: 'find-session'; code: string; title: string; selfStudyToo: boolean; link?: string }
  | { action: 'self-study'; code: string; title: string; link?: string }
  | { action: 'ask-coordinator'; code: string; title: string }
  | { action: 'none'; reason: 'complete' | 'booked' | 'waiting' };

export interface Pathway {
  audience: Audience;
  contactPointUser: boolean;
  items: PathwayItem[];
  nextStep: NextStep;
  counts: Record<PathwayStatus, number>;
  /** The short-cut open to this audience, if any (domain §4: IW02 in place of the four introductions). */
  shortcut?: { label: string; code: string; replaces: string[]; taken: boolean };
}

export interface Booked {
  code: string;
  sessionStart: Date;
}

export interface PathwayOptions {
  bookings?: Booked[];
  /** Now, from the injected clock. */
  today: CalendarInput;
}

interface Entry {
  course: Course;
  optional: boolean;
  reason: PathwayReason;
  neededFor: string[];
}

interface Completion {
  date: string;
  via?: string;
  lapsed?: { completedOn: string; expiredOn: string };
}

/** The ordered pathway for one person. Self-declared profiles are treated like roster ones. */
export function buildPathway(catalogue: Catalogue, profile: StaffProfile, options: PathwayOptions): Pathway {
  const today = londonDay(options.today);
  const shortcuts = catalogue.shortcuts.filter((s) => s.audiences.includes(profile.audience));
  const entries = routeFor(catalogue, profile);

  for (const s of shortcuts) {
    const relevant = s.replaces.some((code) => entries.has(code));
    if (s.offerAsOptional && relevant && !entries.has(s.code)) {
      entries.set(s.code, {
        course: requireCourse(catalogue, s.code),
        optional: true,
        reason: 'shortcut',
        neededFor: [],
      });
    }
  }

  // Asked for the same codes again and again while the route settles below, so each is worked out once.
  const completions = new Map<string, Completion | undefined>();
  const completion = (code: string): Completion | undefined => {
    if (!completions.has(code)) completions.set(code, completionOf(code));
    return completions.get(code);
  };
  const completionOf = (code: string): Completion | undefined => {
    const own = latestValid(catalogue, profile, code, today);
    if (own && !own.lapsed) return own;
    // Domain §4: for managers, IW02 in place of IS01, CAF01, LP01 and ISI01.
    for (const s of shortcuts) {
      if (!s.replaces.includes(code)) continue;
      const via = latestValid(catalogue, profile, s.code, today);
      if (via && !via.lapsed) return { date: via.date, via: s.code };
    }
    return own;
  };
  const isDone = (code: string) => {
    const c = completion(code);
    return c !== undefined && !c.lapsed;
  };

  // The course gated by prerequisites also waits for training a prerequisite names (IS-EL, SG), unless the
  // way in chosen from its "follows" already covers that prerequisite (IS01 meets Information Sharing).
  const gatedCode = catalogue.contactPointCourse;
  const trainingGaps = entries.has(gatedCode)
    ? unmetTrainingPrerequisites(catalogue, profile, options.today)
    : [];
  const unmetFirst = (entry: Entry): string[] => {
    const fromFollows = chooseWay(entry.course.follows, entries, isDone);
    if (entry.course.code !== gatedCode) return fromFollows;
    const fromReadiness = trainingGaps
      .filter((gap) => !gap.metBy.some((code) => fromFollows.includes(code)) && !isDone(gap.remedy))
      .map((gap) => gap.remedy);
    return [...new Set([...fromFollows, ...fromReadiness])];
  };

  // Pull in (or make required) whatever a required course waits for, until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    for (const entry of [...entries.values()]) {
      if (entry.optional || isDone(entry.course.code)) continue;
      for (const code of unmetFirst(entry)) {
        const existing = entries.get(code);
        if (existing && !existing.optional) continue;
        const added: Entry = existing ?? {
          course: requireCourse(catalogue, code),
          optional: false,
          reason: 'needed-first',
          neededFor: [],
        };
        added.optional = false;
        added.neededFor.push(entry.course.code);
        entries.set(code, added);
        changed = true;
      }
    }
  }

  const bookings = new Map<string, Date>();
  for (const b of options.bookings ?? []) {
    const code = b.code.toUpperCase();
    const earlier = bookings.get(code);
    if (!earlier || b.sessionStart < earlier) bookings.set(code, b.sessionStart);
  }

  const items = orderEntries(
    catalogue,
    entries,
    gatedCode,
    trainingGaps.map((g) => g.remedy),
  ).map((entry): PathwayItem => {
    const course = entry.course;
    const done = completion(course.code);
    const waitingFor = unmetFirst(entry);
    const common = {
      code: course.code,
      title: course.title,
      strand: course.strand,
      summary: course.summary,
      optional: entry.optional,
      reason: entry.reason,
      ...(entry.neededFor.length > 0 ? { neededFor: entry.neededFor } : {}),
      ...(done?.lapsed ? { lapsed: done.lapsed } : {}),
      ...taughtIn(entries, course.code),
      followsLabel: followsLabel(course.follows),
      ...(course.followsNote ? { followsNote: course.followsNote } : {}),
      durationLabel: course.duration.label,
      delivery: course.delivery,
      deliveryLabel: deliveryLabel(course),
      booking: course.booking,
      ...(course.link ? { link: course.link } : {}),
      gatedByReadiness: course.code === gatedCode,
    };
    if (done && !done.lapsed) {
      return {
        ...common,
        status: 'done',
        completedOn: done.date,
        ...(done.via ? { doneVia: done.via } : {}),
      };
    }
    const bookedFor = bookings.get(course.code);
    if (bookedFor) return { ...common, status: 'booked', bookedFor };
    if (entry.optional) return { ...common, status: 'optional' };
    if (waitingFor.length > 0) return { ...common, status: 'waiting', waitingFor };
    return { ...common, status: 'next' };
  });

  const counts: Record<PathwayStatus, number> = { done: 0, booked: 0, next: 0, waiting: 0, optional: 0 };
  for (const item of items) counts[item.status] += 1;
  const shortcut = shortcuts.find((s) => entries.has(s.code));

  return {
    audience: profile.audience,
    contactPointUser: profile.contactPointUser,
    items,
    nextStep: chooseNextStep(items),
    counts,
    ...(shortcut
      ? {
          shortcut: {
            label: shortcut.label,
            code: shortcut.code,
            replaces: shortcut.replaces,
            taken: isDone(shortcut.code),
          },
        }
      : {}),
  };
}

function taughtIn(entries: Map<string, Entry>, code: string): { taughtIn?: string } {
  const within = [...entries.values()].find((e) => e.course.alsoCompletes.includes(code));
  return within ? { taughtIn: within.course.code } : {};
}

/** Training prerequisites (domain §6) this person does not meet today, with the course that puts each right. */
function unmetTrainingPrerequisites(
  catalogue: Catalogue,
  profile: StaffProfile,
  today: CalendarInput,
): { remedy: string; metBy: string[] }[] {
  const checks = checkReadiness(catalogue, profile, undefined, { today }).checks;
  return catalogue.prerequisites.flatMap((p) => {
    if (p.kind !== 'training' || !p.remedy) return [];
    const check = checks.find((c) => c.id === p.id);
    return check && check.status !== 'met' ? [{ remedy: p.remedy, metBy: p.metBy }] : [];
  });
}

/** The courses whose audiences include this person's (required wins over optional when both match). */
function routeFor(catalogue: Catalogue, profile: StaffProfile): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const course of catalogue.courses) {
    for (const a of course.audiences) {
      if (a.audience !== 'all' && a.audience !== profile.audience) continue;
      if (a.when === 'contactPointUser' && !profile.contactPointUser) continue;
      const reason: PathwayReason = a.when === 'contactPointUser' ? 'contactpoint-user' : 'audience';
      const existing = entries.get(course.code);
      if (!existing || (existing.optional && !a.optional)) {
        entries.set(course.code, { course, optional: a.optional, reason, neededFor: [] });
      }
    }
  }
  return entries;
}

/** The latest completion of `code` (or a course that also completes it), marked lapsed if out of its window. */
function latestValid(
  catalogue: Catalogue,
  profile: StaffProfile,
  code: string,
  today: DateTime,
): Completion | undefined {
  const counting = codesCompleting(catalogue, code);
  let best: Completion | undefined;
  for (const done of profile.completed) {
    const doneCode = done.code.toUpperCase();
    if (!counting.includes(doneCode) || (best && best.date >= done.date)) continue;
    best = { date: done.date, ...(doneCode !== code ? { via: doneCode } : {}) };
  }
  const months = requireCourse(catalogue, code).validForMonths;
  if (best && months !== undefined) {
    const expires = windowEnd(best.date, months);
    // Safeguarding and the like count only within their window (domain §10: refresher after 3 years).
    if (today >= expires) best = { ...best, lapsed: { completedOn: best.date, expiredOn: isoDay(expires) } };
  }
  return best;
}

/**
 * What is still to do before a course, as one way in: the alternative whose codes are all required on
 * this route first, then the one with least left to do, then the catalogue's order. Empty when met.
 */
function chooseWay(
  follows: readonly (readonly string[])[],
  entries: Map<string, Entry>,
  isDone: (code: string) => boolean,
): string[] {
  if (follows.length === 0) return [];
  const ways = follows.map((alt, index) => ({
    index,
    unmet: alt.filter((code) => !isDone(code)),
    onRoute: alt.every((code) => entries.get(code)?.optional === false),
  }));
  if (ways.some((w) => w.unmet.length === 0)) return [];
  ways.sort(
    (a, b) => Number(b.onRoute) - Number(a.onRoute) || a.unmet.length - b.unmet.length || a.index - b.index,
  );
  return ways[0]?.unmet ?? [];
}

/** Earlier courses first ("designed to follow", every alternative), then the catalogue's order. */
function orderEntries(
  catalogue: Catalogue,
  entries: Map<string, Entry>,
  gatedCode: string,
  readinessRemedies: readonly string[],
): Entry[] {
  const position = new Map(catalogue.courses.map((c, i) => [c.code, i]));
  const before = new Map<string, Set<string>>();
  for (const [code, entry] of entries) {
    const earlier = entry.course.follows.flat();
    if (code === gatedCode) earlier.push(...readinessRemedies);
    before.set(code, new Set(earlier.filter((c) => entries.has(c) && c !== code)));
  }
  const ordered: Entry[] = [];
  const placed = new Set<string>();
  const byCatalogue = [...entries.values()].sort(
    (a, b) => (position.get(a.course.code) ?? 0) - (position.get(b.course.code) ?? 0),
  );
  while (ordered.length < byCatalogue.length) {
    const ready =
      byCatalogue.find(
        (e) =>
          !placed.has(e.course.code) && [...(before.get(e.course.code) ?? [])].every((c) => placed.has(c)),
      ) ?? byCatalogue.find((e) => !placed.has(e.course.code)); // a cycle (unvalidated data): keep going
    if (!ready) break;
    ordered.push(ready);
    placed.add(ready.course.code);
  }
  return ordered;
}

/**
 * "Find a session" for the first course that can be taken now; self-study if that is how it is done. Never a
 * module taught within a course still to do (ISI01 within ContactPoint training): that course is the step.
 */
function chooseNextStep(items: readonly PathwayItem[]): NextStep {
  const next = items.filter((i) => i.status === 'next' && !isTaughtWithinAStep(i, items));
  const takeable = next.find((i) => i.booking !== 'arranged-separately');
  if (takeable) {
    const link = takeable.link ? { link: takeable.link } : {};
    if (takeable.booking === 'self-study') {
      return { action: 'self-study', code: takeable.code, title: takeable.title, ...link };
    }
    return {
      action: 'find-session',
      code: takeable.code,
      title: takeable.title,
      selfStudyToo: takeable.booking === 'either',
      ...link,
    };
  }
  const elsewhere = next[0];
  if (elsewhere) return { action: 'ask-coordinator', code: elsewhere.code, title: elsewhere.title };
  const required = items.filter((i) => !i.optional || i.status === 'booked');
  if (required.every((i) => i.status === 'done')) return { action: 'none', reason: 'complete' };
  if (required.some((i) => i.status === 'booked')) return { action: 'none', reason: 'booked' };
  return { action: 'none', reason: 'waiting' };
}
