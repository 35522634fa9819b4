import { ClientSecretCredential, type TokenCredential } from '@azure/identity';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { DirectoryManager, ManagerDirectory } from '../../services/people/managerDirectory';
import type { GraphSettings } from '../config';
import type { Logger } from '../logger';

/** A Book press waits for this answer, so a slow directory gives way to the coordinator. */
const GRAPH_TIMEOUT_MS = 5_000;

const ManagerSchema = z.object({ id: z.string().min(1), displayName: z.string().nullish() });

/**
 * Reads someone's line manager from Microsoft Graph (`GET /users/{id}/manager`) with the app's own token
 * (client credentials; the app needs User.Read.All, an application permission with admin consent). No manager
 * (404) is an answer; any other failure is logged and treated as no answer, so a coordinator decides.
 */
export function createGraphManagerDirectory(
  settings: GraphSettings,
  logger: Logger,
  timeoutMs = GRAPH_TIMEOUT_MS,
): ManagerDirectory {
  const credential: TokenCredential = new ClientSecretCredential(
    settings.tenantId,
    settings.clientId,
    settings.clientSecret,
    { authorityHost: settings.authorityHost, disableInstanceDiscovery: true },
  );
  const scope = `${settings.baseUrl}/.default`;
  // Line managers change rarely: an answer (a manager or none) is kept for an hour, so a person pressing Book
  // again does not wait on Graph again. Failures are not kept: the next press asks afresh.
  const answers = new LRUCache<string, { manager: DirectoryManager | null }>({ max: 5_000, ttl: 3_600_000 });
  return {
    async managerOf(aadObjectId: string): Promise<DirectoryManager | undefined> {
      const known = answers.get(aadObjectId);
      if (known) return known.manager ?? undefined;
      const found = await ask(aadObjectId);
      if (found !== 'failed') answers.set(aadObjectId, { manager: found ?? null });
      return found === 'failed' ? undefined : found;
    },
  };

  async function ask(aadObjectId: string): Promise<DirectoryManager | undefined | 'failed'> {
    const url = `${settings.baseUrl}/v1.0/users/${encodeURIComponent(aadObjectId)}/manager?$select=id,displayName`;
    try {
      const signal = AbortSignal.timeout(timeoutMs);
      const token = await credential.getToken(scope, { abortSignal: signal });
      if (!token) throw new Error('no access token from Microsoft Entra');
      const response = await fetch(url, {
        headers: { authorization: `Bearer ${token.token}`, accept: 'application/json' },
        signal,
      });
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`Microsoft Graph answered ${response.status}`);
      const manager = ManagerSchema.parse(await response.json());
      return { aadObjectId: manager.id, name: manager.displayName || 'your line manager' };
    } catch (error) {
      logger.warn(
        { err: error, aadObjectId },
        'could not read the line manager from Microsoft Graph; a coordinator will be asked',
      );
      return 'failed';
    }
  }
}
