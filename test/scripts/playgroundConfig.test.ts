import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PERSONAS } from '../../scripts/demo/personas';
import { parsePlaygroundArgs } from '../../scripts/playground';
import {
  configFileName,
  PERSONA_KEYS,
  playgroundConfigFor,
  playgroundConfigYaml,
} from '../../scripts/playground/playgroundConfig';

const examplesDir = path.join(__dirname, '..', '..', 'scripts', 'playground');

describe('Playground persona configs', () => {
  test.each(PERSONA_KEYS)('the committed %s example matches personas.ts', (key) => {
    const committed = readFileSync(path.join(examplesDir, configFileName(key)), 'utf8');
    // If this fails after a change to personas.ts, run: npm run playground -- --write-examples
    expect(committed).toBe(playgroundConfigYaml(key));
  });

  test('there is one committed example per persona and no other', () => {
    const files = readdirSync(examplesDir).filter((file) => file.endsWith('.yml'));
    expect(files.sort()).toEqual(PERSONA_KEYS.map(configFileName).sort());
  });

  test.each(PERSONA_KEYS)('the %s config keeps the rules the Playground checks', (key) => {
    const config = playgroundConfigFor(key);
    const persona = PERSONAS.find((p) => p.key === key)!;
    expect(config.currentUser).toMatchObject({
      aadObjectId: persona.aadObjectId,
      givenName: persona.givenName,
      surname: persona.surname,
      email: persona.email,
    });
    // Exactly five users besides the current one, and user ids unique across all six.
    expect(config.users).toHaveLength(5);
    const ids = [config.currentUser.id, ...config.users.map((u) => u.id)];
    expect(new Set(ids).size).toBe(ids.length);
    // Everyone else in the demo is there, so mentions and member look-ups find them.
    const others = PERSONAS.filter((p) => p.key !== key).map((p) => p.aadObjectId);
    expect(config.users.map((u) => u.aadObjectId)).toEqual(expect.arrayContaining(others));
    const conversationIds = [
      config.personalChat.id,
      config.groupChat.id,
      config.team.id,
      ...config.team.channels.map((c) => c.id),
    ];
    expect(new Set(conversationIds).size).toBe(conversationIds.length);
    expect(config.team.channels).toHaveLength(1);
    expect(config.bot.name.length).toBeLessThanOrEqual(42);
  });
});

describe('npm run playground arguments', () => {
  test('chats as the practitioner on the default ports when given nothing', () => {
    expect(parsePlaygroundArgs([])).toEqual({
      ok: true,
      options: {
        persona: 'practitioner',
        port: 56150,
        botEndpoint: 'http://localhost:3978/api/messages',
        openBrowser: false,
        writeExamples: false,
      },
    });
  });

  test('takes the persona, port and bot endpoint', () => {
    const parsed = parsePlaygroundArgs([
      '--as',
      'Manager',
      '--port',
      '4000',
      '--bot',
      'http://127.0.0.1:3999/api/messages',
    ]);
    expect(parsed).toMatchObject({
      ok: true,
      options: { persona: 'manager', port: 4000, botEndpoint: 'http://127.0.0.1:3999/api/messages' },
    });
  });

  test('names every persona when asked for one that does not exist', () => {
    const parsed = parsePlaygroundArgs(['--as', 'headteacher']);
    expect(parsed.ok).toBe(false);
    const message = parsed.ok ? '' : parsed.message;
    expect(message).toContain('There is no persona called "headteacher"');
    for (const persona of PERSONAS) expect(message).toContain(`${persona.key}`);
  });

  test.each([
    [['--port', 'abc'], /--port must be a port number/],
    [['--bot', 'not a url'], /--bot must be a URL/],
    [['--colour', 'red'], /Unknown option '--colour'/],
  ])('refuses %j with a message', (args, expected) => {
    const parsed = parsePlaygroundArgs(args);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toMatch(expected);
  });
});
