import type { BookingState } from '../services/booking/booking';
import { statusLabel, type CardElement, type StatusTone } from './adaptiveCard';
import { formatDateTime } from './format';

/** What a booking's state means to the person, as a bold word on a tinted band (the word carries the meaning). */
const STATE_WORDS: Record<BookingState, { tone: StatusTone; word: string }> = {
  held: { tone: 'accent', word: 'Waiting for approval' },
  waitlisted: { tone: 'warning', word: 'On the waiting list' },
  confirmed: { tone: 'good', word: 'Confirmed' },
  declined: { tone: 'attention', word: 'Declined' },
  lapsed: { tone: 'neutral', word: 'Lapsed' },
  cancelled: { tone: 'neutral', word: 'Cancelled' },
  attended: { tone: 'good', word: 'Attended' },
  'no-show': { tone: 'attention', word: 'Did not attend' },
};

export function stateWord(state: BookingState): string {
  return STATE_WORDS[state].word;
}

export interface DecisionView {
  to: BookingState;
  byName: string;
  at: Date;
  reason?: string;
}

/** The word already says what happened; the line after it says who: "**Declined** · by Mark Evans, …". */
const DECISION_WORDS: Partial<Record<BookingState, string>> = { confirmed: 'Approved by' };

/** "**Confirmed** · Approved by Mark Evans, Tue 24 Nov 2026, 14:05", "**Declined** · by Mark Evans, …" */
export function bookingStatus(state: BookingState, decision?: DecisionView): CardElement {
  const { tone, word } = STATE_WORDS[state];
  if (!decision || decision.to !== state || decision.byName === 'Booking system')
    return statusLabel(tone, word);
  const verb = DECISION_WORDS[state] ?? 'by';
  const reason = decision.reason ? `: "${decision.reason}"` : '';
  return statusLabel(tone, word, `${verb} ${decision.byName}, ${formatDateTime(decision.at)}${reason}`);
}
