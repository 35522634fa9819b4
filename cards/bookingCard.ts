import type { BookingView } from '../services/booking/myBookings';
import {
  adaptiveCard,
  executeButton,
  heading,
  listItem,
  paragraph,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './adaptiveCard';
import { bookingStatus } from './bookingStatus';
import { formatDateTime, formatSessionTime } from './format';
import { noticeBlock, type Notice } from './waitingForConfirmationCard';

/** Links that put a place in the person's calendar (Outlook on the web, or an .ics file). */
export interface CalendarLinks {
  outlookUrl: string;
  icsUrl: string;
}

export type BookingCardView = BookingView & { calendar?: CalendarLinks };

/** One of the person's own places: where it stands, when and where, what to bring, and what they can do. */
export function bookingCard(view: BookingCardView, notice?: Notice): AdaptiveCard {
  const body: CardElement[] = [
    ...(notice ? [noticeBlock(notice)] : []),
    heading(`${view.course.code} ${view.course.title}`),
    ...bookingDetails(view),
  ];
  return adaptiveCard(body, [...bookingButtons(view), executeButton('My bookings', 'bookings.mine')]);
}

/** The lines that describe one booking, shared by the single card and the list. */
export function bookingDetails(view: BookingCardView): CardElement[] {
  const { booking, session } = view;
  const lines: CardElement[] = [bookingStatus(booking.state, booking.decision)];
  lines.push(
    paragraph(
      session
        ? `**${formatSessionTime(session.start, session.end)}**\n\n${session.venue}`
        : formatDateTime(booking.sessionStart),
      { spacing: 'Small' },
    ),
  );
  const next = whatHappensNext(view);
  if (next) lines.push(paragraph(next, { isSubtle: true, spacing: 'None' }));
  if (view.course.bring.length && (booking.state === 'confirmed' || booking.state === 'held'))
    lines.push(paragraph(`Bring: ${view.course.bring.join('; ')}.`, { spacing: 'Small' }));
  if (
    !view.canCancel &&
    (booking.state === 'confirmed' || booking.state === 'held' || booking.state === 'waitlisted')
  )
    lines.push(
      paragraph(
        `It is too late to cancel in chat (the cut-off was ${formatDateTime(view.cancelUntil)}): please contact the training coordinator.`,
        { isSubtle: true },
      ),
    );
  return lines;
}

export function bookingButtons(view: BookingCardView): CardAction[] {
  const { booking } = view;
  const active = booking.state === 'held' || booking.state === 'confirmed' || booking.state === 'waitlisted';
  const buttons: CardAction[] = [];
  if (view.calendar && (booking.state === 'confirmed' || booking.state === 'held')) {
    buttons.push({ type: 'Action.OpenUrl', title: 'Add to Outlook calendar', url: view.calendar.outlookUrl });
    buttons.push({ type: 'Action.OpenUrl', title: 'Download calendar file', url: view.calendar.icsUrl });
  }
  if (active && view.canCancel)
    buttons.push(
      executeButton(
        booking.state === 'waitlisted' ? 'Leave waiting list' : 'Cancel booking',
        'booking.cancel',
        { bookingId: booking._id },
        {
          style: 'destructive',
          tooltip: `Cancel ${view.course.code} on ${formatDateTime(booking.sessionStart)}`,
        },
      ),
    );
  return buttons;
}

function whatHappensNext(view: BookingCardView): string | undefined {
  const { booking } = view;
  switch (booking.state) {
    case 'held':
      return `Your seat is held while ${view.approverName ?? 'the training coordinator'} approves it${booking.holdUntil ? ` (until ${formatDateTime(booking.holdUntil)})` : ''}. I'll tell you the answer here.`;
    case 'waitlisted':
      return "The session is full. If a place comes free I'll offer it to you here, in turn.";
    case 'confirmed':
      return booking.nominatedBy ? `Booked for you by ${booking.nominatedBy.byName}.` : undefined;
    default:
      return undefined;
  }
}

/** "My bookings": every active place, soonest first, each with its own buttons. */
export function myBookingsCard(views: BookingCardView[], notice?: Notice): AdaptiveCard {
  const body: CardElement[] = [...(notice ? [noticeBlock(notice)] : []), heading('My bookings')];
  if (views.length === 0) {
    body.push(paragraph('You have no places booked. Ask "find a session" to see dates and book one.'));
    return adaptiveCard(body, [executeButton('Find a session', 'ask', { intent: 'find_session' })]);
  }
  for (const view of views) {
    const buttons = bookingButtons(view);
    body.push(
      listItem([
        paragraph(`**${view.course.code} ${view.course.title}**`),
        ...bookingDetails(view),
        ...(buttons.length ? [{ type: 'ActionSet' as const, actions: buttons }] : []),
      ]),
    );
  }
  return adaptiveCard(body, [executeButton('Find a session', 'ask', { intent: 'find_session' })]);
}
