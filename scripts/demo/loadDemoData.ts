import type { Catalogue } from '../../services/catalogue/loadCatalogue';
import { importCsv } from '../../services/imports/importCsv';
import { IMPORT_KINDS, type ImportResult } from '../../services/imports/importResult';
import { systemClock, type Clock } from '../../services/shared/clock';
import { findSessionById, holdSeats } from '../../services/sessions/sessionRepository';
import type { Collections } from '../../services/storage/collections';
import { buildDemoFiles, NEARLY_FULL } from './northdale';

export interface DemoLoad {
  /** One result per file, in import order; stops at the first file that fails. */
  results: ImportResult[];
  /** True when this run took the places that make one session nearly full (the first run only). */
  seatsTaken: boolean;
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
    if (!result.ok) return { results, seatsTaken: false };
  }
  // Until bookings exist, the places are taken on the seat counter itself, once.
  const session = await findSessionById(collections, NEARLY_FULL.sessionId);
  const seatsTaken =
    session?.booked === 0 && (await holdSeats(collections, NEARLY_FULL.sessionId, NEARLY_FULL.seatsTaken));
  return { results, seatsTaken };
}
