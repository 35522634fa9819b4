/**
 * The people you can chat as in the Agents Playground (`npm run playground -- --as NAME`).
 * They are in the demo roster (`npm run demo`) with these Entra object ids.
 */
export interface Persona {
  key: 'practitioner' | 'manager' | 'coordinator' | 'trainer' | 'newcomer';
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}

export const TENANT_ID = '7a3c1d2e-0000-4000-9000-00000000a11a';

export const PERSONAS: Persona[] = [
  {
    key: 'practitioner',
    aadObjectId: '11111111-1111-4111-8111-000000000001',
    givenName: 'Priya',
    surname: 'Shah',
    email: 'priya.shah@northdale.example.gov.uk',
  },
  {
    key: 'manager',
    aadObjectId: '11111111-1111-4111-8111-000000000002',
    givenName: 'Mark',
    surname: 'Evans',
    email: 'mark.evans@northdale.example.gov.uk',
  },
  {
    key: 'coordinator',
    aadObjectId: '11111111-1111-4111-8111-000000000003',
    givenName: 'Chloe',
    surname: 'Brown',
    email: 'chloe.brown@northdale.example.gov.uk',
  },
  {
    key: 'trainer',
    aadObjectId: '11111111-1111-4111-8111-000000000004',
    givenName: 'Tom',
    surname: 'Wilson',
    email: 'tom.wilson@northdale.example.gov.uk',
  },
  // Not on the roster: shows what an unknown member of staff meets (onboarding).
  {
    key: 'newcomer',
    aadObjectId: '11111111-1111-4111-8111-000000000005',
    givenName: 'Sam',
    surname: 'Okafor',
    email: 'sam.okafor@brightstart.example.org.uk',
  },
];

export function personaByKey(key: string): Persona | undefined {
  return PERSONAS.find((persona) => persona.key === key);
}
