/** The booking windows (issue 13); configurable per deployment, these are the defaults. */
export interface BookingRules {
  /** Working days a manager has to decide on a held place before it lapses. */
  holdWorkingDays: number;
  /** Working days before a session after which people can no longer cancel their own place in chat. */
  cancelCutoffWorkingDays: number;
  /** Days before a session after which a freed seat goes to the coordinator to fill, not the waiting list. */
  promotionStopDays: number;
}

export const DEFAULT_BOOKING_RULES: BookingRules = {
  holdWorkingDays: 5,
  cancelCutoffWorkingDays: 2,
  promotionStopDays: 2,
};
