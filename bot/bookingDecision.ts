import { approvalCard } from '../cards/approvalCard';
import { formatSessionTime } from '../cards/format';
import { approvalFacts } from '../services/booking/approvalFacts';
import { decideBooking, type Decision } from '../services/booking/decideBooking';
import type { ActionRequest } from './actionRoutes';
import { announceFreedSeat, refreshApprovalCards, tellBooked } from './bookingNotices';
import type { DeclineData } from './cardData';
import { cardResponse, messageResponse } from './invokeResponses';
import { BOOKING_REFUSED } from './replies';
import { displayNameOf, firstNameOf } from './views';

/**
 * Approve or Decline on an approval card. The card is replaced with the booking as it now stands, whoever
 * pressed first; someone who may not decide gets a polite line and the card stays as it is.
 */
export async function decideFromCard(
  { context, data, actor, services }: ActionRequest<DeclineData>,
  decision: Decision,
) {
  const { collections } = services.database;
  const now = services.clock();
  // A manager named by the directory may have no profile here: Teams' name for them, then.
  const name = displayNameOf(actor.profile?.name ?? context.activity.from?.name);
  const reason = decision === 'decline' ? data.declineReason || undefined : undefined;
  const outcome = await decideBooking(
    collections,
    data.bookingId,
    decision,
    { ...actor, name },
    services.bookingRules,
    now,
    reason,
  );
  if (!outcome.ok && outcome.reason === 'booking_not_found')
    return messageResponse(BOOKING_REFUSED.booking_not_found);
  if (!outcome.ok && outcome.reason === 'not_allowed')
    return messageResponse(BOOKING_REFUSED.not_allowed_decide);
  const facts = await approvalFacts(collections, services.catalogue, outcome.booking, now);
  if (!outcome.ok)
    return cardResponse(
      approvalCard(facts, {
        tone: 'warning',
        text: 'This place was already decided (or it lapsed or was cancelled). Nothing changed.',
      }),
    );
  const { booking } = outcome;
  const when = facts.session
    ? ` (${formatSessionTime(facts.session.start, facts.session.end)}, ${facts.session.venue})`
    : '';
  const told = await tellBooked(
    services,
    booking,
    decision === 'approve'
      ? `${name} approved your place on ${facts.course.code} ${facts.course.title}${when}. You're booked: ask "my bookings" for the details.`
      : `${name} declined your place on ${facts.course.code} ${facts.course.title}${when}${reason ? `: "${reason}"` : ''}. Ask "find a session" for other dates, or talk to ${firstNameOf(name) ?? 'them'}.`,
  );
  await announceFreedSeat(services, outcome.freed);
  await refreshApprovalCards(services, booking, actor.aadObjectId, facts);
  const first = firstNameOf(booking.person.name) ?? booking.person.name;
  return cardResponse(
    approvalCard(facts, {
      tone: 'good',
      text: `${decision === 'approve' ? 'Approved' : 'Declined'}.${told ? ` ${first} has been told.` : ` I could not reach ${first} in Teams: please let them know.`}`,
    }),
  );
}
