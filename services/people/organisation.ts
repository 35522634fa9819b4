/** An employing organisation (organisations.csv). `_id` is the name in lower case, so names are unique regardless of case. */
export interface Organisation {
  _id: string;
  name: string;
  /** Met the ContactPoint accreditation requirements (domain §6). */
  accredited: boolean;
  updatedAt: Date;
}

export function organisationKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
