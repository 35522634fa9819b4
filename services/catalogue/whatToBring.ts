import type { Entities } from '../intents/understanding';
import type { StaffProfile } from '../people/staffProfile';
import { courseByCode } from './courseLookup';
import type { Catalogue } from './loadCatalogue';

export type WhatToBring =
  | { kind: 'which-course' }
  | { kind: 'nothing'; course: { code: string; title: string }; selfStudy: boolean }
  | { kind: 'items'; course: { code: string; title: string }; items: string[] };

/**
 * What to bring, for the course named, else ContactPoint training when it is named or the person is a
 * nominated ContactPoint user (the session where the checks are seen again, domain §6).
 */
export function whatToBring(
  catalogue: Catalogue,
  profile: Pick<StaffProfile, 'contactPointUser'> | null,
  asked: Pick<Entities, 'modules' | 'contactPoint'>,
): WhatToBring {
  const code =
    asked.modules[0] ??
    (asked.contactPoint || profile?.contactPointUser ? catalogue.contactPointCourse : undefined);
  const course = code ? courseByCode(catalogue, code) : undefined;
  if (!course) return { kind: 'which-course' };
  const ref = { code: course.code, title: course.title };
  if (!course.bring.length)
    return { kind: 'nothing', course: ref, selfStudy: course.booking === 'self-study' };
  return { kind: 'items', course: ref, items: course.bring };
}
