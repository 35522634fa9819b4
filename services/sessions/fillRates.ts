import type { AccessRoute } from '../catalogue/vocabulary';
import { clampOffset } from '../shared/paging';
import type { Collections } from '../storage/collections';
import type { Session } from './session';

/**
 * What a session's bookings ask of the coordinator: `no-bookings` and `under-filled-soon` want promoting (or
 * merging), `nearly-full` another date soon; `full` is said, not flagged. Take-up is monitored because
 * non-attendance and slippage are expected (domain §7).
 */
export type FillFlag = 'no-bookings' | 'under-filled-soon' | 'nearly-full' | 'full';

export interface SessionFill {
  session: Session;
  fillRatio: number;
  flag?: FillFlag;
  /** Whole days from today until it starts. */
  daysAway: number;
}

export interface FillTotals {
  sessions: number;
  booked: number;
  capacity: number;
}

export interface FillRates {
  /** One page: sessions that need action first (most urgent first), then the rest, soonest first. */
  sessions: SessionFill[];
  /** Over every session in the window, not just this page. */
  totals: FillTotals & { needingAction: number };
  /** Per course, and per access route for courses that have one (ContactPoint, domain §5). */
  byCourse: (FillTotals & { course: string; accessRoute?: AccessRoute })[];
  offset: number;
  days: number;
}

/** The rules' thresholds: defaults a local authority may change. */
export const FILL_RULES = { nearlyFullFrom: 0.85, underFilledBelow: 0.5, soonWithinDays: 14 };
export const FILL_RATES_PAGE_SIZE = 25;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Six weeks of the city pattern is under 60 sessions; this bounds a very busy authority's read. */
const MOST_SESSIONS = 2_000;

// Most urgent first: nobody booked and soon, then under-filled and soon, then nearly full.
const URGENCY: Record<FillFlag, number> = {
  'no-bookings': 0,
  'under-filled-soon': 1,
  'nearly-full': 2,
  full: 9,
};

export function flagOf(
  session: Pick<Session, 'booked' | 'capacity'>,
  daysAway: number,
): FillFlag | undefined {
  const ratio = session.capacity ? session.booked / session.capacity : 0;
  if (ratio >= 1) return 'full';
  if (ratio >= FILL_RULES.nearlyFullFrom) return 'nearly-full';
  if (daysAway > FILL_RULES.soonWithinDays) return undefined;
  if (session.booked === 0) return 'no-bookings';
  if (ratio < FILL_RULES.underFilledBelow) return 'under-filled-soon';
  return undefined;
}

export function needsAction(flag: FillFlag | undefined): boolean {
  return flag !== undefined && flag !== 'full';
}

/** The coming `days` days' sessions with how full each is and what needs doing (coordinators' view). */
export async function fillRates(
  collections: Collections,
  now: Date,
  options: { offset?: number; days?: number } = {},
): Promise<FillRates> {
  const days = options.days ?? 42;
  const sessions = await collections.sessions
    // A cancelled session is kept for the record but has nothing to fill.
    .find({
      start: { $gt: now, $lte: new Date(now.getTime() + days * DAY_MS) },
      cancelled: { $exists: false },
    })
    .sort({ start: 1, _id: 1 })
    .limit(MOST_SESSIONS)
    .toArray();
  const fills = sessions.map((session): SessionFill => {
    const daysAway = Math.floor((session.start.getTime() - now.getTime()) / DAY_MS);
    const flag = flagOf(session, daysAway);
    return {
      session,
      fillRatio: session.capacity ? session.booked / session.capacity : 0,
      daysAway,
      ...(flag ? { flag } : {}),
    };
  });
  const urgent = fills
    .filter((fill) => needsAction(fill.flag))
    .sort((a, b) => URGENCY[a.flag as FillFlag] - URGENCY[b.flag as FillFlag] || a.daysAway - b.daysAway);
  const ordered = [...urgent, ...fills.filter((fill) => !needsAction(fill.flag))];
  const offset = clampOffset(options.offset ?? 0, ordered.length, FILL_RATES_PAGE_SIZE);
  return {
    sessions: ordered.slice(offset, offset + FILL_RATES_PAGE_SIZE),
    totals: { ...sum(sessions), needingAction: urgent.length },
    byCourse: byCourse(sessions),
    offset,
    days,
  };
}

function sum(sessions: Session[]): FillTotals {
  return sessions.reduce(
    (total, session) => ({
      sessions: total.sessions + 1,
      booked: total.booked + session.booked,
      capacity: total.capacity + session.capacity,
    }),
    { sessions: 0, booked: 0, capacity: 0 },
  );
}

function byCourse(sessions: Session[]): FillRates['byCourse'] {
  const groups = new Map<string, Session[]>();
  for (const session of sessions) {
    const key = `${session.course}|${session.accessRoute ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), session]);
  }
  return [...groups.values()]
    .map((group) => {
      const first = group[0] as Session;
      return {
        course: first.course,
        ...(first.accessRoute ? { accessRoute: first.accessRoute } : {}),
        ...sum(group),
      };
    })
    .sort(
      (a, b) => a.course.localeCompare(b.course) || (a.accessRoute ?? '').localeCompare(b.accessRoute ?? ''),
    );
}
