import type { DateTime } from 'luxon';
import type {
  ActionTemplate,
  Catalogue,
  ConfirmationPrerequisite,
  EcrbPrerequisite,
  OrganisationPrerequisite,
  Prerequisite,
  TrainingPrerequisite,
  Who,
} from '../catalogue/catalogueSchema';
import { codesCompleting, courseByCode } from '../catalogue/courseLookup';
import {
  type CalendarInput,
  isoDay,
  londonDay,
  ukDay,
  windowEnd,
  windowLabel,
} from '../catalogue/validityWindow';
import type { Organisation } from '../people/organisation';
import type { StaffProfile } from '../people/staffProfile';

// Readiness for ContactPoint training: every prerequisite in the catalogue (domain §6) evaluated for one
// person. The checks, their windows and their wording are data; this file only knows the kinds of check.

export type CheckStatus = 'met' | 'missing' | 'expired' | 'expires-before-session' | 'awaiting-confirmation';

export interface NextAction {
  text: string;
  who: Who;
  link?: string;
}

export interface ReadinessCheck {
  id: string;
  label: string;
  /** The rule in words, e.g. "... issued less than 3 years before the session date". */
  rule: string;
  status: CheckStatus;
  /** What the record shows, e.g. "Issued 12/03/2023, expired 12/03/2026". */
  detail: string;
  evidencedBy: Who;
  /** For anything not met: what to do and who does it. */
  nextAction?: NextAction;
  /** Met, but runs out soon (within the check's warning days of the reference date). */
  warning?: string;
  /** For training checks: the course that puts it right (IS-EL, SG). */
  remedy?: string;
  /** The dates behind the detail, `YYYY-MM-DD`, for cards that format their own. */
  dates?: { issued?: string; completed?: string; expires?: string };
}

export interface Readiness {
  /** The course these checks gate (catalogue `contactPointCourse`). */
  course: string;
  /** Every applicable check is met. */
  ready: boolean;
  checks: ReadinessCheck[];
  /** `YYYY-MM-DD` in London. */
  today: string;
  sessionDate?: string;
}

export interface ReadinessOptions {
  /** Now (from the injected clock); its London calendar day is "today". */
  today: CalendarInput;
  /** The chosen session's start (or its day); dated checks are measured against it (domain §6). */
  sessionDate?: CalendarInput;
}

interface Context {
  catalogue: Catalogue;
  profile: StaffProfile;
  today: DateTime;
  sessionDate?: DateTime;
}

/**
 * Evaluates each applicable prerequisite for `profile`. `organisation` is the employer's record, or
 * undefined when the organisation is not on the coordinator's list (e.g. a self-declared one).
 */
export function checkReadiness(
  catalogue: Catalogue,
  profile: StaffProfile,
  organisation: Organisation | undefined,
  options: ReadinessOptions,
): Readiness {
  const ctx: Context = {
    catalogue,
    profile,
    today: londonDay(options.today),
    sessionDate: options.sessionDate === undefined ? undefined : londonDay(options.sessionDate),
  };
  const checks = catalogue.prerequisites
    .filter((p) => p.applies)
    .map((p) => evaluatePrerequisite(ctx, p, organisation));
  return {
    course: catalogue.contactPointCourse,
    ready: checks.every((c) => c.status === 'met'),
    checks,
    today: isoDay(ctx.today),
    ...(ctx.sessionDate ? { sessionDate: isoDay(ctx.sessionDate) } : {}),
  };
}

function evaluatePrerequisite(
  ctx: Context,
  p: Prerequisite,
  organisation: Organisation | undefined,
): ReadinessCheck {
  switch (p.kind) {
    case 'ecrb':
      return checkEcrb(ctx, p);
    case 'confirmation':
      return checkConfirmation(ctx, p);
    case 'training':
      return checkTraining(ctx, p);
    case 'organisation-accreditation':
      return checkOrganisation(ctx, p, organisation);
  }
}

type Values = Partial<Record<string, string>>;

function fill(template: string, values: Values): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function action(template: ActionTemplate, values: Values, link?: string): NextAction {
  return { text: fill(template.text, values), who: template.who, ...(link ? { link } : {}) };
}

function base(
  p: Prerequisite,
  values: Values,
): Pick<ReadinessCheck, 'id' | 'label' | 'rule' | 'evidencedBy'> {
  return { id: p.id, label: p.label, rule: fill(p.rule, values), evidencedBy: p.evidencedBy };
}

type WindowResult =
  | { status: 'met'; expires: DateTime; warn: boolean }
  | { status: 'expired' | 'expires-before-session'; expires: DateTime };

/**
 * Something started on `from` and valid for `months`: measured on the session date when one is in view
 * (and the rule says so), else today. Valid today but not on the session date is its own outcome.
 */
function measureWindow(
  ctx: Context,
  from: string,
  rule: { windowMonths: number; measuredAgainst: 'session-date' | 'today'; warnWithinDays: number },
): WindowResult {
  const expires = windowEnd(from, rule.windowMonths);
  const session = rule.measuredAgainst === 'session-date' ? ctx.sessionDate : undefined;
  const reference = session ?? ctx.today;
  if (reference < expires) {
    return { status: 'met', expires, warn: expires <= reference.plus({ days: rule.warnWithinDays }) };
  }
  if (session && ctx.today < expires) return { status: 'expires-before-session', expires };
  return { status: 'expired', expires };
}

function dateValues(ctx: Context, windowMonths: number | undefined): Values {
  return {
    ...(windowMonths ? { window: windowLabel(windowMonths) } : {}),
    ...(ctx.sessionDate ? { sessionDate: ukDay(ctx.sessionDate) } : {}),
  };
}

// eCRB issued less than the window before the session date; re-checked at the session (domain §6).
function checkEcrb(ctx: Context, p: EcrbPrerequisite): ReadinessCheck {
  const values = dateValues(ctx, p.windowMonths);
  const issued = ctx.profile.ecrbIssued;
  if (!issued) {
    return {
      ...base(p, values),
      status: 'missing',
      detail: 'No issue date recorded',
      nextAction: action(p.actions.missing, values),
    };
  }
  const result = measureWindow(ctx, issued, p);
  const all: Values = { ...values, issued: ukDay(issued), expires: ukDay(result.expires) };
  const dates = { issued, expires: isoDay(result.expires) };
  if (result.status === 'met') {
    return {
      ...base(p, all),
      status: 'met',
      detail: `Issued ${all.issued}, valid until ${ukDay(result.expires.minus({ days: 1 }))}`,
      dates,
      ...(result.warn ? { warning: fill(p.actions.warning, all) } : {}),
    };
  }
  return {
    ...base(p, all),
    status: result.status,
    detail:
      result.status === 'expired'
        ? `Issued ${all.issued}, expired ${all.expires}`
        : `Issued ${all.issued}, expires ${all.expires}, before the session on ${all.sessionDate}`,
    dates,
    nextAction: action(p.actions[result.status], all),
  };
}

// IT competence (line manager) and identity check (manager or coordinator) are confirmations (domain §6).
function checkConfirmation(ctx: Context, p: ConfirmationPrerequisite): ReadinessCheck {
  if (ctx.profile[p.field]) return { ...base(p, {}), status: 'met', detail: 'Confirmed' };
  return {
    ...base(p, {}),
    status: 'awaiting-confirmation',
    detail: 'Not confirmed yet',
    nextAction: action(p.actions['awaiting-confirmation'], {}),
  };
}

/** The most recent completion of any of `codes` (counting courses that also complete them), or undefined. */
function latestCompletion(
  ctx: Context,
  codes: readonly string[],
): { code: string; date: string } | undefined {
  const counting = new Map<string, string>();
  for (const code of codes) for (const c of codesCompleting(ctx.catalogue, code)) counting.set(c, code);
  let latest: { code: string; date: string } | undefined;
  for (const done of ctx.profile.completed) {
    const code = done.code.toUpperCase();
    if (!counting.has(code)) continue;
    if (!latest || done.date > latest.date) latest = { code, date: done.date };
  }
  return latest;
}

// Information Sharing training, or the e-learning if none; safeguarding within 3 years (domain §6).
// Only the person's own records count here: the managers' IW02 short-cut shortens a route, it is not
// one of the codes that meet the Information Sharing prerequisite (contracts §3).
function checkTraining(ctx: Context, p: TrainingPrerequisite): ReadinessCheck {
  const remedy = p.remedy ? courseByCode(ctx.catalogue, p.remedy) : undefined;
  const values: Values = {
    ...dateValues(ctx, p.windowMonths),
    ...(remedy ? { remedyCode: remedy.code, remedyTitle: remedy.title, link: remedy.link ?? '' } : {}),
  };
  const remedyFields = remedy ? { remedy: remedy.code } : {};
  const latest = latestCompletion(ctx, p.metBy);
  if (!latest) {
    return {
      ...base(p, values),
      status: 'missing',
      detail: 'None recorded',
      nextAction: action(p.actions.missing, values, remedy?.link),
      ...remedyFields,
    };
  }
  const completed = `${latest.code} completed ${ukDay(latest.date)}`;
  if (p.windowMonths === undefined) {
    return { ...base(p, values), status: 'met', detail: completed, dates: { completed: latest.date } };
  }
  const result = measureWindow(ctx, latest.date, { ...p, windowMonths: p.windowMonths });
  const all: Values = { ...values, lastDone: ukDay(latest.date), expires: ukDay(result.expires) };
  const dates = { completed: latest.date, expires: isoDay(result.expires) };
  if (result.status === 'met') {
    return {
      ...base(p, all),
      status: 'met',
      detail: `${completed}, valid until ${ukDay(result.expires.minus({ days: 1 }))}`,
      dates,
      ...(result.warn && p.actions.warning ? { warning: fill(p.actions.warning, all) } : {}),
    };
  }
  const template = p.actions[result.status] ?? p.actions.missing;
  return {
    ...base(p, all),
    status: result.status,
    detail:
      result.status === 'expired'
        ? `${completed}, out of date since ${all.expires}`
        : `${completed}, out of date from ${all.expires}, before the session on ${all.sessionDate}`,
    dates,
    nextAction: action(template, all, remedy?.link),
    ...remedyFields,
  };
}

// The employer has met the ContactPoint accreditation requirements; the coordinator knows (domain §6, city).
function checkOrganisation(
  ctx: Context,
  p: OrganisationPrerequisite,
  organisation: Organisation | undefined,
): ReadinessCheck {
  const name = organisation?.name ?? ctx.profile.organisation;
  const values = { organisation: name || 'Your organisation' };
  if (!organisation) {
    return {
      ...base(p, values),
      status: 'awaiting-confirmation',
      detail: `${values.organisation} is not on the list of organisations`,
      nextAction: action(p.actions['awaiting-confirmation'], values),
    };
  }
  if (!organisation.accredited) {
    return {
      ...base(p, values),
      status: 'missing',
      detail: `${name} is not accredited yet`,
      nextAction: action(p.actions.missing, values),
    };
  }
  return { ...base(p, values), status: 'met', detail: `${name} is accredited` };
}
