import type { Audience, SessionAudience } from '../catalogue/vocabulary';

/** Which sessions a person of this audience sits in (sessions.csv `audience`). */
export function sessionAudienceFor(audience: Audience): SessionAudience {
  if (audience === 'operational-manager' || audience === 'senior-manager') return 'manager';
  if (audience === 'admin-staff') return 'admin-staff';
  return 'practitioner';
}
