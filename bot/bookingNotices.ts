import { approvalCard } from '../cards/approvalCard';
import type { AdaptiveCard } from '../cards/adaptiveCard';
import { formatSessionTime, formatDateTime } from '../cards/format';
import type { Booking } from '../services/booking/booking';
import { approvalFacts, type ApprovalFacts } from '../services/booking/approvalFacts';
import { rememberApprovalCard } from '../services/booking/bookingRepository';
import type { SeatFreed } from '../services/booking/promoteWaitingList';
import { withDirectoryApprover } from '../services/booking/directoryApprover';
import { findByAadObjectId } from '../services/people/staffProfileRepository';
import { coordinatorOnDuty } from '../services/people/trainingCoordinator';
import type { BotServices } from './botServices';
import { sendCardToPerson, tellPerson } from './tellPerson';
import { updateCardForPerson } from './outbound/updateCard';

// Messages about bookings that reach people outside the turn that caused them: approval requests to managers,
// outcomes to the people booked, places offered from the waiting list. Each is best effort and never undoes
// the decision that caused it; what could not be delivered is logged and reported back to the caller.

/** Sends an approval card and remembers where it went, so that it can be updated when anyone decides. */
async function sendApprovalCard(
  services: BotServices,
  booking: Booking,
  aadObjectId: string,
  message: { text: string; card: AdaptiveCard },
): Promise<boolean> {
  const sent = await sendCardToPerson(services, aadObjectId, message.card, message.text);
  if (sent.ok && sent.activityId)
    await rememberApprovalCard(services.database.collections, booking._id, {
      aadObjectId,
      activityId: sent.activityId,
    });
  return sent.ok;
}

/**
 * Brings every approval card sent for this booking up to date (decided, lapsed or cancelled), except the one
 * just pressed, which the invoke answer replaces: so each approver sees the same state, wherever they look.
 */
export async function refreshApprovalCards(
  services: BotServices,
  booking: Booking,
  pressedBy?: string,
  /** The facts for this booking as it now stands, when the caller has just read them. */
  known?: ApprovalFacts,
): Promise<void> {
  const cards = (booking.approvalCards ?? []).filter((sent) => sent.aadObjectId !== pressedBy);
  if (!cards.length) return;
  const facts =
    known ??
    (await approvalFacts(services.database.collections, services.catalogue, booking, services.clock()));
  const card = approvalCard(facts);
  for (const sent of cards) await updateCardForPerson(services, sent.aadObjectId, sent.activityId, card);
}

export interface ApprovalRequest {
  /** Who was asked: the line manager of record, or the coordinator when there is none or they cannot be reached. */
  approverName?: string;
  reached: boolean;
  /** The line manager could not be reached, so a coordinator was asked as well. */
  managerUnreachable: boolean;
}

/** Sends the approval card for a held place to whoever decides on it. */
export async function askForApproval(services: BotServices, booking: Booking): Promise<ApprovalRequest> {
  const { collections } = services.database;
  const facts = await approvalFacts(collections, services.catalogue, booking, services.clock());
  const card = approvalCard(facts);
  const when = facts.session ? ` on ${formatSessionTime(facts.session.start, facts.session.end)}` : '';
  const text = `${booking.person.name} asks for a place on ${facts.course.code} ${facts.course.title}${when}.`;
  if (booking.managerAadObjectId) {
    const manager = await findByAadObjectId(collections, booking.managerAadObjectId);
    const managerName = manager?.name ?? booking.managerName;
    if (await sendApprovalCard(services, booking, booking.managerAadObjectId, { text, card }))
      return { approverName: managerName, reached: true, managerUnreachable: false };
    const coordinator = await coordinatorOnDuty(collections);
    const reached = coordinator
      ? await sendApprovalCard(services, booking, coordinator.aadObjectId, {
          text: `${text} Their line manager${managerName ? `, ${managerName},` : ''} could not be reached in Teams, so please decide.`,
          card,
        })
      : false;
    return { approverName: managerName, reached, managerUnreachable: true };
  }
  const coordinator = await coordinatorOnDuty(collections);
  const reached = coordinator
    ? await sendApprovalCard(services, booking, coordinator.aadObjectId, {
        text: `${text} The roster names no line manager for them, so please decide.`,
        card,
      })
    : false;
  return { reached, managerUnreachable: false };
}

/** Tells the person booked what happened to their place, in their own chat. */
export function tellBooked(services: BotServices, booking: Booking, text: string): Promise<boolean> {
  return tellPerson(services, booking.person.aadObjectId, text);
}

/** People moved up from a waiting list are told (and held places go for approval); a late seat goes to a coordinator. */
export async function announceFreedSeat(services: BotServices, freed: SeatFreed | undefined): Promise<void> {
  if (!freed?.session) return;
  const { session } = freed;
  const when = formatSessionTime(session.start, session.end);
  for (const booking of freed.promoted) {
    if (booking.state === 'confirmed') {
      await tellBooked(
        services,
        booking,
        `Good news: a place came free on ${booking.course} (${when}, ${session.venue}) and it is yours. Ask "my bookings" for the details.`,
      );
    } else {
      const held = await withDirectoryApprover(
        services.database.collections,
        booking,
        services.managerDirectory && ((id: string) => services.managerDirectory!.managerOf(id)),
        services.clock(),
      );
      const asked = await askForApproval(services, held);
      await tellBooked(
        services,
        held,
        `Good news: a place came free on ${booking.course} (${when}, ${session.venue}). It is held for you while ${asked.approverName ?? 'the training coordinator'} approves it${booking.holdUntil ? ` (until ${formatDateTime(booking.holdUntil)})` : ''}.`,
      );
    }
  }
  if (freed.offeredToCoordinator) {
    const coordinator = await coordinatorOnDuty(services.database.collections);
    if (coordinator)
      await tellPerson(
        services,
        coordinator.aadObjectId,
        `A place came free on ${session.course} (${when}, ${session.venue}), too close to the day for the waiting list. Fill it if you can: ${session.capacity - session.booked} of ${session.capacity} free.`,
      );
  }
}
