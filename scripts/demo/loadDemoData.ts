import type { Catalogue } from '../../services/catalogue/loadCatalogue';
import { importCsv } from '../../services/imports/importCsv';
import { IMPORT_KINDS, type ImportResult } from '../../services/imports/importResult';
import { systemClock, type Clock } from '../../services/shared/clock';
import type { Collections } from '../../services/storage/collections';
import { loadDemoBookings } from './demoBookings';
import { buildDemoFiles } from './northdale';

export interface DemoLoad {
  /** One result per file, in import order; stops at the first file that fails. */
  results: ImportResult[];
  /** Bookings this run made (the nearly full session, a place waiting for Mark); 0 on later runs. */
  bookingsMade: number;
}

/** Loads Northdale through the same imports as `npm run admin -- import`, so it is checked the same way. */
export async function loadDemoData(
  collections: Collections,
  options: { catalogue: Catalogue; clock?: Clock },
): Promise<DemoLoad> {
  const clock = options.clock ?? systemClock;
  const files = buildDemoFiles(clock());
  const results: ImportResult[] = [];
  for (const kind of IMPORT_KINDS) {
    // As bytes, the way the CLI reads a file: the demo takes the very same path, decoding included.
    const result = await importCsv(collections, kind, Buffer.from(files[kind], 'utf8'), {
      catalogue: options.catalogue,
      clock,
    });
    results.push(result);
    if (!result.ok) return { results, bookingsMade: 0 };
  }
  return { results, bookingsMade: await loadDemoBookings(collections, clock()) };
}
