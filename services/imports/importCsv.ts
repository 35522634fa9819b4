import type { Collections } from '../storage/collections';
import { importOrganisations } from './importOrganisations';
import { importRoster } from './importRoster';
import { importSessions } from './importSessions';
import type { CatalogueImportOptions, ImportKind, ImportResult } from './importResult';

/** The one way into the imports, for the admin CLI and the demo alike, so both validate the same way. */
export function importCsv(
  collections: Collections,
  kind: ImportKind,
  csv: string,
  options: CatalogueImportOptions,
): Promise<ImportResult> {
  switch (kind) {
    case 'organisations':
      return importOrganisations(collections, csv, options);
    case 'roster':
      return importRoster(collections, csv, options);
    case 'sessions':
      return importSessions(collections, csv, options);
  }
}
