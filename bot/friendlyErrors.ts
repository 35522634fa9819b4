import { isDatabaseUnavailable } from '../services/storage/database';

/** The one apologetic line a person sees when a turn fails, with an id they can quote. */
export function apologyFor(error: unknown, correlationId: string): string {
  if (isDatabaseUnavailable(error)) {
    return `Sorry, I can't reach the training records just now. Please try again in a few minutes. (Reference ${correlationId})`;
  }
  return `Sorry, something went wrong on my side. Please try again; if it keeps happening, give the training team reference ${correlationId}.`;
}
