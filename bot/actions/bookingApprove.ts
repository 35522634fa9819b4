import type { ActionRequest } from '../actionRoutes';
import { decideFromCard } from '../bookingDecision';
import type { BookingData } from '../cardData';

/** `booking.approve`: the line manager of record (or a coordinator) approves a held place. */
export function bookingApprove(request: ActionRequest<BookingData>) {
  return decideFromCard(request, 'approve');
}
