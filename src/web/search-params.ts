// Search parameters of a query string: one zod schema serves the JSON API, the pages and the OpenAPI document.
import { z } from 'zod';
import { errors } from '../core/errors.ts';
import { LIBRARY_ID_PATTERN } from '../core/ids.ts';
import { AUDIENCES, FORMATS, type Library } from '../core/types.ts';
import type { SearchQuery, SearchResult } from '../services/catalogue-reader.ts';
import { dropEmptyValues, validate } from './validate.ts';

export type FacetName = keyof SearchResult['facets'];
export type SearchSort = SearchQuery['sort'];
export const FACET_NAMES = ['library', 'format', 'language', 'year', 'subject', 'author', 'audience'] as const satisfies readonly FacetName[];
export const SORTS = ['relevance', 'newest', 'oldest', 'title'] as const satisfies readonly SearchSort[];
export const MAX_QUERY_LENGTH = 500;
/** Deep pages cost the index a lot and no reader goes there; refine the search instead. */
export const MAX_PAGE = 1000;

const oneOrMany = <T extends z.ZodType>(item: T, description: string) =>
  z.union([item, z.array(item).max(50)]).optional().describe(`${description} Repeat the parameter to OR several values.`);
const text = z.string().min(1).max(300);

export const searchParamsSchema = z.object({
  q: z.string().max(MAX_QUERY_LENGTH).default('')
    .describe('Words, "phrases", field:terms (titel:/title:, författare:/author:, ämne:/subject:, isbn:) and AND/OR/NOT. Empty: everything.'),
  library: oneOrMany(z.string().regex(LIBRARY_ID_PATTERN), 'Member library id.'),
  format: oneOrMany(z.enum(FORMATS), 'Format.'),
  language: oneOrMany(z.string().regex(/^[a-z]{3}$/), 'MARC language code, e.g. swe.'),
  year: oneOrMany(z.string().regex(/^\d{1,4}(-\d{1,4})?$/), 'A year (2019) or a range (2010-2019).'),
  subject: oneOrMany(text, 'Subject heading, as in the subject facet.'),
  author: oneOrMany(text, 'Author, as in the author facet.'),
  audience: oneOrMany(z.enum(AUDIENCES), 'Intended audience.'),
  available: z.enum(['true', 'false', '1', '0']).optional().describe('Only works with a copy on the shelf now.'),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  sort: z.enum(SORTS).default('relevance'),
});

/** Validated search parameters, every filter as a list: what pages link with and the index is asked. */
export interface SearchParams {
  readonly q: string;
  readonly filters: Readonly<Record<FacetName, readonly string[]>>;
  readonly available: boolean;
  readonly sort: SearchSort;
  readonly page: number;
  readonly pageSize: number;
}

/** Throws `bad-request` for a malformed parameter and `unknown-library` for a library that is not a member. */
export function parseSearchParams(query: unknown, members: readonly Library[]): SearchParams {
  const raw = validate(searchParamsSchema, dropEmptyValues(query));
  const list = (value: string | readonly string[] | undefined): readonly string[] =>
    [...new Set(value === undefined ? [] : typeof value === 'string' ? [value] : value)];
  const filters = Object.fromEntries(FACET_NAMES.map((f) => [f, list(raw[f])])) as Record<FacetName, readonly string[]>;
  const unknown = filters.library.find((id) => !members.some((m) => m.id === id));
  if (unknown !== undefined) throw errors.unknownLibrary(unknown);
  return {
    q: raw.q.trim(), filters, available: raw.available === 'true' || raw.available === '1',
    sort: raw.sort, page: raw.page, pageSize: raw.pageSize,
  };
}

export function toSearchQuery(params: SearchParams): SearchQuery {
  const filters = Object.fromEntries(FACET_NAMES.filter((f) => params.filters[f].length > 0).map((f) => [f, params.filters[f]]));
  return {
    text: params.q, sort: params.sort, page: params.page, pageSize: params.pageSize,
    filters: params.available ? { ...filters, available: true } : filters,
  };
}
