import type { InputChoiceSet } from './adaptiveCard';

/** The typeahead dataset the bot answers with organisation names (`application/search` invoke, bot/search.ts). */
export const ORGANISATION_DATASET = 'organisations';

/**
 * The organisation picker: the first organisations, the one already chosen (found by typing, or declared),
 * and a typeahead over all of them when they do not all fit. Only then: the Agents Playground has no typeahead
 * and shows a dynamic list's values rather than its titles, so a short list stays static.
 */
export function organisationInput(options: {
  label: string;
  errorMessage: string;
  listed: string[];
  count: number;
  chosen?: string;
  /** Choices after the organisations, such as "Not listed". */
  more?: { title: string; value: string }[];
}): InputChoiceSet {
  const more = options.more ?? [];
  const chosenIsOrganisation = options.chosen && !more.some((choice) => choice.value === options.chosen);
  // The chosen one goes after the listed ones: the Agents Playground keeps a replaced card's options by position.
  const names = [
    ...new Set([...options.listed, ...(chosenIsOrganisation ? [options.chosen as string] : [])]),
  ];
  return {
    type: 'Input.ChoiceSet',
    id: 'organisation',
    label: options.label,
    placeholder: 'Type to search',
    isRequired: true,
    errorMessage: options.errorMessage,
    style: 'filtered',
    choices: [...names.map((name) => ({ title: name, value: name })), ...more],
    ...(options.count > options.listed.length
      ? { 'choices.data': { type: 'Data.Query' as const, dataset: ORGANISATION_DATASET } }
      : {}),
    value: options.chosen,
  };
}
