import { z } from 'zod';
import { AccessRoute, Audience, ServiceGroup } from './vocabulary';

// The shape of the training catalogue (catalogue.default.json, or a local authority's own file).
// Everything a rule needs (ordering, routes, windows, wording) is data here, so logic never names a module.

/** `IS02`, `CAF01`, `CP`, `CP-L1`, `IS-EL`: capitals and digits, parts joined by hyphens. */
export const CourseCode = z
  .string()
  .regex(
    /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/,
    'a code is capitals and digits, parts joined by "-" (e.g. IS02, CP-L1)',
  );

/** How a module is delivered (domain §4 "delivery"). */
export const DELIVERY_METHODS = [
  'classroom',
  'presentation',
  'self-study',
  'workshop',
  'discussion',
  'e-learning',
  'face-to-face',
] as const;
export const Delivery = z.enum(DELIVERY_METHODS);
export type Delivery = z.infer<typeof Delivery>;

export const DELIVERY_LABELS: Record<Delivery, string> = {
  classroom: 'classroom',
  presentation: 'presentation',
  'self-study': 'self-study',
  workshop: 'workshop',
  discussion: 'discussion',
  'e-learning': 'e-learning',
  'face-to-face': 'face to face',
};

/**
 * How a person gets a place:
 * - `session`: book a face-to-face session ("Find a session");
 * - `self-study`: do it on your own (e-learning, CD, reading), nothing to book;
 * - `either`: a session or self-study;
 * - `arranged-separately`: not booked through this bot (national courses, modules defined in another strategy).
 */
export const BOOKING_MODES = ['session', 'self-study', 'either', 'arranged-separately'] as const;
export const BookingMode = z.enum(BOOKING_MODES);
export type BookingMode = z.infer<typeof BookingMode>;

/** Who does the next step of a prerequisite (domain §6 "who evidences it"), worded as the person reads it. */
export const WHO = ['you', 'your manager', 'the training coordinator', 'HR'] as const;
export const Who = z.enum(WHO);
export type Who = z.infer<typeof Who>;

/** Conditions under which a course joins a person's route. */
export const ROUTE_CONDITIONS = ['contactPointUser'] as const;
export const RouteCondition = z.enum(ROUTE_CONDITIONS);
export type RouteCondition = z.infer<typeof RouteCondition>;

export const Duration = z
  .object({
    minMinutes: z.number().int().positive().optional(),
    maxMinutes: z.number().int().positive().optional(),
    /** What people read, e.g. "5 hours (2 x 2.5 hours)". */
    label: z.string().min(1),
    /** Delivered (and bookable) in equal parts, e.g. IS02 as 2 x 2.5 hours. */
    parts: z
      .object({ count: z.number().int().min(2), minutesEach: z.number().int().positive() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((d) => d.minMinutes === undefined || d.maxMinutes === undefined || d.maxMinutes >= d.minMinutes, {
    message: 'maxMinutes must not be less than minMinutes',
    path: ['maxMinutes'],
  });
export type Duration = z.infer<typeof Duration>;

/** One audience a course is for. `all` means every audience; `when` limits it to some people. */
export const CourseAudience = z
  .object({
    audience: z.union([Audience, z.literal('all')]),
    optional: z.boolean().default(false),
    when: RouteCondition.optional(),
  })
  .strict();
export type CourseAudience = z.infer<typeof CourseAudience>;

/** A part of a course taught in the same sitting (ContactPoint CP01-CP05). */
export const CoursePart = z
  .object({ code: CourseCode, title: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) })
  .strict();
export type CoursePart = z.infer<typeof CoursePart>;

export const Course = z
  .object({
    code: CourseCode,
    title: z.string().min(1),
    /** Loose names people use ("information sharing in practice"); the intent module matches these. */
    aliases: z.array(z.string().min(1)).default([]),
    /** The strand it belongs to, for grouping ("Information Sharing"). */
    strand: z.string().min(1),
    /** What it is, in one or two plain sentences. */
    summary: z.string().min(1),
    /** Who it is for, in words (may say more than the routes, e.g. "kept separate from ..."). */
    audienceNote: z.string().min(1),
    /** The routes this course is on: a person's pathway is every course listing their audience. */
    audiences: z.array(CourseAudience).default([]),
    duration: Duration,
    delivery: z.array(Delivery).default([]),
    booking: BookingMode,
    /**
     * "Designed to follow": any one inner list will do, and all codes in that list are needed.
     * `[["IW02"], ["IS01", "CAF01", "LP01"]]` reads "IW02, or IS01 + CAF01 + LP01". Empty: nothing first.
     */
    follows: z.array(z.array(CourseCode).min(1)).default([]),
    /** Said alongside `follows`, e.g. "or very experienced". */
    followsNote: z.string().min(1).optional(),
    /** Parts taught together in this course (CP01-CP05). */
    parts: z.array(CoursePart).default([]),
    /** Completing this course also counts as completing these codes (CP covers ISI01-ISI05). */
    alsoCompletes: z.array(CourseCode).default([]),
    /** A completion older than this no longer counts (safeguarding refresher every 3 years). */
    validForMonths: z.number().int().positive().optional(),
    /** Where to do it (e-learning address); local authorities put their own. */
    link: z.url({ protocol: /^https?$/ }).optional(),
    /** What to bring to a session of this course ("what to bring"). */
    bring: z.array(z.string().min(1)).default([]),
    /** Required of everyone it is for, with why ("before anyone may use ContactPoint", domain §5). */
    mandatory: z
      .object({ note: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict();
export type Course = z.infer<typeof Course>;

/** A shorter route some audiences may take (domain §4: IW02 in place of IS01, CAF01, LP01, ISI01 for managers). */
export const Shortcut = z
  .object({
    id: z.string().min(1),
    label: z.string().min(1),
    audiences: z.array(Audience).min(1),
    code: CourseCode,
    replaces: z.array(CourseCode).min(1),
    /** Show the short-cut course as optional to audiences whose route does not already list it. */
    offerAsOptional: z.boolean().default(true),
  })
  .strict();
export type Shortcut = z.infer<typeof Shortcut>;

/** Wording of the next step for one check result; `{placeholders}` are filled in (see README). */
export const ActionTemplate = z.object({ text: z.string().min(1), who: Who }).strict();
export type ActionTemplate = z.infer<typeof ActionTemplate>;

const prerequisiteCommon = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower case words joined by "-"'),
  label: z.string().min(1),
  /** The rule in words, shown with the check. */
  rule: z.string().min(1),
  /** Whether this authority applies the check at all (domain §6: configuration, not code). */
  applies: z.boolean(),
  /** Who evidences it (domain §6). */
  evidencedBy: Who,
};

/** Dated checks measure against the session date when one is in view, else today (domain §6). */
const windowFields = {
  windowMonths: z.number().int().positive(),
  measuredAgainst: z.enum(['session-date', 'today']).default('session-date'),
  /** Still met, with a warning, when it runs out within this many days of the reference date. */
  warnWithinDays: z.number().int().min(0).default(30),
};

/** Enhanced CRB issued less than `windowMonths` before the reference date (domain §6). */
export const EcrbPrerequisite = z
  .object({
    ...prerequisiteCommon,
    kind: z.literal('ecrb'),
    ...windowFields,
    actions: z
      .object({
        missing: ActionTemplate,
        expired: ActionTemplate,
        'expires-before-session': ActionTemplate,
        warning: z.string().min(1),
      })
      .strict(),
  })
  .strict();

/** Something someone else confirms on the person's record (IT competence, identity check). */
export const ConfirmationPrerequisite = z
  .object({
    ...prerequisiteCommon,
    kind: z.literal('confirmation'),
    field: z.enum(['itCompetence', 'identityChecked']),
    actions: z.object({ 'awaiting-confirmation': ActionTemplate }).strict(),
  })
  .strict();

/** Training on the person's record: any of `metBy`, optionally within a window; `remedy` is what to do if none. */
export const TrainingPrerequisite = z
  .object({
    ...prerequisiteCommon,
    kind: z.literal('training'),
    metBy: z.array(CourseCode).min(1),
    remedy: CourseCode.optional(),
    windowMonths: windowFields.windowMonths.optional(),
    measuredAgainst: windowFields.measuredAgainst,
    warnWithinDays: windowFields.warnWithinDays,
    actions: z
      .object({
        missing: ActionTemplate,
        expired: ActionTemplate.optional(),
        'expires-before-session': ActionTemplate.optional(),
        warning: z.string().min(1).optional(),
      })
      .strict(),
  })
  .strict()
  .refine((p) => p.windowMonths === undefined || (p.actions.expired && p.actions['expires-before-session']), {
    message: 'a training check with windowMonths needs actions.expired and actions["expires-before-session"]',
    path: ['actions'],
  });

/** The employing organisation is accredited for ContactPoint (domain §6, city). */
export const OrganisationPrerequisite = z
  .object({
    ...prerequisiteCommon,
    kind: z.literal('organisation-accreditation'),
    actions: z.object({ missing: ActionTemplate, 'awaiting-confirmation': ActionTemplate }).strict(),
  })
  .strict();

export const Prerequisite = z.discriminatedUnion('kind', [
  EcrbPrerequisite,
  ConfirmationPrerequisite,
  TrainingPrerequisite,
  OrganisationPrerequisite,
]);
export type Prerequisite = z.infer<typeof Prerequisite>;
export type EcrbPrerequisite = z.infer<typeof EcrbPrerequisite>;
export type ConfirmationPrerequisite = z.infer<typeof ConfirmationPrerequisite>;
export type TrainingPrerequisite = z.infer<typeof TrainingPrerequisite>;
export type OrganisationPrerequisite = z.infer<typeof OrganisationPrerequisite>;

export const AccessRoutes = z
  .object({
    /** Service group -> the case management system its people reach ContactPoint through (domain §5). */
    byServiceGroup: z.record(ServiceGroup, AccessRoute),
    labels: z.record(AccessRoute, z.string().min(1)),
  })
  .strict();
export type AccessRoutes = z.infer<typeof AccessRoutes>;

export const CatalogueSchema = z
  .object({
    $schema: z.string().optional(),
    /** Whose catalogue this is, e.g. "Default (national outline and city framework)". */
    name: z.string().min(1),
    /** The course that the ContactPoint prerequisites gate (domain §6). */
    contactPointCourse: CourseCode,
    courses: z.array(Course).min(1),
    shortcuts: z.array(Shortcut).default([]),
    accessRoutes: AccessRoutes,
    prerequisites: z.array(Prerequisite).default([]),
  })
  .strict();

/** A validated catalogue. Courses keep the file's order, which is the tie-break for pathway ordering. */
export type Catalogue = z.infer<typeof CatalogueSchema>;
