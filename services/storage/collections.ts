import type { Collection, Db } from 'mongodb';
import type { Organisation } from '../people/organisation';
import type { StaffProfile } from '../people/staffProfile';
import type { Session } from '../sessions/session';
import type { ConversationRecord } from '../conversations/conversationRecord';

/** Every collection the product stores, by name. The only place collection names are written. */
export interface Collections {
  organisations: Collection<Organisation>;
  people: Collection<StaffProfile>;
  sessions: Collection<Session>;
  conversations: Collection<ConversationRecord>;
}

export function collectionsOf(db: Db): Collections {
  return {
    organisations: db.collection<Organisation>('organisations'),
    people: db.collection<StaffProfile>('people'),
    sessions: db.collection<Session>('sessions'),
    conversations: db.collection<ConversationRecord>('conversations'),
  };
}

/** Creates the indexes the product relies on. Safe to run at every start-up. */
export async function ensureIndexes(collections: Collections): Promise<void> {
  await Promise.all([
    collections.people.createIndex({ managerAadObjectId: 1 }, { name: 'by_manager' }),
    collections.people.createIndex({ organisation: 1 }, { name: 'by_organisation' }),
    collections.sessions.createIndex({ course: 1, start: 1 }, { name: 'by_course_start' }),
    collections.conversations.createIndex({ aadObjectId: 1 }, { name: 'by_person' }),
  ]);
}
