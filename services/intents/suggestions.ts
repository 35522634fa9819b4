import type { Intent, Understanding } from './understanding';

/** One example question per intent, for the fallback reply and the help text. */
export const EXAMPLE_QUESTIONS: Record<
  Exclude<Intent, 'fallback' | 'greeting' | 'thanks' | 'not_yet'>,
  string
> = {
  pathway: 'What training do I need?',
  module_info: 'How long is IS02?',
  contactpoint_info: 'What is ContactPoint and do I need it?',
  readiness: 'Am I ready for ContactPoint training?',
  what_to_bring: 'What do I need to bring?',
  find_session: 'Find me a Care First ContactPoint session',
  my_bookings: 'What have I booked?',
  help: 'What can you do?',
  team_status: 'Which of my team still need training?',
  nominate: 'Nominate someone in my team for ContactPoint training',
  approvals: 'Any bookings waiting for my approval?',
  fill_rates: 'How full are the sessions?',
  manage_sessions: 'Add a ContactPoint session',
};

/**
 * What the person may ask about: managers see their team, nominate and approve; coordinators see fill rates and
 * manage sessions.
 */
export interface Asker {
  manager?: boolean;
  coordinator?: boolean;
}

const MANAGERS_ONLY = new Set<Intent>(['team_status', 'nominate', 'approvals']);
const COORDINATORS_ONLY = new Set<Intent>(['fill_rates', 'manage_sessions']);
const EVERYONE: Intent[] = ['pathway', 'readiness', 'find_session', 'my_bookings', 'module_info'];
// Below this, an alternative is a guess too weak to put first.
const WORTH_SUGGESTING = 0.1;

/**
 * Questions to offer when the bot did not understand: the intents it half-recognised first, then the
 * common ones, leaving out what this person cannot ask.
 */
export function suggestQuestions(understanding: Understanding, asker: Asker = {}, count = 3): string[] {
  const allowed = (intent: Intent) =>
    (!MANAGERS_ONLY.has(intent) || asker.manager === true) &&
    (!COORDINATORS_ONLY.has(intent) || asker.coordinator === true);
  const likely = understanding.alternatives
    .filter((alternative) => alternative.confidence >= WORTH_SUGGESTING)
    .map((alternative) => alternative.intent);
  const intents = [...new Set([...likely, ...EVERYONE])].filter(
    (intent): intent is keyof typeof EXAMPLE_QUESTIONS => intent in EXAMPLE_QUESTIONS && allowed(intent),
  );
  return intents.slice(0, count).map((intent) => EXAMPLE_QUESTIONS[intent]);
}
