/**
 * Where the bot can reach a person or chat later (reminders, broadcasts): a Bot Framework
 * conversation reference, saved on install and first message, removed on uninstall.
 */
export interface ConversationRecord {
  /** The conversation id. */
  _id: string;
  aadObjectId?: string;
  conversationType: 'personal' | 'groupChat' | 'channel';
  tenantId?: string;
  reference: Record<string, unknown>;
  updatedAt: Date;
}
