import { bookingCard } from '../../cards/bookingCard';
import { readinessCard } from '../../cards/readinessCard';
import { bookSession } from '../../services/booking/bookSession';
import { bookingViewOf } from '../../services/booking/myBookings';
import type { ActionRequest } from '../actionRoutes';
import { announceFreedSeat, askForApproval } from '../bookingNotices';
import { bookingCardView } from '../bookingViews';
import type { BookSessionData } from '../cardData';
import { cardResponse, messageResponse } from '../invokeResponses';
import { BOOKING_REFUSED, ONBOARD_BEFORE_BOOKING } from '../replies';
import { displayNameOf, readinessSessionView } from '../views';

/**
 * `booking.book`: the presser asks for a place on one session (Book, or Join waiting list when it is full). The
 * card becomes their booking; a held place goes to their line manager for approval.
 */
export async function bookingBook({ data, actor, services }: ActionRequest<BookSessionData>) {
  const profile = actor.profile;
  if (!profile) return messageResponse(ONBOARD_BEFORE_BOOKING);
  const now = services.clock();
  const directory = services.managerDirectory;
  const outcome = await bookSession(
    services.database.collections,
    services.catalogue,
    {
      profile,
      sessionId: data.sessionId,
      actor: { by: actor.aadObjectId, byName: displayNameOf(profile.name) },
      ...(directory ? { managerOf: (id: string) => directory.managerOf(id) } : {}),
    },
    services.bookingRules,
    now,
  );
  if (!outcome.ok) {
    switch (outcome.reason) {
      case 'not_ready':
        return cardResponse(
          readinessCard({
            readiness: outcome.readiness,
            selfDeclared: profile.source === 'self-declared',
            notice: {
              tone: 'warning',
              text: 'Not booked: you would not meet every ContactPoint check on the day of this session. Here is what to do first.',
            },
            session: readinessSessionView(services.catalogue, outcome.session.course, outcome.session),
          }),
        );
      case 'already_booked': {
        const view = bookingViewOf(
          services.catalogue,
          outcome.booking,
          undefined,
          services.bookingRules,
          now,
        );
        return cardResponse(
          bookingCard(view, {
            tone: 'warning',
            text: `You already have a place on ${view.course.code}. To change date, cancel this one first.`,
          }),
        );
      }
      default:
        return messageResponse(BOOKING_REFUSED[outcome.reason]);
    }
  }
  await announceFreedSeat(
    services,
    outcome.promotedOthers && {
      session: outcome.session,
      promoted: outcome.promotedOthers,
      offeredToCoordinator: false,
    },
  );
  const view = bookingCardView(
    services,
    bookingViewOf(services.catalogue, outcome.booking, outcome.session, services.bookingRules, now),
  );
  if (outcome.booking.state !== 'held')
    return cardResponse(
      bookingCard(view, {
        tone: 'good',
        text: outcome.booking.state === 'waitlisted' ? "You're on the waiting list." : "You're booked.",
      }),
    );
  const asked = await askForApproval(services, outcome.booking);
  const approver = asked.approverName ?? 'the training coordinator';
  const text = asked.managerUnreachable
    ? `Seat held. ${approver} could not be reached in Teams, so the training coordinator has been asked to approve it.`
    : asked.reached
      ? `Seat held. ${approver} has been asked to approve it.`
      : `Seat held, but I could not reach ${approver} in Teams: please tell them you have asked for this place.`;
  return cardResponse(
    bookingCard(
      {
        ...view,
        ...(asked.approverName
          ? {
              approverName: asked.managerUnreachable
                ? `${asked.approverName} or the training coordinator`
                : asked.approverName,
            }
          : {}),
      },
      { tone: asked.reached ? 'good' : 'warning', text },
    ),
  );
}
