import { randomBytes } from 'node:crypto';
import type { CalendarLinkSettings } from '../services/calendar/calendarLinks';
import type { Config } from './config';
import type { Logger } from './logger';

/**
 * The key and address for "Add to calendar" links. Production must set CALENDAR_LINK_SECRET (loadConfig refuses
 * to start without it); local mode makes a random key when it is unset, so links given out before a restart stop
 * working after it. Until the bot listens, an unset PUBLIC_BASE_URL is left empty: `startBot` fills in
 * http://localhost:<port> once the port is known (PORT=0 picks one).
 */
export function calendarLinkSettings(config: Config, logger: Logger): CalendarLinkSettings {
  if (!config.CALENDAR_LINK_SECRET) {
    logger.info(
      'CALENDAR_LINK_SECRET is not set: calendar links are signed with a random key and stop working when the bot restarts',
    );
  }
  if (!config.localMode && !config.PUBLIC_BASE_URL) {
    logger.warn(
      'PUBLIC_BASE_URL is not set: calendar links point at localhost, which people cannot reach; set it to the address of this bot',
    );
  }
  return {
    secret: config.CALENDAR_LINK_SECRET ?? randomBytes(32).toString('base64url'),
    publicBaseUrl: config.PUBLIC_BASE_URL ?? '',
  };
}
