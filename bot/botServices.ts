import type { BookingRules } from '../services/booking/bookingRules';
import type { CalendarLinkSettings } from '../services/calendar/calendarLinks';
import type { Catalogue } from '../services/catalogue/loadCatalogue';
import type { Understander } from '../services/intents/understander';
import type { ManagerDirectory } from '../services/people/managerDirectory';
import type { Clock } from '../services/shared/clock';
import type { Database } from '../services/storage/database';
import type { Logger } from './logger';
import type { Outbound } from './outbound/outbound';

/** Everything the Teams layer needs from the rest of the app, built once at start-up. */
export interface BotServices {
  database: Database;
  catalogue: Catalogue;
  understander: Understander;
  clock: Clock;
  /** Hold window, cancellation cut-off and when the waiting list stops (configuration). */
  bookingRules: BookingRules;
  logger: Logger;
  /** The key and address for "Add to calendar" links (`calendarLinksFor`). */
  calendarLinks: CalendarLinkSettings;
  /** For messages outside a turn (telling someone a coordinator confirmed them); absent in some tests. */
  outbound?: Outbound;
  /** Line managers from Microsoft Graph when the roster names none (GRAPH_* configuration); absent otherwise. */
  managerDirectory?: ManagerDirectory;
}
