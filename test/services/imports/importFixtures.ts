import { readFileSync } from 'node:fs';
import {
  applyOverride,
  DEFAULT_CATALOGUE_PATH,
  loadCatalogue,
  parseCatalogue,
  type Catalogue,
} from '../../../services/catalogue/loadCatalogue';
import type { ImportResult } from '../../../services/imports/importResult';

/** A fixed "now" for imports: 6 May 2026, 11:00 in London. */
export const NOW = new Date('2026-05-06T10:00:00Z');
export const clock = () => NOW;
export const catalogue = loadCatalogue();
export const courseOptions = { catalogue, clock };

/** The default catalogue with a local authority's override merged onto it (as CATALOGUE_OVERRIDE_FILE does). */
export function catalogueWith(override: unknown): Catalogue {
  const base: unknown = JSON.parse(readFileSync(DEFAULT_CATALOGUE_PATH, 'utf8'));
  return parseCatalogue(applyOverride(base, override), 'test override');
}

export const ORGANISATIONS_CSV = `name,accredited
Northdale Children's Services,yes
Northdale Primary Schools,yes
Riverside Family Support,no
`;

export const id = (n: number) => `aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function countsOf(result: ImportResult) {
  if (!result.ok) throw new Error(`import not applied: ${JSON.stringify(result, null, 2)}`);
  return result.counts;
}

export function errorsOf(result: ImportResult) {
  if (result.ok || result.reason !== 'invalid')
    throw new Error(`expected the import to be refused, got ${JSON.stringify(result)}`);
  return result.errors;
}
