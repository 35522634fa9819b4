import { EVERYDAY_WORDS } from './features';
import type { Feature, Intent, TeamView } from './understanding';

/**
 * Word rules that refine an intent the classifier chose: which feature a `not_yet` request asks for, and
 * which part of a `team_status` question is asked for. Hand-written, so they are read at a glance.
 */

// Checked in this order, the first that matches wins: "remind all staff booked on Friday" asks for reminders,
// not an announcement to all staff.
const FEATURE_SIGNALS: [Feature, RegExp][] = [
  [
    'attendance',
    /\b(attendance|attended|the register|a register|registers|^register$|absent|present|no show|did not turn up|turned up|showed up|check in|checked in|checking in|check \w+ in|sign in|signed in|sign \w+ in|tick|roster|roll call|attendees|delegates|delegate list|mark \w+ as|mark (them|him|her|everyone|all|the)|mark|who is on my|who is coming|who is booked on my|who came|record who|completed for|as completed|confirm \w+ (has|have) (completed|attended|passed)|checked (the|their|everyone)|record (it|that|them|him|her))\b/,
  ],
  [
    'reminders',
    /\b(remind|reminder|reminders|chase|chasing|nudge|notify me|notification|notifications|let me know|alert me|alerts?|ping me|text me|send me (a|an)|tell me when|message me when|email me when)\b/,
  ],
  [
    'announcements',
    /\b(announce|announcement|announcements|broadcast|bulletin|newsletter|round robin|all staff|message (everyone|all|the)|email (everyone|all|the)|tell (everyone|all)|notify (every|all|everyone)|post (a|an|to|in)|notice|let (all|everyone|every|them)\b[\w ]*\bknow|send (a|an) (message|email) to|send out|send (everyone|it to everyone|to everyone|to all|it to all)|share an update|update (everyone|all))\b/,
  ],
];

/**
 * What a `not_yet` message asks the bot to do, from its normalised words; undefined when it names none of
 * them ("register my car", "put the kettle on"), which is then not a request the bot knows at all.
 */
export function featureOf(tokens: readonly string[]): Feature | undefined {
  const text = tokens.join(' ');
  for (const [feature, signal] of FEATURE_SIGNALS) if (signal.test(text)) return feature;
  return undefined;
}

// Words of a team question about those who cannot go yet.
const BLOCKED =
  /\b(blocked|blocking|block|blocks|stuck|held up|holding|hold up|hold ups|can not go|cannot go|not ready|not eligible|not allowed|expired|expiring|expire|expires|lapsed|run out|runs out|out of date|missing|lacking|prerequisites?|prereqs?|barred|outstanding checks|held back|waiting (on|for) (a|an|their|the)? ?(crb|ecrb|checks?|prerequisites?|competence|id)|competence|can not (book|do|go|attend|get)|stopped|stopping|problems?|issues?)\b/;

// Words of a coordinator's question about the people whose self-declared details wait for confirming.
const UNCONFIRMED =
  /\b(unconfirmed|to be confirmed|(waiting|wait|awaiting) (for )?(confirmation|confirming|to be confirmed|approval of (their )?details)|self declared|declared themselves|signed (up|themselves up) themselves|signed up on their own)\b/;

/**
 * The part of a `team_status` question: those blocked ("who is blocked?", "anyone stuck?"), the people waiting
 * to be confirmed, or the asker's own team ("my team"); undefined for all of it.
 */
export function teamViewOf(tokens: readonly string[]): TeamView | undefined {
  const text = tokens.join(' ');
  if (BLOCKED.test(text)) return 'blocked';
  if (UNCONFIRMED.test(text)) return 'waiting';
  return TEAM.test(text) ? 'team' : undefined;
}

// The asker's team or staff ("my team", "my staff", "anyone in my service", "of mine").
const TEAM =
  /\b((my|our) (team|teams|staff|workers|reports|direct reports|people|lot|service|practitioners|social workers|colleagues|employees)|of mine|(anyone|everyone|who|someone) in (my|our))\b/;

/** Whether a question is about the asker's team or staff rather than one person. */
export function asksAboutTeam(tokens: readonly string[]): boolean {
  return TEAM.test(tokens.join(' '));
}

// Everyday things a request may name: the concept lexicon's, and a few that cannot be concept words because a
// training word stems to them ("training" → "train").
const EVERYDAY = new Set([
  ...EVERYDAY_WORDS,
  'train',
  'trains',
  'coach',
  'boardroom',
  'parking',
  'membership',
  'email',
  'emails',
]);
// What a booking, nominating, approving, publishing or attendance request acts on in the training domain.
const TRAINING_OBJECT =
  /\b(sessions?|courses?|training|trainers?|modules?|places?|seats?|spots?|slots?|bookings?|booked|nominations?|classe?s?|workshops?|dates?|registers?|attendance|attended|absent|present|completed|passed|delegates?|attendees?|modref|routeref|contactpoint|e learning|elearning)\b/;

/**
 * Whether a request names an everyday thing and nothing of training ("book me a train to London", "cancel my gym
 * membership", "check in for my flight"): the verb alone does not make it a request the bot knows.
 */
export function asksOutsideTraining(tokens: readonly string[]): boolean {
  return tokens.some((token) => EVERYDAY.has(token)) && !TRAINING_OBJECT.test(tokens.join(' '));
}

// Someone other than the asker, besides a name: "him", "my new starter", "two of my staff".
const SOMEONE_ELSE =
  /\b(personref|him|her|them|someone|somebody|anyone|everyone|staff|colleagues?|starters?|deputy|members?|workers?|people|team|teams|service|practitioners?|officers?|reports?)\b/;
// The asker as the one to be booked or whose place changes: "book me", "my place", "myself".
const ASKER = /\b(me|my|myself)\b/;

// A manager's answer to a nomination or a booking request.
const ANSWER =
  /\b(approve|approved|approving|decline|declined|reject|rejected|refuse|authorise|authorize|turn down|sign off|say (yes|no)|agree to)\b/;
// Cancelling, moving or changing a booking or a session.
const CHANGE =
  /\b(cancel|cancelled|move|moved|change|swap|switch|rearrange|reschedule|withdraw|postpone|defer|drop|remove|unbook|rebook|relocate|call off|take [\w ]{0,30}(off|down)|pull out)\b/;
// A session (or a course's dates) as a thing in itself: "the Tuesday session", "tomorrow's IS02".
const A_SESSION =
  /\b(the|this|that|a|an|all|\w+s)( \w+)?( \w+)? (sessions?|courses?|dates?|modref|routeref)\b/;
// Putting on or changing what is offered.
const OFFER =
  /\b(publish|unpublish|add|create|schedule|set up|put on|put up|offer|increase|reduce|lower|extend|upload|make [\w ]{0,20}(live|available|visible))\b/;
// Asking for a place on a course, for oneself or for someone else.
const BOOK =
  /\b(book|booked|booking|reserve|enrol|enroll|register|sign [\w ]{0,15}up|put [\w ]{0,20}(down|on|forward|through|in)|get [\w ]{0,15}(place|booked)|send|release|nominate)\b/;

/**
 * Which of the booking requests a message makes, when the classifier chose one of them: answering a nomination
 * is `approvals`; booking someone else `nominate` but only oneself `find_session`; changing one's own place
 * `my_bookings` but changing a session `manage_sessions`; putting on a session `manage_sessions`.
 */
export function bookingRequestOf(intent: Intent, tokens: readonly string[]): Intent {
  const text = tokens.join(' ');
  const own = ASKER.test(text);
  const others = SOMEONE_ELSE.test(text);
  if (intent === 'nominate' && ANSWER.test(text)) return 'approvals';
  if (intent === 'nominate' && own && !others) return 'find_session';
  if (intent === 'my_bookings' && CHANGE.test(text) && !own && A_SESSION.test(text)) return 'manage_sessions';
  if (intent === 'manage_sessions' && CHANGE.test(text) && own && !others) return 'my_bookings';
  if (intent === 'find_session' && OFFER.test(text) && !own) return 'manage_sessions';
  if (intent === 'find_session' && BOOK.test(text) && others) return 'nominate';
  return intent;
}
