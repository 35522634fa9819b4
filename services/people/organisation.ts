/** An employing organisation (organisations.csv). `_id` is the name in lower case, so names are unique regardless of case. */
export interface Organisation {
  _id: string;
  name: string;
  /** Met the ContactPoint accreditation requirements (domain §6). */
  accredited: boolean;
  /** The name's words in lower case, so typing any word of it finds it (indexed; see `organisationWords`). */
  words?: string[];
  updatedAt: Date;
}

export function organisationKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** "St Mary's C of E Primary" → ["st", "mary's", "marys", "c", "of", "e", "primary"]: what a search matches. */
export function organisationWords(name: string): string[] {
  const words = organisationKey(name)
    .split(/[\s,.;:()/&-]+/)
    .filter(Boolean);
  const withoutApostrophes = words.map((word) => word.replace(/['’]/g, ''));
  return [...new Set([...words, ...withoutApostrophes])].filter(Boolean);
}
