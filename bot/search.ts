import type { SearchInvokeResponse } from 'botbuilder';
import { z } from 'zod';
import { ORGANISATION_DATASET } from '../cards/organisationInput';
import { searchOrganisations } from '../services/people/organisationRepository';
import type { BotServices } from './botServices';

/** Teams shows at most 15 typeahead choices. */
const MOST_CHOICES = 15;

const SearchRequest = z.object({
  queryText: z.string().max(200),
  dataset: z.string().max(50).optional(),
  queryOptions: z
    .object({ top: z.number().int().min(1).max(100).optional() })
    .loose()
    .optional(),
});

/** Answers a card's typeahead: organisation names for the onboarding and confirmation cards. */
export async function answerSearch(value: unknown, services: BotServices): Promise<SearchInvokeResponse> {
  const parsed = SearchRequest.safeParse(value);
  if (!parsed.success || parsed.data.dataset !== ORGANISATION_DATASET) return searchResults([]);
  const top = Math.min(parsed.data.queryOptions?.top ?? MOST_CHOICES, MOST_CHOICES);
  const found = await searchOrganisations(services.database.collections, parsed.data.queryText, top);
  return searchResults(found.map((organisation) => ({ title: organisation.name, value: organisation.name })));
}

function searchResults(results: { title: string; value: string }[]): SearchInvokeResponse {
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.search.searchResponse',
    value: { results } as never,
  };
}
