import type { BookingView } from '../services/booking/myBookings';
import type { Session } from '../services/sessions/session';
import {
  adaptiveCard,
  executeButton,
  heading,
  listItem,
  paragraph,
  type AdaptiveCard,
  type CardElement,
} from './adaptiveCard';
import { bookingStatus } from './bookingStatus';
import { formatDateTime, formatSessionTime } from './format';
import { backToSessions, sessionTitle, type OverviewPlace, type SessionNames } from './sessionsOverviewCard';

/** Who has a place on one session, for a coordinator, each with Cancel booking while the session is to come. */
export function sessionBookingsCard(
  session: Session,
  bookings: BookingView[],
  names: SessionNames,
  place: OverviewPlace,
): AdaptiveCard {
  const body: CardElement[] = [
    heading(`People booked: ${sessionTitle(session, names)}`),
    paragraph(`${formatSessionTime(session.start, session.end)} · ${session.venue}`, { spacing: 'None' }),
    paragraph(`${session.booked} of ${session.capacity} places booked`, { isSubtle: true, spacing: 'None' }),
  ];
  if (!bookings.length) body.push(paragraph('Nobody has a place or is waiting yet.'));
  for (const view of bookings) {
    body.push(
      listItem([
        paragraph(`**${view.booking.person.name}**`),
        bookingStatus(view.booking.state, view.booking.decision),
        {
          type: 'ActionSet',
          actions: [
            executeButton(
              'Cancel booking',
              'booking.cancel',
              { bookingId: view.booking._id },
              {
                style: 'destructive',
                tooltip: `Cancel ${view.booking.person.name}'s place on ${formatDateTime(session.start)}`,
              },
            ),
          ],
        },
      ]),
    );
  }
  return adaptiveCard(body, [backToSessions(place)]);
}
