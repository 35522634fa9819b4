// The longest value each kind of import cell takes, in characters. A longer cell is refused with its line:
// a 5,000,000-character name was once stored and broke every card that showed it.

/** A person's name: Entra ID display names go up to 256 characters, and Teams gives us those. */
export const MAX_PERSON_NAME = 256;
/** Organisation names and venues. */
export const MAX_TEXT = 200;
/** An email address (RFC 5321's limit on a path). */
export const MAX_EMAIL = 254;
/** An identifier: an Entra object id, a session's reference, a course code. */
export const MAX_ID = 100;
/** A single word or date: yes/no, an audience, a service group, an access route. */
export const MAX_WORD = 100;
/** A `;`-separated list (permissions, completions: about 200 `CODE@DATE` entries). */
export const MAX_LIST = 4_000;
