/**
 * The Microsoft 365 Agents Playground config for each demo persona, generated from scripts/demo/personas.ts so
 * the two cannot drift. The committed `<persona>.m365agentsplayground.yml` files beside this one are its output
 * (`npm run playground -- --write-examples`); a test checks they still match.
 *
 * Schema: the one @microsoft/m365agentsplayground 0.2.28 validates (version "0.1.1"). It wants exactly five
 * `users` besides `currentUser`, and every user id unique across both, so the current persona cannot also be
 * among `users`: they are the other personas, topped up with a colleague who is on no roster.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PERSONAS, TENANT_ID, type Persona } from '../demo/personas';

export const PERSONA_KEYS = PERSONAS.map((persona) => persona.key);
export type PersonaKey = Persona['key'];

export const CONFIG_VERSION = '0.1.1';
const USERS_REQUIRED = 5;

export const PLAYGROUND_BOT = { id: '28:training-bot', name: 'IW Training' } as const;

export interface PlaygroundUser {
  id: string;
  name: string;
  /** Microsoft's spelling in the Playground schema. */
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}

export interface PlaygroundConfig {
  version: typeof CONFIG_VERSION;
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  personalChat: { id: string };
  groupChat: { id: string; name: string };
  team: { id: string; name: string; aadGroupId: string; channels: { id: string; name: string }[] };
}

// Only there because the Playground needs five users besides the current one. Not in the demo roster.
const COLLEAGUES: PlaygroundUser[] = [
  {
    id: '29:22222222-2222-4222-8222-000000000001',
    name: 'Jo Taylor',
    userPrincipleName: 'jo.taylor@northdale.example.gov.uk',
    aadObjectId: '22222222-2222-4222-8222-000000000001',
    givenName: 'Jo',
    surname: 'Taylor',
    email: 'jo.taylor@northdale.example.gov.uk',
  },
];

export function playgroundUser(persona: Persona): PlaygroundUser {
  return {
    // Teams user ids look like "29:…"; the bot reads the person from aadObjectId, not from this.
    id: `29:${persona.aadObjectId}`,
    name: `${persona.givenName} ${persona.surname}`,
    userPrincipleName: persona.email,
    aadObjectId: persona.aadObjectId,
    givenName: persona.givenName,
    surname: persona.surname,
    email: persona.email,
  };
}

export function isPersonaKey(key: string): key is PersonaKey {
  return (PERSONA_KEYS as string[]).includes(key);
}

export function playgroundConfigFor(key: PersonaKey): PlaygroundConfig {
  const current = PERSONAS.find((persona) => persona.key === key);
  if (!current) throw new Error(`no persona "${key}"`);
  const others = [...PERSONAS.filter((persona) => persona !== current).map(playgroundUser), ...COLLEAGUES];
  if (others.length < USERS_REQUIRED)
    throw new Error(`the Playground needs ${USERS_REQUIRED} users besides the current one`);
  return {
    version: CONFIG_VERSION,
    tenantId: TENANT_ID,
    bot: { ...PLAYGROUND_BOT },
    currentUser: playgroundUser(current),
    users: others.slice(0, USERS_REQUIRED),
    // Fixed per persona, so conversation references the bot stores stay valid across Playground restarts.
    personalChat: { id: `a:personal-${key}` },
    groupChat: { id: '19:northdale-training-group@thread.v2', name: 'Northdale training group' },
    team: {
      id: '19:northdale-general@thread.tacv2',
      name: 'Northdale Children and Families',
      aadGroupId: '33333333-3333-4333-8333-000000000001',
      // The Playground adds the General channel itself (its id is the team id) and allows one more.
      channels: [{ id: '19:northdale-training@thread.tacv2', name: 'Training' }],
    },
  };
}

/** The file name for a persona's committed example and generated config. */
export function configFileName(key: PersonaKey): string {
  return `${key}.m365agentsplayground.yml`;
}

/**
 * YAML for the config, quoted the way Prettier (single quotes) leaves it, so `npm run lint` accepts the
 * committed examples. No YAML library needed: the values are one-line strings.
 */
function yamlString(value: string): string {
  if (/[\n\r]/.test(value)) throw new Error(`a config value must be one line: ${JSON.stringify(value)}`);
  // A double-quoted JSON string is valid YAML too; Prettier switches to it when the value holds a '.
  return value.includes("'") ? JSON.stringify(value) : `'${value}'`;
}

export function playgroundConfigYaml(key: PersonaKey): string {
  const config = playgroundConfigFor(key);
  const q = yamlString;
  const user = (u: PlaygroundUser, indent: string, first: string) =>
    (Object.keys(u) as (keyof PlaygroundUser)[])
      .map((field, i) => `${i === 0 ? first : indent}${field}: ${q(u[field])}`)
      .join('\n');
  return [
    `# Microsoft 365 Agents Playground as ${config.currentUser.name} (${key}).`,
    '# Generated from scripts/demo/personas.ts by `npm run playground -- --write-examples`: do not edit.',
    `version: ${q(config.version)}`,
    `tenantId: ${q(config.tenantId)}`,
    'bot:',
    `  id: ${q(config.bot.id)}`,
    `  name: ${q(config.bot.name)}`,
    'currentUser:',
    user(config.currentUser, '  ', '  '),
    'users:',
    ...config.users.map((u) => user(u, '    ', '  - ')),
    'personalChat:',
    `  id: ${q(config.personalChat.id)}`,
    'groupChat:',
    `  id: ${q(config.groupChat.id)}`,
    `  name: ${q(config.groupChat.name)}`,
    'team:',
    `  id: ${q(config.team.id)}`,
    `  name: ${q(config.team.name)}`,
    `  aadGroupId: ${q(config.team.aadGroupId)}`,
    '  channels:',
    ...config.team.channels.map((c) => `    - id: ${q(c.id)}\n      name: ${q(c.name)}`),
    '',
  ].join('\n');
}

/** Writes one persona's config into `dir` and returns its path. */
export function writePlaygroundConfig(key: PersonaKey, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, configFileName(key));
  writeFileSync(file, playgroundConfigYaml(key));
  return file;
}
