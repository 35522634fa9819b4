import path from 'node:path';
import { DEFAULT_CATALOGUE_PATH, loadCatalogue, type Catalogue } from '../services/catalogue/loadCatalogue';
import type { Config } from './config';

/** The catalogue in force: the default, a local authority's own file, and/or its override (validated). */
export function loadConfiguredCatalogue(
  config: Pick<Config, 'CATALOGUE_FILE' | 'CATALOGUE_OVERRIDE_FILE'>,
): Catalogue {
  const base = config.CATALOGUE_FILE ? path.resolve(config.CATALOGUE_FILE) : DEFAULT_CATALOGUE_PATH;
  const override = config.CATALOGUE_OVERRIDE_FILE ? path.resolve(config.CATALOGUE_OVERRIDE_FILE) : undefined;
  return loadCatalogue(base, override);
}
