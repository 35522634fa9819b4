import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The repository's root folder. */
export const ROOT = path.join(__dirname, '..', '..');

/** The product's TypeScript files (bot, cards, services, scripts), relative to the root. */
export function productSources(): string[] {
  const sources = (folder: string): string[] =>
    readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
      const relative = path.join(folder, entry.name);
      if (entry.isDirectory()) return sources(relative);
      return entry.name.endsWith('.ts') ? [relative] : [];
    });
  return ['bot', 'cards', 'services', 'scripts'].flatMap(sources);
}
