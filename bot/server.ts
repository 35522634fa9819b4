import restify from 'restify';
import type { Catalogue } from '../services/catalogue/loadCatalogue';
import type { Clock } from '../services/shared/clock';
import type { Database } from '../services/storage/database';
import type { BotAdapter } from './adapter';
import { calendarEndpoint } from './http/calendarEndpoint';
import { messagesEndpoint } from './http/messagesEndpoint';
import type { Logger } from './logger';
import type { TrainingBot } from './trainingBot';

export interface HttpServer {
  server: restify.Server;
  /**
   * Stops taking requests and lets in-flight turns finish, up to the grace period; then closes every connection
   * and says how many turns were still running (and so were cut off).
   */
  drain(graceMs?: number): Promise<{ cutTurns: number }>;
}

export function createHttpServer(deps: {
  adapter: BotAdapter;
  bot: TrainingBot;
  database: Database;
  logger: Logger;
  catalogue: Catalogue;
  clock: Clock;
  /** Signs and checks the "Add to calendar" links (services/calendar/). */
  calendarLinkSecret: string;
}): HttpServer {
  const server = restify.createServer({ name: 'iw-training-bot' });
  let inFlight = 0;
  let draining = false;

  // No body parser: /api/messages reads its own body (bot/http/readJsonBody.ts), and no other route takes one.
  const messages = messagesEndpoint(deps);
  server.post('/api/messages', async (req, res) => {
    if (draining) {
      res.header('connection', 'close');
      res.send(503, { error: 'shutting down' });
      return;
    }
    inFlight += 1;
    try {
      await messages(req, res);
    } catch (error) {
      // The endpoint answers every expected failure itself; anything reaching here is unexpected.
      deps.logger.error({ err: error }, 'request failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    } finally {
      inFlight -= 1;
    }
  });

  server.get('/healthz', async (_req, res) => {
    const databaseAnswers = await deps.database.ping(1_000);
    res.send(databaseAnswers && !draining ? 200 : 503, {
      status: databaseAnswers ? (draining ? 'shutting down' : 'ok') : 'database unreachable',
    });
  });

  const calendar = calendarEndpoint({ ...deps, secret: deps.calendarLinkSecret });
  server.get('/calendar/:file', async (req, res) => {
    try {
      await calendar(req, res);
    } catch (error) {
      deps.logger.error({ err: error }, 'calendar request failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });

  // Restify's own 404 repeats the path it was given (up to 16 KB of whatever a caller sent); ours says only 404.
  server.on('NotFound', (_req: restify.Request, res: restify.Response, _err: unknown, done: () => void) => {
    res.send(404, { error: 'not found' });
    done();
  });

  return {
    server,
    drain: async (graceMs = 10_000) => {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeIdleConnections();
      const deadline = Date.now() + graceMs;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      const cutTurns = inFlight;
      server.server.closeAllConnections();
      await closed;
      return { cutTurns };
    },
  };
}
