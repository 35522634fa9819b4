/** A calendar day inside words for people, `YYYY-MM-DD`. */
export interface Day {
  day: string;
}

/**
 * Words for people whose dates stay data until a card shows them, so that `cards/format.ts` is the one place a
 * date becomes words: `['Issued ', { day: '2023-03-12' }, ', valid until ', { day: '2026-03-11' }]`.
 */
export type DatedText = readonly (string | Day)[];

/**
 * Fills the `{name}` placeholders of a template (catalogue wording, or the service's own): a string value goes
 * in as words, a `Day` as data. Values are never read as templates themselves; a name without a value stays as
 * written.
 */
export function fillTemplate(
  template: string,
  values: Partial<Record<string, string | Day>> = {},
): DatedText {
  const parts: (string | Day)[] = [];
  const add = (part: string | Day) => {
    const last = parts.at(-1);
    if (typeof part === 'string') {
      if (!part) return;
      if (typeof last === 'string') parts[parts.length - 1] = last + part;
      else parts.push(part);
    } else parts.push(part);
  };
  let from = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const value = values[match[1] as string];
    if (value === undefined) continue;
    add(template.slice(from, match.index));
    add(value);
    from = match.index + match[0].length;
  }
  add(template.slice(from));
  return parts;
}
