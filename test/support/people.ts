import { personaByKey } from '../../scripts/demo/personas';
import type { StaffProfile } from '../../services/people/staffProfile';
import type { TestUser } from './botHarness';

/** A roster profile with nothing recorded yet; `extra` sets what a test is about. */
export function staffProfile(id: string, extra: Partial<StaffProfile> = {}): StaffProfile {
  return {
    _id: id,
    name: 'Test Person',
    audience: 'practitioner',
    organisation: 'Northdale',
    serviceGroup: 'health',
    accessRoute: 'web-browser',
    contactPointUser: false,
    itCompetence: false,
    identityChecked: false,
    permissions: [],
    completed: [],
    source: 'roster',
    updatedAt: new Date('2026-11-23T09:00:00Z'),
    ...extra,
  };
}

/** A demo persona (scripts/demo/personas.ts) as a chat user. */
export function personaUser(key: string): TestUser {
  const persona = personaByKey(key);
  if (!persona) throw new Error(`no persona ${key}`);
  return { aadObjectId: persona.aadObjectId, name: `${persona.givenName} ${persona.surname}` };
}

/** What the onboarding card sends for someone at a new organisation (`profile.declare`). */
export function declarationCard(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    audience: 'practitioner',
    organisation: 'other',
    organisationOther: 'Brightstart Playgroup',
    serviceGroup: 'childrens-centres',
    contactPointUser: 'yes',
    ...extra,
  };
}
