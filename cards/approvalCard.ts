import type { Booking } from '../services/booking/booking';
import type { CheckStatus } from '../services/readiness/checkReadiness';
import {
  adaptiveCard,
  executeButton,
  facts,
  heading,
  paragraph,
  type AdaptiveCard,
  type CardElement,
} from './adaptiveCard';
import { bookingStatus } from './bookingStatus';
import { formatDateTime, formatSessionTime } from './format';
import { noticeBlock, type Notice } from './waitingForConfirmationCard';

export interface ApprovalView {
  booking: Booking;
  course: { code: string; title: string };
  session?: { start: Date; end: Date; venue: string };
  /** ContactPoint courses: the person's prerequisites on the session date, at a glance. */
  checks?: { label: string; status: CheckStatus }[];
}

const CHECK_WORDS: Record<CheckStatus, string> = {
  met: 'Met',
  missing: 'Missing',
  expired: 'Expired',
  'expires-before-session': 'Runs out before the session',
  'awaiting-confirmation': 'Waiting for confirmation',
};

/**
 * What a line manager (or a coordinator) decides on: who, which session, and their prerequisites. While the
 * place is held it has Approve and Decline; once decided it says who decided and when, with no buttons.
 */
export function approvalCard(view: ApprovalView, notice?: Notice): AdaptiveCard {
  const { booking } = view;
  const body: CardElement[] = [
    ...(notice ? [noticeBlock(notice)] : []),
    heading(booking.state === 'held' ? 'Training place to approve' : 'Training place'),
    facts([
      ['Who', booking.person.name],
      ['Course', `${view.course.code} ${view.course.title}`],
      [
        'When',
        view.session
          ? formatSessionTime(view.session.start, view.session.end)
          : formatDateTime(booking.sessionStart),
      ],
      ['Where', view.session?.venue],
    ]),
  ];
  if (view.checks?.length) {
    const notMet = view.checks.filter((check) => check.status !== 'met');
    body.push(
      paragraph(
        notMet.length === 0
          ? '**Prerequisites:** all met on the session date.'
          : `**Prerequisites:** ${notMet.map((check) => `${check.label}: ${CHECK_WORDS[check.status]}`).join('; ')}.`,
      ),
    );
  }
  body.push(bookingStatus(booking.state, booking.decision));
  if (booking.state !== 'held') return adaptiveCard(body);
  if (booking.holdUntil)
    body.push(
      paragraph(
        `The seat is held until ${formatDateTime(booking.holdUntil)}; then it goes to the next person waiting.`,
        {
          isSubtle: true,
        },
      ),
    );
  body.push({
    type: 'Input.Text',
    id: 'declineReason',
    label: 'Reason, if you decline (optional; the person sees it)',
    maxLength: 300,
  });
  const who = booking.person.name;
  return adaptiveCard(body, [
    executeButton(
      'Approve',
      'booking.approve',
      { bookingId: booking._id },
      { style: 'positive', tooltip: `Approve ${who}'s place` },
    ),
    executeButton(
      'Decline',
      'booking.decline',
      { bookingId: booking._id },
      { associatedInputs: 'auto', tooltip: `Decline ${who}'s place` },
    ),
  ]);
}
