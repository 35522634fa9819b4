import type { Collection, Db } from 'mongodb';
import type { Organisation } from '../people/organisation';
import type { StaffProfile } from '../people/staffProfile';
import type { Session } from '../sessions/session';
import type { ConversationRecord } from '../conversations/conversationRecord';
import type { Booking } from '../booking/booking';

/** Every collection the product stores, by name. The only place collection names are written. */
export interface Collections {
  organisations: Collection<Organisation>;
  people: Collection<StaffProfile>;
  sessions: Collection<Session>;
  conversations: Collection<ConversationRecord>;
  bookings: Collection<Booking>;
  /** Facts about the stored data itself, such as which upgrades it has had (`upgradeData`). */
  meta: Collection<{ _id: string; version: number; at: Date }>;
}

export function collectionsOf(db: Db): Collections {
  return {
    organisations: db.collection<Organisation>('organisations'),
    people: db.collection<StaffProfile>('people'),
    sessions: db.collection<Session>('sessions'),
    conversations: db.collection<ConversationRecord>('conversations'),
    bookings: db.collection<Booking>('bookings'),
    meta: db.collection<{ _id: string; version: number; at: Date }>('meta'),
  };
}

/**
 * The indexes every query relies on (test/services/storage/queryIndexes.test.ts checks each query the
 * product makes has one). Safe to run at every start-up.
 */
export const INDEXES = {
  people: [
    // Line reports of record, by name: findWithReportsFlag, findTeam.
    { key: { managerAadObjectId: 1, source: 1, name: 1 }, name: 'by_manager_of_record' },
    // Emails are stored in lower case: findByEmail.
    { key: { email: 1 }, name: 'by_email' },
    // People waiting to be confirmed, by name.
    { key: { source: 1, name: 1 }, name: 'by_source_name' },
    // The training coordinator people are told to contact.
    { key: { permissions: 1, name: 1 }, name: 'by_permission' },
    // People the bot could not reach, most recent first (a coordinator's list).
    { key: { 'unreachable.at': 1 }, name: 'by_unreachable' },
  ],
  organisations: [{ key: { words: 1 }, name: 'by_words' }],
  sessions: [
    { key: { course: 1, start: 1 }, name: 'by_course_start' },
    // Fill rates: every course's sessions in a date window.
    { key: { start: 1 }, name: 'by_start' },
    // The sessions a trainer runs.
    { key: { trainer: 1, start: 1 }, name: 'by_trainer_start' },
  ],
  conversations: [
    { key: { aadObjectId: 1 }, name: 'by_person' },
    // Where Teams is, for starting a chat with someone new: the latest conversation, in a tenant or overall.
    { key: { tenantId: 1, updatedAt: 1 }, name: 'by_tenant_latest' },
    { key: { updatedAt: 1 }, name: 'by_latest' },
  ],
  bookings: [
    // One active booking per person and course, enforced by the database rather than a read-then-write.
    { key: { activeKey: 1 }, name: 'one_active_per_course', unique: true },
    // A session's bookings by state; its waiting list in order.
    { key: { sessionId: 1, state: 1, waitlistedAt: 1 }, name: 'by_session_state' },
    // My bookings, soonest first.
    { key: { 'person.aadObjectId': 1, sessionStart: 1 }, name: 'by_person_start' },
    // Approvals waiting for a manager.
    { key: { managerAadObjectId: 1, state: 1 }, name: 'by_manager_state' },
    // Holds past their window.
    { key: { state: 1, holdUntil: 1 }, name: 'by_state_hold' },
    // `admin export bookings`, in session order: the server walks the index rather than sorting in memory.
    { key: { sessionStart: 1, sessionId: 1, createdAt: 1, _id: 1 }, name: 'by_session_start' },
  ],
  meta: [],
} as const satisfies Record<
  keyof Collections,
  readonly { key: Record<string, 1>; name: string; unique?: boolean }[]
>;

/** Indexes earlier versions created that no query uses any more. */
const RETIRED_INDEXES: Partial<Record<keyof Collections, string[]>> = {
  people: ['by_manager', 'by_organisation'],
};

export async function ensureIndexes(collections: Collections): Promise<void> {
  await Promise.all(
    (Object.keys(INDEXES) as (keyof Collections)[]).flatMap((name) =>
      INDEXES[name].map((index) =>
        (collections[name] as unknown as Collection).createIndex(index.key, {
          name: index.name,
          ...('unique' in index ? { unique: index.unique } : {}),
        }),
      ),
    ),
  );
  for (const [name, retired] of Object.entries(RETIRED_INDEXES) as [keyof Collections, string[]][]) {
    const existing = new Set(
      (await collections[name].listIndexes().toArray()).map((index) => index.name as string),
    );
    for (const index of retired) if (existing.has(index)) await collections[name].dropIndex(index);
  }
}
