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
import { type CalendarInput, isoDay, londonDay, windowEnd, windowLabel } from '../catalogue/validityWindow';
import type { Organisation } from '../people/organisation';
import type { StaffProfile } from '../people/staffProfile';
import { type DatedText, type Day, fillTemplate } from '../shared/datedText';

// Readiness for ContactPoint training: every prerequisite in the catalogue (domain §6) evaluated for one
// person. The checks, their windows and their wording are data; this file only knows the kinds of check.
// Dates stay data inside the words (DatedText): the card shows them, as it shows every other date.

export type CheckStatus = 'met' | 'missing' | 'expired' | 'expires-before-session' | 'awaiting-confirmation';

export interface NextAction {
  text: DatedText;
  who: Who;
  link?: string;
}

export interface ReadinessCheck {
  id: string;
  label: string;
  /** The rule in words, e.g. "... issued less than 3 years before the session date". */
  rule: DatedText;
  status: CheckStatus;
  /** What the record shows, e.g. "Issued {12 Mar 2023}, expired {12 Mar 2026}". */
  detail: DatedText;
  evidencedBy: Who;
  /** For anything not met: what to do and who does it. */
  nextAction?: NextAction;
  /** Met, but runs out soon (within the check's warning days of the reference date). */
  warning?: DatedText;
  /** For training checks: the course that puts it right (IS-EL, SG). */
  remedy?: string;
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

type Values = Partial<Record<string, string | Day>>;

const day = (date: DateTime): Day => ({ day: isoDay(date) });

function action(template: ActionTemplate, values: Values, link?: string): NextAction {
  return { text: fillTemplate(template.text, values), who: template.who, ...(link ? { link } : {}) };
}

function base(
  p: Prerequisite,
  values: Values,
): Pick<ReadinessCheck, 'id' | 'label' | 'rule' | 'evidencedBy'> {
  return { id: p.id, label: p.label, rule: fillTemplate(p.rule, values), evidencedBy: p.evidencedBy };
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
    ...(ctx.sessionDate ? { sessionDate: day(ctx.sessionDate) } : {}),
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
      detail: ['No issue date recorded'],
      nextAction: action(p.actions.missing, values),
    };
  }
  const result = measureWindow(ctx, issued, p);
  const all: Values = {
    ...values,
    issued: day(londonDay(issued)),
    expires: day(result.expires),
    validUntil: day(result.expires.minus({ days: 1 })),
  };
  if (result.status === 'met') {
    return {
      ...base(p, all),
      status: 'met',
      detail: fillTemplate('Issued {issued}, valid until {validUntil}', all),
      ...(result.warn ? { warning: fillTemplate(p.actions.warning, all) } : {}),
    };
  }
  return {
    ...base(p, all),
    status: result.status,
    detail: fillTemplate(
      result.status === 'expired'
        ? 'Issued {issued}, expired {expires}'
        : 'Issued {issued}, expires {expires}, before the session on {sessionDate}',
      all,
    ),
    nextAction: action(p.actions[result.status], all),
  };
}

// IT competence (line manager) and identity check (manager or coordinator) are confirmations (domain §6).
function checkConfirmation(ctx: Context, p: ConfirmationPrerequisite): ReadinessCheck {
  if (ctx.profile[p.field]) return { ...base(p, {}), status: 'met', detail: ['Confirmed'] };
  return {
    ...base(p, {}),
    status: 'awaiting-confirmation',
    detail: ['Not confirmed yet'],
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
      detail: ['None recorded'],
      nextAction: action(p.actions.missing, values, remedy?.link),
      ...remedyFields,
    };
  }
  const done: Values = { ...values, code: latest.code, lastDone: day(londonDay(latest.date)) };
  if (p.windowMonths === undefined) {
    return { ...base(p, values), status: 'met', detail: fillTemplate('{code} completed {lastDone}', done) };
  }
  const result = measureWindow(ctx, latest.date, { ...p, windowMonths: p.windowMonths });
  const all: Values = {
    ...done,
    expires: day(result.expires),
    validUntil: day(result.expires.minus({ days: 1 })),
  };
  if (result.status === 'met') {
    return {
      ...base(p, all),
      status: 'met',
      detail: fillTemplate('{code} completed {lastDone}, valid until {validUntil}', all),
      ...(result.warn && p.actions.warning ? { warning: fillTemplate(p.actions.warning, all) } : {}),
    };
  }
  const template = p.actions[result.status] ?? p.actions.missing;
  return {
    ...base(p, all),
    status: result.status,
    detail: fillTemplate(
      result.status === 'expired'
        ? '{code} completed {lastDone}, out of date since {expires}'
        : '{code} completed {lastDone}, out of date from {expires}, before the session on {sessionDate}',
      all,
    ),
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
      detail: fillTemplate('{organisation} is not on the list of organisations', values),
      nextAction: action(p.actions['awaiting-confirmation'], values),
    };
  }
  if (!organisation.accredited) {
    return {
      ...base(p, values),
      status: 'missing',
      detail: fillTemplate('{organisation} is not accredited yet', { organisation: name }),
      nextAction: action(p.actions.missing, values),
    };
  }
  return {
    ...base(p, values),
    status: 'met',
    detail: fillTemplate('{organisation} is accredited', { organisation: name }),
  };
}
