/**
 * Every Action.Execute verb a card can send. Cards build buttons from these names and `bot/actionRoutes.ts`
 * must route each one (its table is checked against this list), so a typo on either side fails to compile.
 */
export const VERBS = [
  /** "Ask this question" links: the button names an intent, as if the person had typed the question. */
  'ask',
  'profile.declare',
  'profile.review',
  'profile.confirm',
  'profile.reject',
  'profiles.waiting',
  'team.page',
  'team.member',
  'team.confirmIt',
  'fillRates.page',
  'trainer.sessions',
  // Booking (issue 13): a practitioner books, their manager decides, anyone sees and cancels their own.
  'sessions.more',
  'booking.book',
  'booking.approve',
  'booking.decline',
  'booking.cancel',
  'bookings.mine',
  'approvals.waiting',
  'nominate.start',
  'nominate.submit',
  // Coordinators managing sessions (cards/sessionsOverviewCard.ts SESSION_VERBS):
  'sessions.manage',
  'session.cancel',
  'session.cancelConfirmed',
  'session.new',
  'session.create',
  'session.bookings',
] as const;
export type Verb = (typeof VERBS)[number];
