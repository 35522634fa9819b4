import { myBookingsCard } from '../../cards/bookingCard';
import { myBookings } from '../../services/booking/myBookings';
import { bookingCardView } from '../bookingViews';
import type { ActionRequest } from '../actionRoutes';
import { cardMessage } from '../attachments';
import { messageResponse } from '../invokeResponses';

/** `bookings.mine`: the presser's own places, sent below (the card it was pressed on stays). */
export async function bookingsMine({ context, actor, services }: ActionRequest<unknown>) {
  const views = await myBookings(
    services.database.collections,
    services.catalogue,
    actor.aadObjectId,
    services.bookingRules,
    services.clock(),
  );
  await context.sendActivity(
    cardMessage(myBookingsCard(views.map((view) => bookingCardView(services, view)))),
  );
  return messageResponse('Your bookings are below.');
}
