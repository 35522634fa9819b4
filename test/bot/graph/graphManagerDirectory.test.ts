import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Issue 13 item 5: the line manager from Microsoft Graph, through @azure/identity and fetch over real HTTPS, against
// a stand-in for Microsoft Entra and Graph on 127.0.0.1 with a certificate made for this test.

const root = path.join(__dirname, '..', '..', '..');
const TOKEN = 'stand-in-access-token';

interface Seen {
  method: string;
  url: string;
  authorization?: string;
  body: string;
}

let dir: string;
let server: Server;
let base: string;
const seen: Seen[] = [];

function json(response: import('node:http').ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'graph-stand-in-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  server = createServer(
    { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) },
    (request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const url = request.url ?? '';
        seen.push({ method: request.method ?? '', url, authorization: request.headers.authorization, body });
        const pathname = url.split('?')[0]!;
        const config = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(pathname);
        if (request.method === 'GET' && config) {
          const tenant = config[1]!;
          return json(response, 200, {
            token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`,
            issuer: `${base}/${tenant}/v2.0`,
            authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
            jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
          });
        }
        const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(pathname);
        if (request.method === 'POST' && token) {
          if (token[1] === 'tenant-refusing')
            return json(response, 401, {
              error: 'invalid_client',
              error_description: 'AADSTS7000215: Invalid client secret provided.',
            });
          return json(response, 200, { token_type: 'Bearer', expires_in: 3600, access_token: TOKEN });
        }
        const manager = /^\/v1\.0\/users\/([^/]+)\/manager$/.exec(pathname);
        if (request.method === 'GET' && manager) {
          if (request.headers.authorization !== `Bearer ${TOKEN}`) return json(response, 401, {});
          if (decodeURIComponent(manager[1]!) === 'amy/odd id')
            return json(response, 200, { id: 'dana-oid', displayName: 'Dana Lee' });
          if (manager[1] === 'graph-hangs') return; // never answers
          if (manager[1] === 'graph-fails')
            return json(response, 503, { error: { code: 'serviceNotAvailable' } });
          return json(response, 404, { error: { code: 'Request_ResourceNotFound' } });
        }
        json(response, 404, {});
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

/** Asks the directory in a child process that trusts the stand-in's certificate (asynchronously: we serve it). */
function lookUp(
  tenant: string,
  ids: string[],
  env: Record<string, string> = {},
): Promise<{ answers: Record<string, unknown>; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      ['--no-deprecation', 'test/support/managerLookup.ts', ...ids],
      {
        cwd: root,
        env: {
          ...process.env,
          NODE_EXTRA_CA_CERTS: path.join(dir, 'cert.pem'),
          GRAPH_TENANT_ID: tenant,
          GRAPH_CLIENT_ID: 'client-id',
          GRAPH_CLIENT_SECRET: 'client-secret',
          GRAPH_AUTHORITY_HOST: base,
          GRAPH_BASE_URL: base,
          ...env,
        },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`lookup exited ${code}: ${stderr}`));
      resolve({ answers: JSON.parse(stdout) as Record<string, unknown>, log: stderr });
    });
  });
}

describe('the line manager from Microsoft Graph', () => {
  it('returns the manager Graph names, with a token from Entra, and undefined when Graph names none (404)', async () => {
    const { answers, log } = await lookUp('tenant-ok', ['amy/odd id', 'nobody']);
    expect(answers).toEqual({ 'amy/odd id': { aadObjectId: 'dana-oid', name: 'Dana Lee' }, nobody: null });
    expect(log).toBe('');
    const token = seen.find((request) => request.url.split('?')[0] === '/tenant-ok/oauth2/v2.0/token');
    expect(new URLSearchParams(token!.body).get('scope')?.split(' ')).toContain(`${base}/.default`);
    expect(new URLSearchParams(token!.body).get('client_id')).toBe('client-id');
    const lookup = seen.find((request) => request.url.startsWith('/v1.0/users/amy'));
    expect(lookup).toMatchObject({
      method: 'GET',
      url: '/v1.0/users/amy%2Fodd%20id/manager?$select=id,displayName',
      authorization: `Bearer ${TOKEN}`,
    });
  });

  it('asks Graph once an hour for the same person, but again after a failure', async () => {
    const asked = (id: string) =>
      seen.filter((request) => request.url.startsWith(`/v1.0/users/${id}/`)).length;
    const before = { nobody: asked('nobody'), fails: asked('graph-fails') };
    await lookUp('tenant-ok', ['nobody', 'nobody', 'graph-fails', 'graph-fails']);
    expect(asked('nobody') - before.nobody).toBe(1);
    expect(asked('graph-fails') - before.fails).toBe(2);
  });

  it('answers undefined and logs once when Entra refuses the token, and when Graph fails', async () => {
    const refused = await lookUp('tenant-refusing', ['amy/odd id']);
    expect(refused.answers).toEqual({ 'amy/odd id': null });
    expect(refused.log.match(/could not read the line manager from Microsoft Graph/g)).toHaveLength(1);

    const failing = await lookUp('tenant-ok', ['graph-fails']);
    expect(failing.answers).toEqual({ 'graph-fails': null });
    expect(failing.log.match(/could not read the line manager from Microsoft Graph/g)).toHaveLength(1);
    expect(failing.log).toMatch(/Microsoft Graph answered 503/);
  });

  it('gives up on a Graph that does not answer within the time allowed', async () => {
    const started = Date.now();
    const slow = await lookUp('tenant-ok', ['graph-hangs'], { LOOKUP_TIMEOUT_MS: '1000' });
    expect(slow.answers).toEqual({ 'graph-hangs': null });
    expect(slow.log.match(/could not read the line manager from Microsoft Graph/g)).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
