import type { Collections } from '../storage/collections';
import type { ConversationRecord } from './conversationRecord';

/**
 * Filters take ids as strings only, whatever the caller checked: an object such as {"$ne": "x"} would be read
 * by MongoDB as a query operator and match other people's records.
 */
function stringId(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new TypeError(`${name} must be a string`);
  return value;
}

/** Where the bot can reach people later. Shape after the Teams toolkit's conversation-reference store. */
export function conversationRepository(collections: Collections) {
  const conversations = collections.conversations;
  return {
    async save(record: Omit<ConversationRecord, 'updatedAt'>, now: Date): Promise<{ isNew: boolean }> {
      const result = await conversations.updateOne(
        { _id: stringId(record._id, 'conversation id') },
        { $set: { ...record, updatedAt: now } },
        { upsert: true },
      );
      return { isNew: result.upsertedCount === 1 };
    },

    async remove(conversationId: string): Promise<void> {
      await conversations.deleteOne({ _id: stringId(conversationId, 'conversation id') });
    },

    async findPersonal(aadObjectId: string): Promise<ConversationRecord | null> {
      return conversations.findOne({
        aadObjectId: stringId(aadObjectId, 'aadObjectId'),
        conversationType: 'personal',
      });
    },

    /** Pages through every stored conversation; pass the returned token to get the next page. */
    async list(
      pageSize: number,
      continuationToken?: string,
    ): Promise<{ items: ConversationRecord[]; next?: string }> {
      const items = await conversations
        .find(continuationToken ? { _id: { $gt: stringId(continuationToken, 'continuation token') } } : {})
        .sort({ _id: 1 })
        .limit(pageSize)
        .toArray();
      const last = items.at(-1);
      return { items, next: items.length === pageSize && last ? last._id : undefined };
    },
  };
}

export type ConversationRepository = ReturnType<typeof conversationRepository>;
