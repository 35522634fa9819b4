import type { Feature } from '../services/intents/understanding';
import type { WhatToBring } from '../services/catalogue/whatToBring';
import type { SessionsAnswer } from '../services/sessions/sessionsFor';
import type { Session } from '../services/sessions/session';
import { formatSessionTime } from '../cards/format';

// Every sentence the bot says in chat (rather than on a card), in one place, keyed by the outcome it reports.

export const NOT_A_MANAGER = 'That view is for line managers. Ask "my training" for your own.';
export const NOT_MANAGER_OR_COORDINATOR =
  'That view is for line managers and training coordinators. Ask "my training" for your own.';
/** A coordinator with no reports of their own asking who in their team is blocked. */
export const NO_TEAM_TO_SHOW =
  'Nobody reports to you on the roster, so there is no team to show. Ask "fill rates" for the sessions, or "waiting to be confirmed" for new people.';
export const COORDINATORS_ONLY_FILL_RATES =
  'Fill rates are for training coordinators. Ask "find a session" to see places left.';
export const THANKS = 'You\'re welcome. Ask me anything about your training, or type "help".';
export const ONBOARD_FIRST = "I need a few details about your role first, then I'll answer that.";
export const SESSION_GONE =
  'I can\'t find that session any more: it may have been cancelled. Try "find a session".';
export const NOT_NOMINATED_READINESS =
  "You haven't been nominated to use ContactPoint, so you don't need this training yet. Here is where you would stand:";
export const WHICH_MODULE = 'Which module do you mean? For example: "how long is IS02?" or "what is CAF01?"';

/** What the bot cannot do yet, honestly, with what to do meanwhile. */
export const NOT_YET: Record<Feature, string> = {
  reminders:
    'I can\'t send reminders yet. Ask "what training do I need?" or "am I ready?" whenever you want to check where you stand.',
  announcements:
    "I can't send announcements yet. Until I can, please send them by email or post them in your team's channel.",
  attendance:
    "I can't record attendance yet. Keep the signing-in sheet as usual and send it to the training coordinator.",
};

export function unknownCode(code: string, nearest: string[]): string {
  return `There is no ${code}.${nearest.length ? ` Did you mean ${orList(nearest)}?` : ''} Ask "what training do I need?" to see yours.`;
}

export function venues(course: { code: string; title: string }, venues: string[]): string {
  return venues.length
    ? `${course.code} ${course.title} sessions are held at: ${venues.join('; ')}. Ask "find a ${course.code} session" for dates.`
    : `No ${course.code} sessions are published yet, so there is no venue to tell you. Ask me again later.`;
}

export function contactPointInfo(nominated: boolean | undefined): string {
  const lines = [
    'ContactPoint is the national index of children in England: it shows who else works with a child, so ' +
      'practitioners can get in touch with each other. It holds basic details only, no case information.',
    'You can use it only after the mandatory face-to-face ContactPoint training, and the checks before it ' +
      '(enhanced CRB, IT competence, Information Sharing training, your organisation’s accreditation and an identity check).',
    nominated === true
      ? 'You have been nominated to use ContactPoint, so it is on your pathway. Ask "am I ready?" to see where you stand.'
      : nominated === false
        ? 'You have not been nominated to use ContactPoint. If your role needs it, your manager nominates you.'
        : 'Your manager decides whether your role needs ContactPoint and nominates you.',
  ];
  return lines.join('\n\n');
}

export function whatToBringReply(answer: WhatToBring): string {
  switch (answer.kind) {
    case 'which-course':
      return 'Which training do you mean? For example: "what do I bring to ContactPoint training?"';
    case 'nothing':
      return `${answer.course.code} ${answer.course.title} is ${answer.selfStudy ? 'self-study' : 'not a classroom session'}: there is nothing to bring.`;
    case 'items':
      return `For **${answer.course.code} ${answer.course.title}**, please bring:\n\n${answer.items.map((item) => `- ${item}`).join('\n')}`;
  }
}

/** The session answers that are a sentence rather than a list of sessions. */
export function sessionsReply(answer: Exclude<SessionsAnswer, { kind: 'sessions' }>): string {
  switch (answer.kind) {
    case 'which-course':
      return 'Which training are you looking for? For example: "find a CAF02 session" or "ContactPoint sessions on Care First".';
    case 'self-study':
      return `${answer.course.code} ${answer.course.title} is self-study: there are no sessions to book.${answer.course.link ? ` Start it here: ${answer.course.link}` : ''}`;
    case 'arranged':
      return `${answer.course.code} ${answer.course.title} is not booked through me: ${answer.coordinator ? `${answer.coordinator.name}, the training coordinator,` : 'the training coordinator'} arranges places.`;
  }
}

export function onlyYourTeam(name: string, isManager: boolean): string {
  return isManager
    ? `${name} is not in your team, so I can't show their training. Ask "how is my team doing?" to see who is.`
    : `I can only show your own training: ask about someone else's training to their line manager. Ask "my training" for yours.`;
}

export function whichPerson(name: string, matches: string[]): string {
  return `More than one person in your team is called ${name}: ${orList(matches)}. Ask again with their full name.`;
}

export function fallback(suggestions: string[]): string {
  return `Sorry, I didn't catch that. You could ask:\n\n${suggestions.map((q) => `- "${q}"`).join('\n')}\n\nOr type "help".`;
}

function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

// Booking (issue 13): one line for each way a request can be refused; the card it was pressed on stays.

export const BOOKING_REFUSED = {
  session_not_found: SESSION_GONE,
  session_cancelled: 'That session has been cancelled. Ask "find a session" for other dates.',
  session_started:
    'That session has already started, so it can no longer be booked. Ask "find a session" for later dates.',
  wrong_route:
    'That ContactPoint session is for another case management system: ContactPoint training is taught on the system you will use. Ask "find a session" for yours.',
  wrong_audience: 'That session is for another role. Ask "find a session" for the ones meant for you.',
  booking_not_found: 'I can\'t find that booking any more. Ask "my bookings" to see your places.',
  not_allowed_decide:
    'Only their line manager or a training coordinator can decide on this place. The card is unchanged.',
  not_allowed_cancel:
    'Only the person booked, their line manager or a training coordinator can cancel this place. Nothing changed.',
  not_a_manager_nominate:
    'Nominating staff is for line managers, for the people who report to them on the roster.',
} as const;

export const ONBOARD_BEFORE_BOOKING =
  'I need your training record before I can book you a place. Say "hi" and fill in your details first.';
// A coordinator managing sessions (bot/actions/session*.ts).

export const COORDINATORS_ONLY_SESSIONS =
  'Managing sessions is for training coordinators, so nothing was changed. Ask "find a session" to see dates and places left.';
export const SESSION_NOT_FOUND =
  "I can't find that session: the card may be out of date. Open Manage sessions again to see the sessions as they are now. Nothing was changed.";

/** What a cancelled session is called in a message: "CP ContactPoint training (Care First) on Mon 12 Jan 2027, 09:30 to 13:00 at IT Suite". */
export interface CancelledSessionWords {
  title: string;
  session: Session;
  reason: string;
  alternatives: Session[];
  coordinatorName: string;
}

function cancelledWhat(words: CancelledSessionWords): string {
  const { session } = words;
  // The reason is the coordinator's own text: one line in the message.
  const reason = words.reason.replace(/\s+/g, ' ').trim();
  return `**${words.title}** on ${formatSessionTime(session.start, session.end)} at ${session.venue} has been cancelled by ${words.coordinatorName}, the training coordinator. Reason: ${reason}`;
}

function otherDates(alternatives: Session[]): string {
  return alternatives.length
    ? `Other dates with places:\n\n${alternatives.map((other) => `- ${formatSessionTime(other.start, other.end)} at ${other.venue}`).join('\n')}\n\nAsk "find a session" to see them.`
    : `There is no other date with places yet: ask "find a session" again later.`;
}

/** To someone whose place (or place on the waiting list) ended because the session was cancelled. */
export function sessionCancelledForPerson(words: CancelledSessionWords, wasWaiting: boolean): string {
  return [
    `Sorry: ${cancelledWhat(words)}`,
    wasWaiting ? 'You are no longer on its waiting list.' : 'Your place on it has ended.',
    otherDates(words.alternatives),
  ].join('\n\n');
}

/** To a line manager of record, once, naming each of their people whose place ended. */
export function sessionCancelledForManager(words: CancelledSessionWords, people: string[]): string {
  return [
    `For your information: ${cancelledWhat(words)}`,
    `This ended the ${people.length === 1 ? 'place' : 'places'} of ${andList(people)} from your team.`,
    otherDates(words.alternatives),
  ].join('\n\n');
}

function andList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
