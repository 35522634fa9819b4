import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadConfiguredCatalogue } from '../../bot/catalogueFromConfig';
import { bookingRulesOf, graphSettingsOf, loadConfig } from '../../bot/config';

const root = path.join(__dirname, '..', '..');

/** Runs the bot's entry point as `npm start` does, expecting it to stop by itself. */
function runBotEntryPoint(env: Record<string, string>) {
  return spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['--no-deprecation', 'bot/index.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('configuration', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3978,
      MONGODB_DB: 'training',
      LOG_LEVEL: 'info',
      localMode: true,
    });
    expect(config.MONGODB_URI).toBeUndefined();
    expect(bookingRulesOf(config)).toEqual({
      holdWorkingDays: 5,
      cancelCutoffWorkingDays: 2,
      promotionStopDays: 2,
    });
  });

  it('takes the booking windows, when given', () => {
    const config = loadConfig({
      BOOKING_HOLD_WORKING_DAYS: '3',
      BOOKING_CANCEL_CUTOFF_WORKING_DAYS: '0',
      BOOKING_PROMOTION_STOP_DAYS: '7',
    });
    expect(bookingRulesOf(config)).toEqual({
      holdWorkingDays: 3,
      cancelCutoffWorkingDays: 0,
      promotionStopDays: 7,
    });
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT must be a port number \(got "abc"\)$/],
    [{ PORT: '70000' }, /PORT must be between 1 and 65535/],
    [{ MONGODB_URI: 'localhost:27017' }, /MONGODB_URI must be a MongoDB connection string/],
    [{ MONGODB_URI: 'mongodb://' }, /MONGODB_URI must be a MongoDB connection string/],
    [{ MONGODB_DB: 'has space' }, /MONGODB_DB must be letters/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ MicrosoftAppId: 'not-a-guid' }, /MicrosoftAppId must be the bot registration app id/],
    [{ MicrosoftAppId: '00000000-0000-0000-0000-000000000001' }, /MicrosoftAppPassword is required/],
    [{ TEAMS_TENANT_ID: 'contoso' }, /TEAMS_TENANT_ID must be the Microsoft Entra tenant id/],
    [
      { TEAMS_SERVICE_URL: 'smba.trafficmanager.net/uk/' },
      /TEAMS_SERVICE_URL must be the Bot Connector address/,
    ],
    [{ TEAMS_SERVICE_URL: 'ftp://smba.example/' }, /TEAMS_SERVICE_URL must be the Bot Connector address/],
    [{ BOOKING_HOLD_WORKING_DAYS: '0' }, /BOOKING_HOLD_WORKING_DAYS must be at least 1/],
    [
      { BOOKING_CANCEL_CUTOFF_WORKING_DAYS: 'two' },
      /BOOKING_CANCEL_CUTOFF_WORKING_DAYS must be a number of days/,
    ],
    [{ BOOKING_PROMOTION_STOP_DAYS: '2.5' }, /BOOKING_PROMOTION_STOP_DAYS must be a whole number of days/],
  ])('rejects %j with one clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('does not echo a database connection string (it may hold a password)', () => {
    expect(() => loadConfig({ MONGODB_URI: 'bad://user:secret@x' })).toThrow(/^(?!.*secret).*$/);
  });

  it('takes where to start new chats in Teams, when given', () => {
    const config = loadConfig({
      TEAMS_TENANT_ID: '0f0f0f0f-0000-4000-8000-000000000000',
      TEAMS_SERVICE_URL: 'https://smba.trafficmanager.net/uk/',
    });
    expect(config).toMatchObject({
      TEAMS_TENANT_ID: '0f0f0f0f-0000-4000-8000-000000000000',
      TEAMS_SERVICE_URL: 'https://smba.trafficmanager.net/uk/',
    });
    expect(loadConfig({ TEAMS_TENANT_ID: ' ' }).TEAMS_TENANT_ID).toBeUndefined();
  });

  describe('Microsoft Graph for line managers (issue 13 item 5)', () => {
    const graph = {
      GRAPH_TENANT_ID: 'tenant',
      GRAPH_CLIENT_ID: 'client',
      GRAPH_CLIENT_SECRET: 'hush-secret',
    };

    it('is off by default, and on with all three, at the public cloud unless told', () => {
      expect(graphSettingsOf(loadConfig({}))).toBeUndefined();
      expect(graphSettingsOf(loadConfig(graph))).toEqual({
        tenantId: 'tenant',
        clientId: 'client',
        clientSecret: 'hush-secret',
        authorityHost: 'https://login.microsoftonline.com',
        baseUrl: 'https://graph.microsoft.com',
      });
      expect(
        graphSettingsOf(
          loadConfig({
            ...graph,
            GRAPH_AUTHORITY_HOST: 'https://127.0.0.1:8443/',
            GRAPH_BASE_URL: 'https://127.0.0.1:8443',
          }),
        ),
      ).toMatchObject({ authorityHost: 'https://127.0.0.1:8443', baseUrl: 'https://127.0.0.1:8443' });
    });

    it.each([
      [
        { GRAPH_TENANT_ID: 'tenant' },
        /^Invalid configuration: GRAPH_CLIENT_ID is required when GRAPH_TENANT_ID is set/,
      ],
      [
        { GRAPH_TENANT_ID: 'tenant', GRAPH_CLIENT_ID: 'client' },
        /^Invalid configuration: GRAPH_CLIENT_SECRET is required when GRAPH_TENANT_ID and GRAPH_CLIENT_ID are set/,
      ],
      [
        { GRAPH_CLIENT_SECRET: 'hush-secret' },
        /^Invalid configuration: GRAPH_TENANT_ID is required when GRAPH_CLIENT_SECRET is set/,
      ],
      [{ ...graph, GRAPH_BASE_URL: 'http://graph.example' }, /GRAPH_BASE_URL must be an https:\/\/ address/],
      [
        { ...graph, GRAPH_AUTHORITY_HOST: 'login.example' },
        /GRAPH_AUTHORITY_HOST must be an https:\/\/ address/,
      ],
    ])('rejects %j with one line naming what is wrong', (env, message) => {
      expect(() => loadConfig(env)).toThrow(message);
    });

    it('never echoes the client secret', () => {
      expect(() => loadConfig({ GRAPH_CLIENT_SECRET: 'hush-secret' })).toThrow(/^(?!.*hush-secret).*$/);
    });
  });

  it('leaves local mode once the bot has an app id and password', () => {
    const config = loadConfig({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'x',
      CALENDAR_LINK_SECRET: 'k'.repeat(32),
    });
    expect(config.localMode).toBe(false);
  });

  describe('calendar links', () => {
    const production = { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'x' };

    it('needs no secret or address in local mode (start-up makes a random key)', () => {
      const config = loadConfig({});
      expect(config.CALENDAR_LINK_SECRET).toBeUndefined();
      expect(config.PUBLIC_BASE_URL).toBeUndefined();
    });

    it('requires CALENDAR_LINK_SECRET with an app id, naming it', () => {
      expect(() => loadConfig(production)).toThrow(
        /^Invalid configuration: CALENDAR_LINK_SECRET is required when MicrosoftAppId is set/,
      );
    });

    it('refuses a short secret without echoing it', () => {
      expect(() => loadConfig({ CALENDAR_LINK_SECRET: 'short-secret' })).toThrow(
        /^Invalid configuration: CALENDAR_LINK_SECRET must be at least 32 characters[^"]*$/,
      );
    });

    it.each([
      ['https://bot.example.org', 'https://bot.example.org'],
      ['https://bot.example.org/', 'https://bot.example.org'],
      ['https://proxy.example.org/training-bot/', 'https://proxy.example.org/training-bot'],
      ['http://localhost:3978', 'http://localhost:3978'],
    ])('takes PUBLIC_BASE_URL %s as %s', (given, kept) => {
      expect(loadConfig({ PUBLIC_BASE_URL: given }).PUBLIC_BASE_URL).toBe(kept);
    });

    it.each(['bot.example.org', 'ftp://bot.example.org', 'https://bot.example.org/?a=1', 'https://x/#top'])(
      'refuses PUBLIC_BASE_URL %s with one clear message',
      (given) => {
        expect(() => loadConfig({ PUBLIC_BASE_URL: given })).toThrow(
          /^Invalid configuration: PUBLIC_BASE_URL must be an http:\/\/ or https:\/\/ address/,
        );
      },
    );
  });

  it('stops `npm start` at once with one line naming the bad variable', () => {
    const result = runBotEntryPoint({ PORT: 'abc', MONGODB_URI: '' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'Invalid configuration: PORT must be a port number (got "abc")',
    ]);
  });

  it('stops start-up with one clear line when a local catalogue file is broken', () => {
    const result = runBotEntryPoint({ PORT: '0', CATALOGUE_OVERRIDE_FILE: 'package.json' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^Catalogue override file .*package\.json is not valid:\n {2}- .*Unrecognized keys/,
    );
  });

  it('loads a local authority override at start-up (the shipped example)', () => {
    const catalogue = loadConfiguredCatalogue({
      CATALOGUE_OVERRIDE_FILE: 'services/catalogue/examples/local-override.example.json',
    });
    const defaults = loadConfiguredCatalogue({});
    const eLearningLink = (c: typeof catalogue) => c.courses.find((course) => course.code === 'IS-EL')?.link;
    expect(eLearningLink(catalogue)).toMatch(/^https:/);
    expect(eLearningLink(catalogue)).not.toBe(eLearningLink(defaults));
  });
});
