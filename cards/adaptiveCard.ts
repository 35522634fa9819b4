import type { Verb } from './verbs';

// Small typed subset of the Adaptive Card schema (1.5, the version Teams renders), enough for our cards.

export type TextSize = 'Small' | 'Default' | 'Medium' | 'Large';
export type TextColor = 'Default' | 'Good' | 'Warning' | 'Attention' | 'Accent';

/** What any element may have: an `id`, which a toggle button names, and whether it shows at first. */
export interface ElementBase {
  id?: string;
  isVisible?: boolean;
}

export interface TextBlock extends ElementBase {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  size?: TextSize;
  weight?: 'Default' | 'Bolder';
  color?: TextColor;
  isSubtle?: boolean;
  spacing?: 'None' | 'Small' | 'Medium' | 'Large';
  style?: 'default' | 'heading';
}

export interface FactSet extends ElementBase {
  type: 'FactSet';
  facts: { title: string; value: string }[];
}

export interface Container extends ElementBase {
  type: 'Container';
  items: CardElement[];
  style?: 'default' | 'emphasis' | 'good' | 'warning' | 'attention' | 'accent';
  separator?: boolean;
  spacing?: 'None' | 'Small' | 'Medium' | 'Large';
}

export interface ColumnSet extends ElementBase {
  type: 'ColumnSet';
  columns: { type: 'Column'; width?: 'auto' | 'stretch' | string; items: CardElement[] }[];
  separator?: boolean;
  spacing?: 'None' | 'Small' | 'Medium' | 'Large';
}

export interface ActionSet extends ElementBase {
  type: 'ActionSet';
  actions: CardAction[];
}

export interface InputText {
  type: 'Input.Text';
  id: string;
  label?: string;
  placeholder?: string;
  isRequired?: boolean;
  errorMessage?: string;
  maxLength?: number;
  isMultiline?: boolean;
  value?: string;
}

/** A whole number (the renderer sends it as text, so the bot reads it like a CSV cell). */
export interface InputNumber {
  type: 'Input.Number';
  id: string;
  label?: string;
  isRequired?: boolean;
  errorMessage?: string;
  min?: number;
  max?: number;
  value?: number;
}

/** A date picker; the value is `YYYY-MM-DD`. */
export interface InputDate {
  type: 'Input.Date';
  id: string;
  label?: string;
  isRequired?: boolean;
  errorMessage?: string;
  min?: string;
  value?: string;
}

/** A time picker; the value is `HH:MM`. */
export interface InputTime {
  type: 'Input.Time';
  id: string;
  label?: string;
  isRequired?: boolean;
  errorMessage?: string;
  value?: string;
}

export interface InputChoiceSet {
  type: 'Input.ChoiceSet';
  id: string;
  label?: string;
  choices: { title: string; value: string }[];
  placeholder?: string;
  isRequired?: boolean;
  errorMessage?: string;
  style?: 'compact' | 'expanded' | 'filtered';
  isMultiSelect?: boolean;
  value?: string;
  /** Dynamic typeahead: Teams asks the bot (`application/search` invoke) for choices as the person types. */
  'choices.data'?: { type: 'Data.Query'; dataset: string; count?: number };
}

export type CardElement =
  | TextBlock
  | FactSet
  | Container
  | ColumnSet
  | ActionSet
  | InputText
  | InputChoiceSet
  | InputNumber
  | InputDate
  | InputTime;

/** Runs a bot verb and lets the bot replace the card in place (contracts.md §4). */
export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data?: Record<string, unknown>;
  style?: 'default' | 'positive' | 'destructive';
  associatedInputs?: 'auto' | 'none';
  /** Read out by screen readers where several buttons share a short title ("Confirm Sam Okafor"). */
  tooltip?: string;
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

/** Shows or hides elements of the card in place, in the client, without asking the bot. */
export interface ToggleVisibilityAction {
  type: 'Action.ToggleVisibility';
  title: string;
  /** The ids of the elements it shows when hidden and hides when shown. */
  targetElements: string[];
}

export type CardAction = ExecuteAction | OpenUrlAction | ToggleVisibilityAction;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  msteams?: { width: 'Full' };
}

export function adaptiveCard(body: CardElement[], actions: CardAction[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
  };
}

/**
 * A button that asks the bot a question (verb `ask`). The button names the intent and its details, so the
 * answer never depends on guessing words; the answer arrives as a new message and the card stays.
 */
export function askButton(
  title: string,
  intent: string,
  details: Omit<AskData, 'intent'> = {},
): ExecuteAction {
  return { type: 'Action.Execute', title, verb: 'ask', data: { intent, ...details } };
}

/** What a navigation button asks for; the bot validates it like any other input. */
export interface AskData {
  intent: string;
  modules?: string[];
  sessionId?: string;
  only?: 'team' | 'waiting' | 'blocked';
}

export function openUrlButton(title: string, url: string): OpenUrlAction {
  return { type: 'Action.OpenUrl', title, url };
}

export function facts(entries: [string, string | undefined][]): FactSet {
  return {
    type: 'FactSet',
    facts: entries
      .filter((entry): entry is [string, string] => Boolean(entry[1]))
      .map(([title, value]) => ({ title, value })),
  };
}

/** Runs a card verb with this data; the bot answers by replacing the card in place. */
export function executeButton(
  title: string,
  verb: Verb,
  data: Record<string, unknown> = {},
  extra: Partial<ExecuteAction> = {},
): ExecuteAction {
  return { type: 'Action.Execute', title, verb, data, associatedInputs: 'none', ...extra };
}

/**
 * Where a long list stands ("Showing 21-40 of 137") and buttons to the pages either side, so that no list is
 * cut off silently. `verb` gets `{ offset }` (plus `data`) and answers with the card for that page.
 */
export function pager(
  page: { offset: number; shown: number; total: number; pageSize: number },
  verb: Verb,
  noun: { one: string; many: string },
  data: Record<string, unknown> = {},
): { line?: TextBlock; buttons: ExecuteAction[] } {
  const { offset, shown, total, pageSize } = page;
  const buttons: ExecuteAction[] = [];
  if (offset > 0)
    buttons.push(executeButton('Previous', verb, { ...data, offset: Math.max(0, offset - pageSize) }));
  if (offset + shown < total)
    buttons.push(
      executeButton(`Next ${Math.min(pageSize, total - offset - shown)}`, verb, {
        ...data,
        offset: offset + shown,
      }),
    );
  if (total <= shown && offset === 0) return { buttons };
  return {
    line: paragraph(
      `Showing ${offset + 1}-${offset + shown} of ${total} ${total === 1 ? noun.one : noun.many}`,
      {
        isSubtle: true,
      },
    ),
    buttons,
  };
}

/** One entry of a list on a card (a session, a person, a check): a block set off from the one above by a rule. */
export function listItem(items: CardElement[]): Container {
  return { type: 'Container', separator: true, spacing: 'Small', items };
}

export function heading(text: string): TextBlock {
  return { type: 'TextBlock', text, size: 'Medium', weight: 'Bolder', wrap: true, style: 'heading' };
}

export function paragraph(text: string, extra: Partial<TextBlock> = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

/** How a status stands out. The word always says what it is; the tone only adds a tint. */
export type StatusTone = 'neutral' | 'accent' | 'good' | 'warning' | 'attention';

/**
 * A status as a bold word, optionally followed by what it is about ("**Missing** · Enhanced CRB check"), on a
 * tinted band unless the tone is neutral.
 * - WCAG 1.4.1 (use of colour): the word carries the meaning, so it reads the same to a screen reader and to
 *   someone who cannot tell the colours apart.
 * - WCAG 1.4.3 (contrast, 4.5:1): coloured text fails on Teams' themes (on the light theme Good text is 2.1:1
 *   and Warning 1.5:1 on white; on the dark theme Attention text is 3.2:1), while default text on a tinted band
 *   is 10:1 or more on both. Measured from Teams' host configs: test/support/teamsThemes.ts.
 */
export function statusLabel(tone: StatusTone, word: string, about?: string): CardElement {
  const line = paragraph(about ? `**${word}** · ${about}` : `**${word}**`);
  return tone === 'neutral' ? line : { type: 'Container', style: tone, items: [line] };
}

/**
 * A section folded behind a button ("Show done (7)") that opens and closes it in place, in the client. The button
 * stays where it is, so keyboard focus stays on it, and the renderer tells screen readers which section it
 * controls (`aria-controls`).
 */
export function foldedSection(id: string, buttonTitle: string, items: CardElement[]): CardElement[] {
  return [
    {
      type: 'ActionSet',
      actions: [{ type: 'Action.ToggleVisibility', title: buttonTitle, targetElements: [id] }],
    },
    { type: 'Container', id, isVisible: false, items },
  ];
}
