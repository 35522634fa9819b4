import { bookingCard, myBookingsCard } from '../../cards/bookingCard';
import { formatDateTime, formatSessionTime } from '../../cards/format';
import { cancelBooking } from '../../services/booking/cancelBooking';
import { bookingViewOf, myBookings } from '../../services/booking/myBookings';
import { tellPerson } from '../tellPerson';
import { bookingCardView } from '../bookingViews';
import type { ActionRequest } from '../actionRoutes';
import { announceFreedSeat, refreshApprovalCards, tellBooked } from '../bookingNotices';
import type { BookingData } from '../cardData';
import { cardResponse, messageResponse } from '../invokeResponses';
import { BOOKING_REFUSED } from '../replies';
import { displayNameOf } from '../views';

/**
 * `booking.cancel`: the person (up to the cut-off), their line manager of record or a coordinator cancels a
 * place. A freed seat goes to the waiting list; the person is told when someone else cancelled for them.
 */
export async function bookingCancel({ data, actor, services }: ActionRequest<BookingData>) {
  const now = services.clock();
  const name = displayNameOf(actor.profile?.name);
  const outcome = await cancelBooking(
    services.database.collections,
    data.bookingId,
    { ...actor, name },
    services.bookingRules,
    now,
  );
  if (!outcome.ok) {
    if (outcome.reason === 'booking_not_found') return messageResponse(BOOKING_REFUSED.booking_not_found);
    if (outcome.reason === 'not_allowed') return messageResponse(BOOKING_REFUSED.not_allowed_cancel);
    const view = bookingViewOf(
      services.catalogue,
      outcome.booking,
      outcome.session,
      services.bookingRules,
      now,
    );
    const text =
      outcome.reason === 'past_cutoff'
        ? `It is too late to cancel in chat: the cut-off was ${formatDateTime(outcome.cutoff)}. Please contact the training coordinator.`
        : 'This place is no longer active, so there is nothing to cancel.';
    return cardResponse(bookingCard(view, { tone: 'warning', text }));
  }
  await announceFreedSeat(services, outcome.freed);
  await refreshApprovalCards(services, outcome.booking);
  const when = outcome.session
    ? formatSessionTime(outcome.session.start, outcome.session.end)
    : formatDateTime(outcome.booking.sessionStart);
  if (outcome.byOther) {
    await tellBooked(
      services,
      outcome.booking,
      `${name} cancelled your place on ${outcome.booking.course} (${when}).`,
    );
  } else if (outcome.booking.managerAadObjectId) {
    await tellPerson(
      services,
      outcome.booking.managerAadObjectId,
      `${outcome.booking.person.name} cancelled their place on ${outcome.booking.course} (${when}).`,
    );
  }
  const notice = { tone: 'good' as const, text: `Cancelled ${outcome.booking.course} on ${when}.` };
  if (outcome.byOther)
    return cardResponse(
      bookingCard(
        bookingCardView(
          services,
          bookingViewOf(services.catalogue, outcome.booking, outcome.session, services.bookingRules, now),
        ),
        notice,
      ),
    );
  const views = await myBookings(
    services.database.collections,
    services.catalogue,
    actor.aadObjectId,
    services.bookingRules,
    now,
  );
  return cardResponse(
    myBookingsCard(
      views.map((view) => bookingCardView(services, view)),
      notice,
    ),
  );
}
