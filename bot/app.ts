import { systemClock, type Clock } from '../services/shared/clock';
import { createUnderstander, type Understander } from '../services/intents/understander';
import type { Database } from '../services/storage/database';
import type { ManagerDirectory } from '../services/people/managerDirectory';
import type { CalendarLinkSettings } from '../services/calendar/calendarLinks';
import { createAdapter } from './adapter';
import { calendarLinkSettings } from './calendarLinkSettings';
import { loadConfiguredCatalogue } from './catalogueFromConfig';
import type { BotServices } from './botServices';
import { bookingRulesOf, graphSettingsOf, type Config } from './config';
import { createGraphManagerDirectory } from './graph/graphManagerDirectory';
import type { Logger } from './logger';
import { openDatabase, type OpenedDatabase } from './openDatabase';
import { createOutbound, type OutboundSettings } from './outbound/outbound';
import { createHttpServer } from './server';
import { startHoldSweeper } from './holdSweeper';
import { TrainingBot, type TrainingBotOptions } from './trainingBot';

export interface RunningBot {
  url: string;
  port: number;
  databaseSource: OpenedDatabase['source'];
  /** The bot's own database connection, for checks that watch what it sends (tests, `npm run bench`). */
  database: Database;
  /** How this bot signs calendar links (tests sign their own with it). */
  calendarLinks: CalendarLinkSettings;
  /**
   * Graceful stop: no new requests, in-flight turns finish (up to `graceMs`), database closed. Says how many
   * turns were cut off at the deadline. Calling it again gives the first stop's answer.
   */
  stop(graceMs?: number): Promise<{ cutTurns: number }>;
}

/** Wires the bot together and starts listening. Used by `npm start` and by the tests. */
export async function startBot(
  config: Config,
  logger: Logger,
  options: {
    clock?: Clock;
    understander?: Understander;
    /** In place of the Microsoft Graph directory the GRAPH_* configuration sets up (tests). */
    managerDirectory?: ManagerDirectory;
    /** Tests shorten or record the waits between retries of messages sent outside a turn. */
    outboundRetry?: OutboundSettings['retry'];
    /** How often held places are checked for their window (tests); HOLD_SWEEP_MS otherwise. */
    holdSweepMs?: number;
  } & TrainingBotOptions = {},
): Promise<RunningBot> {
  // A bad catalogue stops start-up before anything else, with a message naming the file and path.
  const catalogue = loadConfiguredCatalogue(config);
  const understander = options.understander ?? createUnderstander(catalogue);
  const opened = await openDatabase(config, logger, { requireConnection: false });
  const adapter = createAdapter(config, logger);
  const calendarLinks = calendarLinkSettings(config, logger);
  const clock = options.clock ?? systemClock;
  const graph = graphSettingsOf(config);
  const managerDirectory =
    options.managerDirectory ?? (graph ? createGraphManagerDirectory(graph, logger) : undefined);
  const outbound = createOutbound({
    adapter,
    botAppId: config.MicrosoftAppId ?? '',
    teams: { serviceUrl: config.TEAMS_SERVICE_URL, tenantId: config.TEAMS_TENANT_ID },
    retry: { clock, ...options.outboundRetry },
    logger,
  });
  const services: BotServices = {
    database: opened.database,
    catalogue,
    understander,
    clock,
    bookingRules: bookingRulesOf(config),
    logger,
    calendarLinks,
    outbound,
    ...(managerDirectory ? { managerDirectory } : {}),
  };
  const bot = new TrainingBot(services, { typingDelayMs: options.typingDelayMs });
  const http = createHttpServer({
    adapter,
    bot,
    database: opened.database,
    logger,
    catalogue,
    clock,
    calendarLinkSecret: calendarLinks.secret,
  });
  const sweeper = startHoldSweeper(services, options.holdSweepMs);

  // Local mode has no Bot Framework authentication, so it must not be reachable from other machines.
  const host = config.localMode ? '127.0.0.1' : '0.0.0.0';
  await new Promise<void>((resolve, reject) => {
    http.server.once('error', reject);
    http.server.listen(config.PORT, host, () => resolve());
  });
  const address = http.server.address();
  // Only now is the port known (PORT=0 picks one); nothing has used the links before the bot listens.
  calendarLinks.publicBaseUrl ||= `http://localhost:${address.port}`;
  let stopped: Promise<{ cutTurns: number }> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    databaseSource: opened.source,
    database: opened.database,
    calendarLinks,
    stop: (graceMs) =>
      (stopped ??= (async () => {
        sweeper.stop();
        const drained = await http.drain(graceMs);
        await outbound.close();
        await opened.close();
        return drained;
      })()),
  };
}
