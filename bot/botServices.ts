import type { Database } from '../services/storage/database';
import type { Clock } from '../services/shared/clock';
import type { Logger } from './logger';

/** Everything the Teams layer needs from the rest of the app, built once at start-up. */
export interface BotServices {
  database: Database;
  clock: Clock;
  logger: Logger;
}
