import { myBookingsCard } from '../../cards/bookingCard';
import { myBookings } from '../../services/booking/myBookings';
import { bookingCardView } from '../bookingViews';
import type { ActionRequest } from '../actionRoutes';
import { cardMessage } from '../attachments';
import { messageResponse } from '../invokeResponses';

/** `bookings.mine`: the presser's own places, sent below (the card it was pressed on stays). */
export async function bookingsMine({ context, actor, services }: ActionRequest<unknown>) {
  await sendMyBookings({ context, services }, actor.aadObjectId);
  return messageResponse('Your bookings are below.');
}

/** A person's places as a card in the chat: from the button, or asked in words ("my bookings"). */
export async function sendMyBookings(
  { context, services }: Pick<ActionRequest<unknown>, 'context' | 'services'>,
  personAadObjectId: string,
): Promise<void> {
  const views = await myBookings(
    services.database.collections,
    services.catalogue,
    personAadObjectId,
    services.bookingRules,
    services.clock(),
  );
  await context.sendActivity(
    cardMessage(myBookingsCard(views.map((view) => bookingCardView(services, view)))),
  );
}
