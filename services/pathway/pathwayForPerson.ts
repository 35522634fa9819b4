import type { Catalogue } from '../catalogue/loadCatalogue';
import type { StaffProfile } from '../people/staffProfile';
import { buildPathway, type Pathway } from './buildPathway';

/** "What training do I need?" for a person whose profile the turn has already read. */
export function pathwayForPerson(catalogue: Catalogue, profile: StaffProfile, now: Date): Pathway {
  return buildPathway(catalogue, profile, { today: now });
}
