import { CatalogueError } from '../services/catalogue/loadCatalogue';
import { NoEmbeddedServerError } from '../services/storage/embeddedServer';
import { startBot } from './app';
import { readConfig } from './config';
import { createLogger } from './logger';

/** How long in-flight turns get to finish after SIGTERM: well inside Kubernetes' default 30 s before SIGKILL. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = readConfig(process.env, (message) => console.error(message));
  if (!config) process.exit(1);
  const logger = createLogger(config.LOG_LEVEL);

  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

  let bot;
  try {
    bot = await startBot(config, logger);
  } catch (error) {
    if (error instanceof NoEmbeddedServerError || error instanceof CatalogueError) {
      console.error(error.message);
      process.exit(1);
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`Port ${config.PORT} is already in use: stop the other process or set PORT.`);
      process.exit(1);
    }
    throw error;
  }
  logger.info(
    { url: bot.url, database: bot.databaseSource, localMode: config.localMode },
    `bot listening on ${bot.url}/api/messages (database: ${bot.databaseSource})`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      const { cutTurns } = await bot.stop(SHUTDOWN_GRACE_MS);
      if (cutTurns === 0) {
        logger.info('stopped cleanly');
        process.exit(0);
      }
      // Someone's question went unanswered: not a clean stop, so the log and the exit status say so.
      logger.warn(
        { cutTurns, graceMs: SHUTDOWN_GRACE_MS },
        `stopped after the grace period with ${cutTurns} turn${cutTurns === 1 ? '' : 's'} cut short`,
      );
      process.exit(1);
    } catch (error) {
      logger.error({ err: error }, 'error while shutting down');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('The bot could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
