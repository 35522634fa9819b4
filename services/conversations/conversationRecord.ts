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
  /** A digest of everything above: a message whose details match it needs no write. */
  fingerprint?: string;
  /** When the details last changed (not when the person last wrote). */
  updatedAt: Date;
}
