import { createHash } from 'node:crypto';
import type { Collections } from '../storage/collections';
import type { ConversationRecord } from './conversationRecord';

type Details = Omit<ConversationRecord, 'updatedAt' | 'fingerprint'>;

/**
 * Filters take ids as strings only, whatever the caller checked: an object such as {"$ne": "x"} would be read
 * by MongoDB as a query operator and match other people's records.
 */
function stringId(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new TypeError(`${name} must be a string`);
  return value;
}

/** The same digest for the same details, whatever order their fields came in; undefined fields do not count. */
function fingerprintOf(details: Omit<Details, '_id'>): string {
  return createHash('sha256').update(canonicalJson(details)).digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Where the bot can reach people later. Shape after the Teams toolkit's conversation-reference store. */
export function conversationRepository(collections: Collections) {
  const conversations = collections.conversations;
  return {
    /**
     * Stores where to reach a conversation when it is new or its details changed; a message whose details
     * match what is stored writes nothing (one read of the `_id` index). The database decides, not a memory in
     * this process, so bot instances side by side never skip a change another one made: at worst two of them
     * write the same details.
     */
    async save(
      record: Details,
      now: Date,
      /** The fingerprint stored for this conversation, when the caller read it this turn (null: none stored). */
      stored?: string | null,
    ): Promise<{ isNew: boolean; written: boolean }> {
      const { _id, ...details } = record;
      const id = stringId(_id, 'conversation id');
      const fingerprint = fingerprintOf(details);
      // Read in this turn's one round trip (identifyActorInConversation): the same details need no write at all.
      if (stored === fingerprint) return { isNew: false, written: false };
      try {
        // Matches only the same details; otherwise inserts, which a stored record with other details refuses.
        const result = await conversations.updateOne(
          { _id: id, fingerprint },
          { $setOnInsert: { ...details, updatedAt: now } },
          { upsert: true, ignoreUndefined: true },
        );
        return { isNew: result.upsertedCount === 1, written: result.upsertedCount === 1 };
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
      }
      const result = await conversations.updateOne(
        { _id: id },
        { $set: { ...details, fingerprint, updatedAt: now } },
        { upsert: true, ignoreUndefined: true },
      );
      return { isNew: result.upsertedCount === 1, written: true };
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

    /**
     * The conversation stored or changed most recently, in the tenant when one is given: it tells where Teams is
     * (service URL, tenant, the bot's account) for starting a chat with someone the bot has never talked to.
     */
    async findLatest(tenantId?: string): Promise<ConversationRecord | null> {
      const newestFirst = { updatedAt: -1 } as const;
      if (tenantId !== undefined) {
        return conversations.findOne({ tenantId: stringId(tenantId, 'tenant id') }, { sort: newestFirst });
      }
      return conversations.find({}).sort(newestFirst).limit(1).next();
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
