import type { Activity } from 'botbuilder';
import { z } from 'zod';

/**
 * Teams sends at most about 28 KB of message text; anything longer did not come from someone typing in Teams.
 * Longer text is cut here, before anything reads it.
 */
export const MAX_TEXT_CHARACTERS = 28_000;

// Teams ids run from a GUID to a couple of hundred characters (a channel thread id with its message id).
const Id = z.string().min(1).max(512);
const Name = z.string().max(512);
/** Activity types, channel ids, conversation types, install actions, delivery modes. */
const Word = z.string().min(1).max(64);
const AadObjectId = z.string().max(128);

// Objects stay loose: Teams adds fields the bot does not check (role, userRole, isGroup), and they pass through.
const Account = z.looseObject({ id: Id, name: Name.optional(), aadObjectId: AadObjectId.optional() });

const Conversation = z.looseObject({
  id: Id,
  name: Name.optional(),
  conversationType: Word.optional(),
  tenantId: AadObjectId.optional(),
});

// botbuilder removes an @mention by comparing `mentioned.id` and cutting `text` out of the message.
const Mention = z.looseObject({
  type: z.string().regex(/^mention$/i),
  mentioned: z.looseObject({ id: Id }),
  text: z.string().max(MAX_TEXT_CHARACTERS),
});
// Other entity types can be URLs ("https://schema.org/Message").
const OtherEntity = z.looseObject({
  type: z
    .string()
    .min(1)
    .max(256)
    .refine((type) => type.toLowerCase() !== 'mention'),
});

/**
 * What the bot needs of an incoming activity before any handler sees it. Every id is a string of sane length,
 * so no id can reach a database filter as a query operator ({"$ne": "x"}). `value` stays unknown: each card
 * action parses its own with the schema in `bot/actionRoutes.ts`.
 */
export const ActivitySchema = z.looseObject({
  type: Word,
  id: Id.optional(),
  channelId: Word,
  // Where the bot posts its replies: a web address, nothing else.
  serviceUrl: z.url({ protocol: /^https?$/ }).max(1024),
  from: Account,
  recipient: Account,
  conversation: Conversation,
  replyToId: Id.optional(),
  text: z.string().optional(),
  name: z.string().max(256).optional(),
  action: Word.optional(),
  deliveryMode: Word.optional(),
  entities: z.array(z.union([Mention, OtherEntity])).optional(),
  membersAdded: z.array(Account).optional(),
  membersRemoved: z.array(Account).optional(),
  value: z.unknown().optional(),
});

/**
 * The two invokes the bot answers carry their request in `value`; botbuilder reads `value.action.type` and
 * `value.queryText` before any handler could check them, so their shape is checked here. The data inside
 * (`action.data`) is still each card verb's own schema's to check.
 */
const INVOKE_VALUES: Record<string, z.ZodType> = {
  'adaptiveCard/action': z.looseObject({
    action: z.looseObject({ type: z.string().max(64), verb: z.string().max(128).optional() }),
  }),
  'application/search': z.looseObject({
    queryText: z.string().max(1_000),
    dataset: z.string().max(128).optional(),
  }),
};

const ActivityWithInvokeValue = ActivitySchema.superRefine((activity, ctx) => {
  const name = activity.type === 'invoke' && typeof activity.name === 'string' ? activity.name : undefined;
  const schema = name && Object.hasOwn(INVOKE_VALUES, name) ? INVOKE_VALUES[name] : undefined;
  if (!schema) return;
  const value = schema.safeParse(activity.value);
  if (!value.success)
    for (const issue of value.error.issues)
      ctx.addIssue({ ...issue, path: ['value', ...issue.path] } as never);
});

export type ParsedActivity = { ok: true; activity: Activity } | { ok: false; issues: z.core.$ZodIssue[] };

/** The activity from a request body, checked, with its text cut to what Teams can send. */
export function parseActivity(body: unknown): ParsedActivity {
  const parsed = ActivityWithInvokeValue.safeParse(body);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues };
  const activity = parsed.data as unknown as Activity;
  if (typeof activity.text === 'string') activity.text = cutText(activity.text);
  withDates(activity);
  return { ok: true, activity };
}

function cutText(text: string): string {
  if (text.length <= MAX_TEXT_CHARACTERS) return text;
  const cut = text.slice(0, MAX_TEXT_CHARACTERS);
  // Never leave half of a surrogate pair (an emoji cut in two) at the end.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** As botbuilder's own `validateAndFixActivity` does: dates arrive as strings, handlers expect Date objects. */
function withDates(activity: Activity): void {
  const raw = activity as unknown as Record<string, unknown>;
  for (const [field, rawField] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    if (typeof raw[field] === 'string') {
      raw[rawField] = raw[field];
      raw[field] = new Date(raw[field]);
    }
  }
}
