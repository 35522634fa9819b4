import type { BookingMode, Catalogue, CourseAudience, Delivery, Duration } from './catalogueSchema';
import { deliveryLabel, findCourse, followsLabel } from './courseLookup';
import { AUDIENCE_LABELS, type Audience } from './vocabulary';

// View data for "what is X / how long is it / who is it for / what comes before" (module_info).

export interface ModuleAudience {
  audience: Audience | 'all';
  label: string;
  optional: boolean;
  /** Only for nominated ContactPoint users. */
  contactPointUsersOnly: boolean;
}

export interface ModuleDescription {
  code: string;
  title: string;
  strand: string;
  summary: string;
  /** Set when the question named a part of a course (CP03 is taught within CP). */
  part?: { code: string; title: string };
  duration: Duration;
  /** "5 hours (2 x 2.5 hours)". */
  durationLabel: string;
  delivery: Delivery[];
  /** "Classroom, presentation or self-study"; empty when the source defines none. */
  deliveryLabel: string;
  booking: BookingMode;
  /** Who it is for, in words. */
  audienceNote: string;
  audiences: ModuleAudience[];
  before: {
    /** Each inner list is one way in; all of its codes are needed. Empty: nothing first. */
    ways: { code: string; title: string }[][];
    /** "IS01 and IS02", "IW02, or IS01 + CAF01 + LP01", or "" when nothing comes first. */
    label: string;
    note?: string;
  };
  /** Short-cuts that can stand in for this module (IW02 for managers' introductions). */
  coveredBy: { code: string; label: string; audiences: Audience[] }[];
  parts: { code: string; title: string }[];
  link?: string;
  /** A completion counts for this many months (safeguarding: 36). */
  validForMonths?: number;
  /** Set when the course is required of everyone it is for, with why. */
  mandatory?: { note: string };
}

/** Describes the course named by `codeOrName` (code, part code, title or alias), or undefined if unknown. */
export function describeModule(catalogue: Catalogue, codeOrName: string): ModuleDescription | undefined {
  const found = findCourse(catalogue, codeOrName);
  if (!found) return undefined;
  const { course, part } = found;
  const titleOf = (code: string) => catalogue.courses.find((c) => c.code === code)?.title ?? code;
  return {
    code: course.code,
    title: course.title,
    strand: course.strand,
    summary: course.summary,
    ...(part ? { part: { code: part.code, title: part.title } } : {}),
    duration: course.duration,
    durationLabel: course.duration.label,
    delivery: course.delivery,
    deliveryLabel: deliveryLabel(course),
    booking: course.booking,
    audienceNote: course.audienceNote,
    audiences: course.audiences.map(describeAudience),
    before: {
      ways: course.follows.map((alt) => alt.map((code) => ({ code, title: titleOf(code) }))),
      label: followsLabel(course.follows),
      ...(course.followsNote ? { note: course.followsNote } : {}),
    },
    coveredBy: catalogue.shortcuts
      .filter((s) => s.replaces.includes(course.code))
      .map((s) => ({ code: s.code, label: s.label, audiences: s.audiences })),
    parts: course.parts.map((p) => ({ code: p.code, title: p.title })),
    ...(course.link ? { link: course.link } : {}),
    ...(course.validForMonths ? { validForMonths: course.validForMonths } : {}),
    ...(course.mandatory ? { mandatory: course.mandatory } : {}),
  };
}

function describeAudience(a: CourseAudience): ModuleAudience {
  return {
    audience: a.audience,
    label: a.audience === 'all' ? 'Everyone' : AUDIENCE_LABELS[a.audience],
    optional: a.optional,
    contactPointUsersOnly: a.when === 'contactPointUser',
  };
}
