import { z } from 'zod';
import { MongoClient } from 'mongodb';
import { DEFAULT_BOOKING_RULES, type BookingRules } from '../services/booking/bookingRules';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const blankAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const ConfigSchema = z.object({
  PORT: z.preprocess(
    blankAsUndefined,
    z.coerce
      .number({ error: 'must be a port number' })
      .int('must be a whole number')
      .min(0, 'must be between 1 and 65535 (0 picks a free port)')
      .max(65535, 'must be between 1 and 65535 (0 picks a free port)')
      .default(3978),
  ),
  MONGODB_URI: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .refine(
        isMongoUri,
        'must be a MongoDB connection string such as mongodb://host:27017 or mongodb+srv://…',
      )
      .optional(),
  ),
  MONGODB_DB: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,63}$/, 'must be letters, digits, - or _ (at most 63)')
      .default('training'),
  ),
  MicrosoftAppId: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .regex(/^[0-9a-fA-F-]{36}$/, 'must be the bot registration app id (a GUID)')
      .optional(),
  ),
  MicrosoftAppPassword: z.preprocess(blankAsUndefined, z.string().optional()),
  MicrosoftAppTenantId: z.preprocess(blankAsUndefined, z.string().optional()),
  MicrosoftAppType: z.preprocess(
    blankAsUndefined,
    z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  ),
  /**
   * Where to start a chat with someone the bot has never talked to (booking approvals, outcomes). Optional: by
   * default the tenant and Bot Connector address of the latest conversation stored.
   */
  TEAMS_TENANT_ID: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .regex(/^[0-9a-fA-F-]{36}$/, 'must be the Microsoft Entra tenant id (a GUID)')
      .optional(),
  ),
  TEAMS_SERVICE_URL: z.preprocess(
    blankAsUndefined,
    z
      .url({
        protocol: /^https?$/,
        error: 'must be the Bot Connector address, e.g. https://smba.trafficmanager.net/uk/',
      })
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(blankAsUndefined, z.enum(LOG_LEVELS).default('info')),
  /** Where the embedded database keeps its files when MONGODB_URI is not set. */
  DATA_DIR: z.preprocess(blankAsUndefined, z.string().default('.data')),
  /** A local authority's complete catalogue, in place of the default (services/catalogue/README.md). */
  CATALOGUE_FILE: z.preprocess(blankAsUndefined, z.string().optional()),
  /** A local authority's changes, merged onto the catalogue (services/catalogue/README.md). */
  CATALOGUE_OVERRIDE_FILE: z.preprocess(blankAsUndefined, z.string().optional()),
  /** Working days a manager has to approve a held place before it lapses. */
  BOOKING_HOLD_WORKING_DAYS: days(DEFAULT_BOOKING_RULES.holdWorkingDays, 1),
  /** Working days before a session after which people cannot cancel their own place in chat. */
  BOOKING_CANCEL_CUTOFF_WORKING_DAYS: days(DEFAULT_BOOKING_RULES.cancelCutoffWorkingDays, 0),
  /** Days before a session after which a freed seat goes to the coordinator, not the waiting list. */
  BOOKING_PROMOTION_STOP_DAYS: days(DEFAULT_BOOKING_RULES.promotionStopDays, 0),
  /** The key that signs "Add to calendar" links (services/calendar/). Required with an app id; see loadConfig. */
  CALENDAR_LINK_SECRET: z.preprocess(
    blankAsUndefined,
    z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 32)').optional(),
  ),
  /**
   * Where people's browsers reach the bot, for links it hands out; default http://localhost:PORT. It may end in a
   * path when a reverse proxy serves the bot under one (https://host/training-bot).
   */
  PUBLIC_BASE_URL: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .refine(isBaseUrl, 'must be an http:// or https:// address, without query or fragment')
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
  ),
  /**
   * Optional: an app registration with Microsoft Graph's User.Read.All application permission, to ask the
   * directory for someone's line manager when the roster names none (all three or none).
   */
  GRAPH_TENANT_ID: z.preprocess(blankAsUndefined, z.string().optional()),
  GRAPH_CLIENT_ID: z.preprocess(blankAsUndefined, z.string().optional()),
  GRAPH_CLIENT_SECRET: z.preprocess(blankAsUndefined, z.string().optional()),
  /** Where Microsoft Entra issues tokens, and where Graph answers (other clouds, or stand-ins in tests). */
  GRAPH_AUTHORITY_HOST: httpsBase('https://login.microsoftonline.com'),
  GRAPH_BASE_URL: httpsBase('https://graph.microsoft.com'),
});

function httpsBase(fallback: string) {
  return z.preprocess(
    blankAsUndefined,
    z
      .string()
      .refine(
        (value) => isBaseUrl(value) && value.startsWith('https://'),
        'must be an https:// address, without query or fragment',
      )
      .transform((url) => url.replace(/\/+$/, ''))
      .default(fallback),
  );
}

/** The app registration that reads line managers from Microsoft Graph, when all of it is configured. */
export interface GraphSettings {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  authorityHost: string;
  baseUrl: string;
}

export function graphSettingsOf(config: Config): GraphSettings | undefined {
  if (!config.GRAPH_TENANT_ID || !config.GRAPH_CLIENT_ID || !config.GRAPH_CLIENT_SECRET) return undefined;
  return {
    tenantId: config.GRAPH_TENANT_ID,
    clientId: config.GRAPH_CLIENT_ID,
    clientSecret: config.GRAPH_CLIENT_SECRET,
    authorityHost: config.GRAPH_AUTHORITY_HOST,
    baseUrl: config.GRAPH_BASE_URL,
  };
}

const GRAPH_VARIABLES = ['GRAPH_TENANT_ID', 'GRAPH_CLIENT_ID', 'GRAPH_CLIENT_SECRET'] as const;

function days(fallback: number, least: number) {
  return z.preprocess(
    blankAsUndefined,
    z.coerce
      .number({ error: 'must be a number of days' })
      .int('must be a whole number of days')
      .min(least, `must be at least ${least}`)
      .max(60, 'must be at most 60')
      .default(fallback),
  );
}

/** The booking windows the configuration sets (defaults in services/booking/bookingRules.ts). */
export function bookingRulesOf(config: Config): BookingRules {
  return {
    holdWorkingDays: config.BOOKING_HOLD_WORKING_DAYS,
    cancelCutoffWorkingDays: config.BOOKING_CANCEL_CUTOFF_WORKING_DAYS,
    promotionStopDays: config.BOOKING_PROMOTION_STOP_DAYS,
  };
}

export type Config = z.infer<typeof ConfigSchema> & { localMode: boolean };

export class ConfigError extends Error {}

/** Never echoed in an error message: they are, or may hold, secrets. */
const SECRET_VARIABLES = [
  'MicrosoftAppPassword',
  'MONGODB_URI',
  'CALENDAR_LINK_SECRET',
  'GRAPH_CLIENT_SECRET',
];

/** Reads and validates the environment once. The message names the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'configuration');
    const shown = SECRET_VARIABLES.includes(name) ? '' : ` (got "${String(env[name])}")`;
    throw new ConfigError(`Invalid configuration: ${name} ${issue?.message ?? 'is invalid'}${shown}`);
  }
  const config = parsed.data;
  if (
    config.MicrosoftAppId &&
    !config.MicrosoftAppPassword &&
    config.MicrosoftAppType !== 'UserAssignedMSI'
  ) {
    throw new ConfigError(
      'Invalid configuration: MicrosoftAppPassword is required when MicrosoftAppId is set',
    );
  }
  if (config.MicrosoftAppType === 'SingleTenant' && config.MicrosoftAppId && !config.MicrosoftAppTenantId) {
    throw new ConfigError(
      'Invalid configuration: MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant',
    );
  }
  const graphSet = GRAPH_VARIABLES.filter((name) => config[name]);
  const graphMissing = GRAPH_VARIABLES.find((name) => !config[name]);
  if (graphSet.length && graphMissing) {
    throw new ConfigError(
      `Invalid configuration: ${graphMissing} is required when ${graphSet.join(' and ')} ${graphSet.length === 1 ? 'is' : 'are'} set (Microsoft Graph needs all three)`,
    );
  }
  // Not a random key in production: links would break at every restart, and with two instances behind a load
  // balancer a link signed by one would be refused by the other half the time. A missing key is a start-up error
  // one line explains, not a fault people meet later on a calendar button.
  if (config.MicrosoftAppId && !config.CALENDAR_LINK_SECRET) {
    throw new ConfigError(
      'Invalid configuration: CALENDAR_LINK_SECRET is required when MicrosoftAppId is set (at least 32 characters, e.g. openssl rand -base64 32)',
    );
  }
  return { ...config, localMode: !config.MicrosoftAppId };
}

/** `loadConfig` for entry points: a bad variable is reported in one line and gives undefined. */
export function readConfig(env: NodeJS.ProcessEnv, report: (message: string) => void): Config | undefined {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      report(error.message);
      return undefined;
    }
    throw error;
  }
}

function isBaseUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      !url.search &&
      !url.hash &&
      !url.username &&
      !url.password &&
      !value.includes('?') &&
      !value.includes('#')
    );
  } catch {
    return false;
  }
}

function isMongoUri(value: string): boolean {
  try {
    // The driver parses the string in its constructor without connecting.
    new MongoClient(value);
    return true;
  } catch {
    return false;
  }
}
