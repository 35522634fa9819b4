import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LONDON_TIME_ZONE } from '../../../services/shared/londonTime';

const root = path.join(__dirname, '..', '..', '..');
const sources = (folder: string): string[] =>
  readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) return sources(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
/** The zone written as a string in code (comments may name it). */
const NAMES_THE_ZONE = /['"`]Europe\/London['"`]/;

describe('the product time zone', () => {
  it('is Europe/London', () => {
    expect(LONDON_TIME_ZONE).toBe('Europe/London');
  });

  it('is written in one place, services/shared/londonTime.ts, and imported everywhere else', () => {
    const files = ['bot', 'cards', 'services', 'scripts'].flatMap(sources);
    const naming = files.filter((file) => NAMES_THE_ZONE.test(readFileSync(path.join(root, file), 'utf8')));
    expect(naming).toEqual([path.join('services', 'shared', 'londonTime.ts')]);
  });
});
