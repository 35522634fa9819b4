import { Writable } from 'node:stream';
import pino from 'pino';
import { createAdapter } from '../../bot/adapter';
import { loadConfig } from '../../bot/config';
import {
  createOutbound,
  type Outbound,
  type OutboundServices,
  type TeamsLocation,
} from '../../bot/outbound/outbound';
import type { RetryPolicy } from '../../bot/outbound/retryPolicy';
import { conversationRepository } from '../../services/conversations/conversationRepository';
import { ensureIndexes } from '../../services/storage/collections';
import type { Database } from '../../services/storage/database';
import { startConnector, type ConnectorRequest, type StandInConnector } from './botHarness';
import { openTestDatabase } from './testDatabase';

export const TENANT = 'tenant-1';
export const BOT_ACCOUNT = { id: '28:training-bot', name: 'IW Training' };
export const NOW = new Date('2026-11-23T09:00:00Z');

/**
 * The outbound module wired as the bot wires it (the real CloudAdapter, our authentication without the SDK's
 * retries) against a stand-in Bot Connector, with the waits between retries recorded instead of waited.
 */
export interface OutboundHarness {
  services: OutboundServices & { outbound: Outbound; database: Database };
  connector: StandInConnector;
  /** Every wait the retries asked for, in ms. */
  sleeps: number[];
  /** Every log line at info or above, parsed. */
  logs: { level: number; msg: string; [key: string]: unknown }[];
  /** Stores a personal chat for the person, as the bot does when they first write (latest by `at`). */
  storeChat(aadObjectId: string, at?: Date, serviceUrl?: string): Promise<string>;
  /** The requests that sent a message into a conversation. */
  sends(): ConnectorRequest[];
  creates(): ConnectorRequest[];
  stop(): Promise<void>;
}

export async function startOutbound(
  label: string,
  options: { teams?: (connectorUrl: string) => TeamsLocation; retry?: Partial<RetryPolicy> } = {},
): Promise<OutboundHarness> {
  const database = await openTestDatabase(label);
  await ensureIndexes(database.collections);
  const connector = await startConnector();
  const sleeps: number[] = [];
  const logs: OutboundHarness['logs'] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const clock = () => NOW;
  const outbound = createOutbound({
    adapter: createAdapter(loadConfig({ LOG_LEVEL: 'silent' }), logger),
    botAppId: '',
    teams: options.teams?.(connector.url),
    retry: {
      clock,
      random: () => 0.5,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      ...options.retry,
    },
    logger,
  });
  const services = { database, clock, logger, outbound };

  return {
    services,
    connector,
    sleeps,
    logs,
    storeChat: async (aadObjectId, at = NOW, serviceUrl = connector.url) => {
      const id = `personal-${aadObjectId}`;
      await conversationRepository(database.collections).save(
        {
          _id: id,
          aadObjectId,
          conversationType: 'personal',
          tenantId: TENANT,
          reference: {
            channelId: 'msteams',
            serviceUrl,
            bot: BOT_ACCOUNT,
            user: { id: `29:${aadObjectId}`, aadObjectId },
            conversation: { id, conversationType: 'personal', tenantId: TENANT },
          },
        },
        at,
      );
      return id;
    },
    sends: () =>
      connector.requests.filter(
        (request) => request.method === 'POST' && /\/v3\/conversations\/[^/]+\/activities/.test(request.path),
      ),
    creates: () =>
      connector.requests.filter(
        (request) => request.method === 'POST' && /\/v3\/conversations\/?$/.test(request.path),
      ),
    stop: async () => {
      await outbound.close();
      await connector.close();
      await database.drop();
    },
  };
}
