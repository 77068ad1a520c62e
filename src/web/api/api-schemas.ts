// Zod schemas of the JSON API's answers and small inputs: the presenters' types and the OpenAPI document's components.
import { z } from 'zod';
import { AUDIENCES, FORMATS, HOLDING_STATUSES } from '../../core/types.ts';

/** Schemas named here become `#/components/schemas/{id}` in the OpenAPI document. */
export const apiComponents = z.registry<{ id: string; description?: string }>();

const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
const count = z.number().int().nonnegative();
const year = z.number().int().nullable();

export const facetValueSchema = z.object({ value: z.string(), count }).register(apiComponents, { id: 'FacetValue' });

const facetList = list(facetValueSchema);

export const searchHitSchema = z.object({
  id: z.string().describe('Work id'),
  title: z.string(),
  subtitle: z.string().nullable(),
  authors: list(z.string()),
  year: year.describe('The newest edition\'s year (yearMax)'),
  yearMin: year,
  yearMax: year,
  formats: list(z.enum(FORMATS)),
  languages: list(z.string()).describe('MARC language codes'),
  libraries: list(z.string()).describe('Ids of the member libraries holding the work'),
  availableLibraries: list(z.string()).describe('Ids of the member libraries with a copy on the shelf (harvested status)'),
  recordCount: count.describe('Number of records (editions) in the work'),
}).register(apiComponents, { id: 'SearchHit' });

export const searchResponseSchema = z.object({
  total: count,
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  hits: list(searchHitSchema),
  facets: z.object({
    library: facetList, format: facetList, language: facetList, year: facetList, subject: facetList, author: facetList, audience: facetList,
  })
    .describe('Counts over the whole result set; each facet\'s own filter is left out so OR choices stay visible'),
  availableCount: count.describe('Works in the result with a copy on the shelf now'),
  didYouMean: z.string().nullable().describe('A corrected query when a word looks misspelt'),
}).register(apiComponents, { id: 'SearchResponse' });

const onlineLinkSchema = z.object({ url: z.string(), label: z.string().nullable() });

export const recordSchema = z.object({
  id: z.string().describe('library:localId'),
  library: z.string(),
  localId: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  responsibility: z.string().nullable(),
  authors: list(z.string()),
  uniformTitle: z.string().nullable(),
  year,
  formats: list(z.enum(FORMATS)),
  languages: list(z.string()),
  subjects: list(z.string()),
  genres: list(z.string()),
  audience: z.enum(AUDIENCES).nullable(),
  isbns: list(z.string()),
  issns: list(z.string()),
  otherIds: list(z.string()),
  publisher: z.string().nullable(),
  place: z.string().nullable(),
  edition: z.string().nullable(),
  extent: z.string().nullable(),
  description: z.string().nullable(),
  series: list(z.string()),
  notes: list(z.string()),
  onlineLinks: list(onlineLinkSchema),
}).register(apiComponents, { id: 'Record' });

export const holdingSchema = z.object({
  recordId: z.string(),
  library: z.string(),
  branch: z.string(),
  callNumber: z.string().nullable(),
  status: z.enum(HOLDING_STATUSES),
  dueDate: z.string().nullable().describe('YYYY-MM-DD when on loan and known'),
  asOf: z.string().describe('ISO timestamp of the data the status comes from'),
}).register(apiComponents, { id: 'Holding' });

export const workResponseSchema = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  authors: list(z.string()),
  yearMin: year,
  yearMax: year,
  formats: list(z.enum(FORMATS)),
  languages: list(z.string()),
  subjects: list(z.string()),
  audiences: list(z.enum(AUDIENCES)),
  libraries: list(z.string()),
  records: list(recordSchema).describe('Newest edition first'),
  holdings: list(holdingSchema).describe('Ordered by library, branch, call number'),
}).register(apiComponents, { id: 'Work' });

export const librariesResponseSchema = z.object({
  libraries: list(z.object({
    id: z.string(),
    name: z.string(),
    municipalityCode: z.string().nullable(),
    population: count.nullable(),
    branches: list(z.object({ id: z.string(), name: z.string(), kind: z.enum(['library', 'bus']) })),
  })),
}).register(apiComponents, { id: 'Libraries' });

export const suggestParamsSchema = z.object({
  q: z.string().max(200).default('').describe('What the user has typed so far'),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

export const suggestResponseSchema = z.object({
  suggestions: list(z.object({ text: z.string(), kind: z.enum(['title', 'author', 'subject']) })),
}).register(apiComponents, { id: 'Suggestions' });

export const healthResponseSchema = z.object({ status: z.enum(['ok', 'unavailable']) }).register(apiComponents, { id: 'Health' });

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string().describe('Stable error code, e.g. bad-request, bad-query, unknown-library, not-found'),
    message: z.string(),
  }),
}).register(apiComponents, { id: 'Error' });

export const workIdParamsSchema = z.object({ id: z.string().min(1).max(300).describe('Work id') });

export type SearchResponse = z.output<typeof searchResponseSchema>;
export type WorkResponse = z.output<typeof workResponseSchema>;
export type LibrariesResponse = z.output<typeof librariesResponseSchema>;
export type ErrorResponse = z.output<typeof errorResponseSchema>;
