/**
 * How a message sent outside a turn went. `unreachable`: Teams refused (the app is not installed for the person,
 * or they blocked it) and the person is marked for a coordinator; `failed`: anything else, after the retries;
 * `no-outbound`: this bot cannot send outside a turn (not configured, or it does not yet know where Teams is).
 */
export type OutboundResult =
  | { ok: true; activityId?: string; conversationId: string }
  | { ok: false; reason: 'unreachable' | 'failed' | 'no-outbound' };
