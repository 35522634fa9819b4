import type { AccessRoute, Audience } from '../catalogue/vocabulary';

/**
 * What a free-text message can ask for. The labelled utterances follow these definitions:
 * - `pathway`: what training do I (myself) need, what's next, do I need module X.
 * - `module_info`: facts about a named module: what it is, how long, who it is for, what comes before.
 * - `contactpoint_info`: what ContactPoint (the IS Index) is, whether I need it, how access works.
 * - `readiness`: am I ready for ContactPoint training; prerequisites, eCRB, IT competence, what blocks me.
 * - `what_to_bring`: what to bring or take to a session.
 * - `find_session`: find dates or book a place.
 * - `my_bookings`: what I have booked, when and where, cancel or move my place.
 * - `team_status`: a manager asks about their own staff's training and blocks.
 * - `fill_rates`: a coordinator asks how full sessions are, take-up, progress against the plan.
 * - `help`, `greeting`, and `fallback` for anything else (or when the classifier is unsure).
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
  'fill_rates',
  'help',
  'greeting',
  'fallback',
] as const;
export type Intent = (typeof INTENTS)[number];

/** The kind of `module_info` question. */
export const MODULE_QUESTIONS = ['what', 'duration', 'audience', 'prerequisites'] as const;
export type ModuleQuestion = (typeof MODULE_QUESTIONS)[number];

export interface Entities {
  /** Catalogue codes, in the order mentioned, without repeats (e.g. `IS02`, `CP`, `IS-EL`). */
  modules: string[];
  accessRoutes: AccessRoute[];
  audiences: Audience[];
  /** The message names ContactPoint (or the IS Index), as a system or as its training. */
  contactPoint: boolean;
  /** Only for `module_info`. */
  moduleQuestion?: ModuleQuestion;
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
}
