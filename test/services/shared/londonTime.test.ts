import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LONDON_TIME_ZONE } from '../../../services/shared/londonTime';
import { productSources, ROOT } from '../../support/sourceFiles';

/** The zone written as a string in code (comments may name it). */
const NAMES_THE_ZONE = /['"`]Europe\/London['"`]/;

describe('the product time zone', () => {
  it('is Europe/London', () => {
    expect(LONDON_TIME_ZONE).toBe('Europe/London');
  });

  it('is written in one place, services/shared/londonTime.ts, and imported everywhere else', () => {
    const naming = productSources().filter((file) =>
      NAMES_THE_ZONE.test(readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(naming).toEqual([path.join('services', 'shared', 'londonTime.ts')]);
  });
});
