import { z } from 'zod';

// The fixed words of the outside contracts (contracts.md §2). The mapping between them is data (catalogue).

export const AUDIENCES = [
  'practitioner',
  'trainer',
  'operational-manager',
  'senior-manager',
  'is-officer',
  'admin-staff',
] as const;
export const Audience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof Audience>;

export const SERVICE_GROUPS = [
  'social-care',
  'schools',
  'local-authority',
  'youth-offending',
  'childrens-centres',
  'connexions',
  'voluntary',
  'health',
] as const;
export const ServiceGroup = z.enum(SERVICE_GROUPS);
export type ServiceGroup = z.infer<typeof ServiceGroup>;

export const ACCESS_ROUTES = [
  'care-first',
  'web-browser',
  'capita-one',
  'careworks',
  'e-start',
  'profile',
] as const;
export const AccessRoute = z.enum(ACCESS_ROUTES);
export type AccessRoute = z.infer<typeof AccessRoute>;

/** Who a session is for (sessions.csv `audience`); absent means anyone. */
export const SESSION_AUDIENCES = ['practitioner', 'manager', 'admin-staff'] as const;
export const SessionAudience = z.enum(SESSION_AUDIENCES);
export type SessionAudience = z.infer<typeof SessionAudience>;

export const PERMISSIONS = ['coordinator', 'trainer'] as const;
export const Permission = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof Permission>;

/** Default service group -> ContactPoint access route (domain §5, city framework). */
export const DEFAULT_ACCESS_ROUTE: Record<ServiceGroup, AccessRoute> = {
  'social-care': 'care-first',
  schools: 'web-browser',
  'local-authority': 'capita-one',
  'youth-offending': 'careworks',
  'childrens-centres': 'e-start',
  connexions: 'profile',
  voluntary: 'web-browser',
  health: 'web-browser',
};

export const ACCESS_ROUTE_LABELS: Record<AccessRoute, string> = {
  'care-first': 'Care First',
  'web-browser': 'Web browser',
  'capita-one': 'Capita One (EMS)',
  careworks: 'CareWorks',
  'e-start': 'E-Start',
  profile: 'Profile',
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  practitioner: 'Practitioner',
  trainer: 'Trainer',
  'operational-manager': 'Operational manager',
  'senior-manager': 'Strategic, senior or middle manager',
  'is-officer': 'Information Sharing officer or professional adviser',
  'admin-staff': 'Practitioner administrative staff',
};

export const SERVICE_GROUP_LABELS: Record<ServiceGroup, string> = {
  'social-care': 'Social care',
  schools: 'Schools',
  'local-authority': 'Local authority',
  'youth-offending': 'Youth offending team',
  'childrens-centres': "Children's centres",
  connexions: 'Connexions',
  voluntary: 'Voluntary sector',
  health: 'Health',
};
