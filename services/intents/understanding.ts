import type { AccessRoute, Audience } from '../catalogue/vocabulary';

/**
 * What a free-text message can ask for. The labelled utterances follow these definitions:
 * - `pathway`: what training do I (myself) need, what's next, do I need module X.
 * - `module_info`: facts about a named module: what it is, how long, who it is for, what comes before.
 * - `contactpoint_info`: what ContactPoint (the IS Index) is, whether I need it, how access works.
 * - `readiness`: am I ready for ContactPoint training; prerequisites, eCRB, IT competence, what blocks me.
 * - `what_to_bring`: what to bring or take to a session.
 * - `find_session`: find dates for a course (with optional filters: part of day, dates, venue), and asking to
 *   book a place on one ("book me on IS02", "I'd like to book onto IW03", "book ContactPoint training", "book
 *   training"): the session list carries Book buttons. Wanting to go on a course is the same question.
 * - `my_bookings`: what I have booked, when and where, whether it is approved; and cancelling, moving or
 *   changing my own booking ("cancel my booking", "I can't make Monday, can I cancel", "change my booking to
 *   another date"): the list carries Cancel buttons.
 * - `team_status`: a manager asks about their own staff's training and blocks (who still needs a course, who
 *   needs nominating or releasing).
 * - `nominate`: a manager asks to nominate, book or release staff for a course ("nominate Liam for ContactPoint
 *   training", "put Priya on the next CP session", "I want to nominate my team"); the staff named are in
 *   `entities.people`, as for team questions. Booking someone else onto a course is nominating them.
 * - `approvals`: a manager approves or declines nominations and booking requests, or asks which are waiting
 *   ("approve Liam's booking", "decline Nadia's request", "any bookings waiting for my approval?").
 * - `fill_rates`: a coordinator asks how full sessions are, take-up, progress against the plan.
 * - `manage_sessions`: a coordinator publishes, adds, changes or cancels sessions ("publish a new session", "add
 *   a CP session on 12 January", "cancel the session on Friday", "change the venue of Monday's course").
 * - `not_yet`: asks the bot to do something it cannot do yet (`entities.feature` says what): send reminders,
 *   send an announcement, take the register or mark attendance.
 * - `thanks`: thanks or an acknowledgement ("thanks", "ok", "cheers", "great"): a one-line reply.
 * - `help`, `greeting`, and `fallback` for anything else (or when the classifier is unsure).
 *
 * Questions about someone else ("how's Liam getting on?", "is Daniel ready for ContactPoint?", "show me Priya's
 * training") keep their intent (`pathway`, `readiness`, `team_status`) and name the person in `entities.people`:
 * about one person, the intent the person would have asking about themselves (`pathway` for "how's Liam getting
 * on?", `readiness` for "is Daniel ready?"); about the team or several people, `team_status`.
 *
 * A message that opens with a greeting or thanks and then asks something ("hi, what do I need?") is the question.
 */
export const INTENTS = [
  'pathway',
  'module_info',
  'contactpoint_info',
  'readiness',
  'what_to_bring',
  'find_session',
  'my_bookings',
  'team_status',
  'nominate',
  'approvals',
  'fill_rates',
  'manage_sessions',
  'not_yet',
  'thanks',
  'help',
  'greeting',
  'fallback',
] as const;
export type Intent = (typeof INTENTS)[number];

/**
 * The kind of `module_info` question: what it is, how long, who it is for, what comes before, and (mostly for
 * ContactPoint training) whether it is mandatory, how it is delivered (face to face, online, self-study), and
 * where its sessions are held.
 */
export const MODULE_QUESTIONS = [
  'what',
  'duration',
  'audience',
  'prerequisites',
  'mandatory',
  'delivery',
  'location',
] as const;
export type ModuleQuestion = (typeof MODULE_QUESTIONS)[number];

/** What a `not_yet` message asks for (`attendance` also covers a trainer's register and check-in). */
export const FEATURES = ['reminders', 'announcements', 'attendance'] as const;
export type Feature = (typeof FEATURES)[number];

/**
 * A time a person puts on a session search, as said: resolved against today by the session search, so the
 * understander stays pure. `before`/`after` are calendar days (month 1-12), e.g. "before Christmas" is
 * `{ kind: 'before', month: 12, day: 25 }`; "in January" is `{ kind: 'month', month: 1 }`.
 */
export type WhenPhrase =
  | { kind: 'today' | 'tomorrow' | 'this-week' | 'next-week' | 'this-month' | 'next-month' }
  | { kind: 'month'; month: number }
  | { kind: 'before' | 'after'; month: number; day: number };

export const TEAM_VIEWS = ['team', 'waiting', 'blocked'] as const;
export type TeamView = (typeof TEAM_VIEWS)[number];

export const PARTS_OF_DAY = ['morning', 'afternoon'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

export interface Entities {
  /** Catalogue codes, in the order mentioned, without repeats (e.g. `IS02`, `CP`, `IS-EL`). */
  modules: string[];
  accessRoutes: AccessRoute[];
  audiences: Audience[];
  /**
   * The message names ContactPoint (or the IS Index), as a system or as its training, or names an access route
   * (a case management system such as Care First, or the browser): ContactPoint training is taught per route.
   */
  contactPoint: boolean;
  /** Only for `module_info`: the first kind asked. */
  moduleQuestion?: ModuleQuestion;
  /** Only for `module_info`: every kind asked, in order ("what's CAF02 and how long is it?": what, duration). */
  moduleQuestions?: ModuleQuestion[];
  /**
   * Other people the message asks about, as typed ("Liam", "Priya Shah", from "Priya's"); never the asker
   * ("I", "me", "my"). The bot matches them against the asker's team.
   */
  people: string[];
  /**
   * Which part of `team_status` is asked for: the asker's own team ("my team"), the people waiting for a
   * coordinator to confirm their details ("waiting to be confirmed"), or those blocked for ContactPoint training
   * ("who is blocked?"). Absent: all the asker may see.
   */
  teamView?: TeamView;
  /** Only for `not_yet`. */
  feature?: Feature;
  /** `find_session` filters. */
  partOfDay?: PartOfDay;
  when?: WhenPhrase;
  /** A venue as typed ("training room 2" from "in Training Room 2"), matched against session venues. */
  venue?: string;
  /**
   * Codes written like the catalogue's that name no module ("how long is IS09?" gives `IS09`; "caf 4" gives
   * `CAF04`), so the bot can say there is no such module and offer the nearest real ones. `understand()` always
   * sets it (empty when none); optional so an understanding built by hand, for a card button, may leave it out.
   */
  unknownCodes?: string[];
}

export interface Understanding {
  intent: Intent;
  /** Probability the classifier gave its best intent, 0..1 (kept even when that was overruled by fallback). */
  confidence: number;
  entities: Entities;
  /** The best few intents other than fallback, most likely first; a fallback reply suggests from these. */
  alternatives: { intent: Intent; confidence: number }[];
  /** The text as the classifier saw it (typos fixed, entities replaced): for logs and the benchmark. */
  normalised: string;
  /**
   * A compound message's further questions, each understood on its own, answered after this one in order
   * ("how long is IS02 and am I ready for ContactPoint?"). Absent for a single question.
   */
  more?: Understanding[];
}
