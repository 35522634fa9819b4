import type { ActionRequest } from '../actionRoutes';
import { decideFromCard } from '../bookingDecision';
import type { DeclineData } from '../cardData';

/** `booking.decline`: the line manager of record (or a coordinator) declines a held place, with an optional reason. */
export function bookingDecline(request: ActionRequest<DeclineData>) {
  return decideFromCard(request, 'decline');
}
