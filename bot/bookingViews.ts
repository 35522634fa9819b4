import type { BookingCardView } from '../cards/bookingCard';
import type { BookingView } from '../services/booking/myBookings';
import { calendarLinksFor } from '../services/calendar/calendarLinks';
import { hasCalendarEntry } from '../services/calendar/calendarEvent';
import type { BotServices } from './botServices';

/** A booking as its card shows it: with "Add to calendar" links while it is held or confirmed. */
export function bookingCardView(services: BotServices, view: BookingView): BookingCardView {
  const { booking, session } = view;
  if (!session || !hasCalendarEntry(booking.state)) return view;
  return {
    ...view,
    calendar: calendarLinksFor(
      { _id: booking._id, state: booking.state },
      session,
      view.course,
      services.calendarLinks,
      services.clock(),
    ),
  };
}
