import type { Feature } from './understanding';

/**
 * Word rules that refine an intent the classifier chose: which feature a `not_yet` request asks for, and
 * whether a `team_status` question asks only for those blocked. Hand-written, so they are read at a glance.
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

/** Whether a `team_status` question asks only for those blocked ("who is blocked?", "anyone stuck?"). */
export function asksForBlocked(tokens: readonly string[]): boolean {
  return BLOCKED.test(tokens.join(' '));
}

// The asker's team or staff ("my team", "my staff", "anyone in my service", "of mine").
const TEAM =
  /\b((my|our) (team|teams|staff|workers|reports|direct reports|people|lot|service|practitioners|social workers|colleagues|employees)|of mine|(anyone|everyone|who|someone) in (my|our))\b/;

/** Whether a question is about the asker's team or staff rather than one person. */
export function asksAboutTeam(tokens: readonly string[]): boolean {
  return TEAM.test(tokens.join(' '));
}
