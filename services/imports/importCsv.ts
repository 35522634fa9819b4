import type { Collections } from '../storage/collections';
import { failed } from './applyChanges';
import { decodeCsvFile } from './decodeCsvFile';
import { importOrganisations } from './importOrganisations';
import { importRoster } from './importRoster';
import { importSessions } from './importSessions';
import type { CatalogueImportOptions, ImportKind, ImportResult } from './importResult';

/**
 * The one way into the imports, for the admin CLI and the demo alike, so both validate the same way. A file's
 * bytes are decoded here (UTF-8 only, size-limited); text built in memory is taken as it is.
 */
export async function importCsv(
  collections: Collections,
  kind: ImportKind,
  file: Uint8Array | string,
  options: CatalogueImportOptions,
): Promise<ImportResult> {
  let csv: string;
  if (typeof file === 'string') csv = file;
  else {
    const decoded = decodeCsvFile(file);
    if (!decoded.ok) return failed(kind, [decoded.issue], []);
    csv = decoded.text;
  }
  switch (kind) {
    case 'organisations':
      return importOrganisations(collections, csv, options);
    case 'roster':
      return importRoster(collections, csv, options);
    case 'sessions':
      return importSessions(collections, csv, options);
  }
}
