import { loadCatalogue } from '../../../services/catalogue/loadCatalogue';
import type { Organisation } from '../../../services/people/organisation';
import type { StaffProfile } from '../../../services/people/staffProfile';
import type { Clock } from '../../../services/shared/clock';

/** The shipped catalogue, loaded once for the pure-rule tests. */
export const catalogue = loadCatalogue();

/** 1 May 2026, 10:00 in London. */
export const clock: Clock = () => new Date('2026-05-01T09:00:00Z');

/** The employer of `aProfile`, accredited for ContactPoint. */
export const accredited: Organisation = {
  _id: 'riverside health trust',
  name: 'Riverside Health Trust',
  accredited: true,
  updatedAt: new Date('2026-01-01T00:00:00Z'),
};

export function aProfile(overrides: Partial<StaffProfile> = {}): StaffProfile {
  return {
    _id: 'aad-1',
    name: 'Sam Practitioner',
    audience: 'practitioner',
    organisation: 'Riverside Health Trust',
    serviceGroup: 'health',
    accessRoute: 'web-browser',
    contactPointUser: false,
    itCompetence: true,
    identityChecked: true,
    permissions: [],
    completed: [],
    source: 'roster',
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  };
}

/** `completed` entries from `CODE@DATE` strings, the roster's own notation (contracts §2). */
export function done(...entries: string[]): StaffProfile['completed'] {
  return entries.map((entry) => {
    const [code = '', date = ''] = entry.split('@');
    return { code, date };
  });
}

/** Tom Wilson's record (the demo's trainer persona), before the fixture clock: the longest pathway of the personas. */
export const TRAINER_RECORD = [
  'IW01@2024-04-01',
  'IW02@2024-05-01',
  'IW05@2024-06-01',
  'IS01@2024-05-01',
  'IS02@2024-07-01',
  'IS03@2024-08-01',
  'IS05@2024-09-01',
  'CP-L1@2025-01-01',
];
