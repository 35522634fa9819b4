import { myBookingsCard } from '../../cards/bookingCard';
import { myBookings } from '../../services/booking/myBookings';
import type { ActionRequest } from '../actionRoutes';
import { cardResponse } from '../invokeResponses';

/** `bookings.mine`: the presser's own places, replacing the card it was pressed on. */
export async function bookingsMine({ actor, services }: ActionRequest<unknown>) {
  const views = await myBookings(
    services.database.collections,
    services.catalogue,
    actor.aadObjectId,
    services.bookingRules,
    services.clock(),
  );
  return cardResponse(myBookingsCard(views));
}
