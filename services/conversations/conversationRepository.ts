import type { Collections } from '../storage/collections';
import type { ConversationRecord } from './conversationRecord';

/** Where the bot can reach people later. Shape after the Teams toolkit's conversation-reference store. */
export function conversationRepository(collections: Collections) {
  const conversations = collections.conversations;
  return {
    async save(record: Omit<ConversationRecord, 'updatedAt'>, now: Date): Promise<{ isNew: boolean }> {
      const result = await conversations.updateOne(
        { _id: record._id },
        { $set: { ...record, updatedAt: now } },
        { upsert: true },
      );
      return { isNew: result.upsertedCount === 1 };
    },

    async remove(conversationId: string): Promise<void> {
      await conversations.deleteOne({ _id: conversationId });
    },

    async exists(conversationId: string): Promise<boolean> {
      return (await conversations.countDocuments({ _id: conversationId }, { limit: 1 })) > 0;
    },

    async findPersonal(aadObjectId: string): Promise<ConversationRecord | null> {
      return conversations.findOne({ aadObjectId, conversationType: 'personal' });
    },

    /** Pages through every stored conversation; pass the returned token to get the next page. */
    async list(
      pageSize: number,
      continuationToken?: string,
    ): Promise<{ items: ConversationRecord[]; next?: string }> {
      const items = await conversations
        .find(continuationToken ? { _id: { $gt: continuationToken } } : {})
        .sort({ _id: 1 })
        .limit(pageSize)
        .toArray();
      const last = items.at(-1);
      return { items, next: items.length === pageSize && last ? last._id : undefined };
    },
  };
}

export type ConversationRepository = ReturnType<typeof conversationRepository>;
