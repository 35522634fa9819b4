import type { BookingCardView } from '../cards/bookingCard';
import { myBookings } from '../services/booking/myBookings';
import type { BotServices } from './botServices';

/** A line report's active places, as their manager sees them on the person's card (with Cancel booking). */
export async function memberBookings(services: BotServices, aadObjectId: string): Promise<BookingCardView[]> {
  return myBookings(
    services.database.collections,
    services.catalogue,
    aadObjectId,
    services.bookingRules,
    services.clock(),
  );
}
