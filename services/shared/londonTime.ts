/**
 * The product's one time zone. Everyone it serves works for an English local authority, so calendar days
 * (eCRB windows, "today"), the session times in import files and every date people read are London's (GMT or
 * BST), whatever zone the server runs in.
 */
export const LONDON_TIME_ZONE = 'Europe/London';
