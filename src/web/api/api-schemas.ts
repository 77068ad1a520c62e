// Zod schemas of the JSON API's answers and small inputs: the presenters' types and the OpenAPI document's components.
import { z } from 'zod';
import { AUDIENCES, BRANCH_KINDS, FORMATS, HOLDING_STATUSES } from '../../core/types.ts';
import { HOLIDAY_RULES, SERVICE_KINDS, WEEKDAYS, type Weekday } from '../../core/opening-hours/opening-hours.types.ts';
import { AVAILABILITY_REASONS } from '../../services/availability-reader.ts';
import { SOURCE_STATES } from '../../services/source-health-reader.ts';

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

const availabilityReason = z.enum(AVAILABILITY_REASONS)
  .describe('Why the status is not live: timeout, failed, circuit-open (the system is left alone after repeated failures), no-live-source, unknown-record');

export const liveHoldingSchema = holdingSchema.extend({
  live: z.boolean().describe('True when the library system gave this status just now; false for the harvested status as of `asOf`'),
  reason: availabilityReason.optional(),
}).register(apiComponents, { id: 'LiveHolding' });

export const availabilityResponseSchema = z.object({
  workId: z.string(),
  holdings: list(liveHoldingSchema).describe('Ordered by library, branch, call number'),
  sources: list(z.object({ library: z.string(), live: z.boolean(), reason: availabilityReason.optional() }))
    .describe('How each member library\'s system answered for this work'),
}).register(apiComponents, { id: 'Availability' });

const textSchema = z.object({ sv: z.string(), en: z.string().nullable() }).describe('Text written by the library; en is null when only Swedish is given');
const localTime = z.string().describe('Europe/Stockholm wall-clock time with its offset, e.g. 2026-03-30T19:00:00+02:00');
const clockTime = z.string().describe('HH:MM, Europe/Stockholm wall-clock time; "to" may be 24:00 and is not included');
const isoDate = z.string().describe('YYYY-MM-DD');

export const openingIntervalSchema = z.object({
  from: clockTime, to: clockTime, service: z.enum(SERVICE_KINDS).describe('self-service: meröppet, open to card holders without staff'),
}).register(apiComponents, { id: 'OpeningInterval' });

const moment = z.object({ at: localTime, staffed: z.boolean() });
const weekDays = z.object(Object.fromEntries(WEEKDAYS.map((d) => [d, list(openingIntervalSchema).optional()])) as Record<Weekday, z.ZodOptional<z.ZodReadonly<z.ZodArray<typeof openingIntervalSchema>>>>);

export const openingHoursSchema = z.object({
  demo: z.boolean().describe('Made-up hours of the demo, not the library\'s real hours'),
  timeZone: z.literal('Europe/Stockholm'),
  status: z.object({
    open: z.boolean(),
    staffed: z.boolean(),
    closesAt: localTime.nullable().describe('When open: when the doors close; null when closed or open without end in sight'),
    changesAt: moment.nullable().describe('When open: the next change of staffing before closing'),
    nextOpen: moment.nullable().describe('The next opening after now (when open: after closing); null when none within a year'),
  }).describe('At the time of the answer (asOf)'),
  days: list(z.object({
    date: isoDate,
    weekday: z.enum(WEEKDAYS),
    hours: list(openingIntervalSchema).describe('Empty when closed all day'),
    source: z.enum(['week', 'holiday', 'exception']).describe('What decided the hours'),
    holiday: z.object({ id: z.string(), name: z.object({ sv: z.string(), en: z.string() }), kind: z.enum(['public-holiday', 'eve']) }).nullable(),
    schedule: textSchema.nullable().describe('The name of the weekly schedule used, e.g. summer hours'),
    note: textSchema.nullable(),
  })).describe('Seven days from today'),
  onHolidays: z.enum(HOLIDAY_RULES).describe('What Swedish public holidays and eves do when no exception says'),
  schedules: list(z.object({
    name: textSchema.nullable(),
    from: z.string().nullable().describe('YYYY-MM-DD, or MM-DD for every year; null: from always'),
    to: z.string().nullable().describe('Inclusive; YYYY-MM-DD, or MM-DD for every year; null: for ever'),
    days: weekDays.describe('A weekday left out is closed'),
  })),
  exceptions: list(z.object({ date: isoDate, to: isoDate.nullable(), hours: list(openingIntervalSchema), note: textSchema.nullable() }))
    .describe('Exceptions that have not yet ended'),
  notes: list(textSchema),
}).register(apiComponents, { id: 'OpeningHours' });

export const librariesResponseSchema = z.object({
  asOf: z.string().describe('ISO timestamp the opening statuses were worked out at'),
  libraries: list(z.object({
    id: z.string(),
    name: z.string(),
    municipalityCode: z.string().nullable(),
    population: count.nullable(),
    branches: list(z.object({
      id: z.string(), name: z.string(), kind: z.enum(BRANCH_KINDS),
      openingHours: openingHoursSchema.nullable().describe('Null when not known'),
    })),
  })),
}).register(apiComponents, { id: 'Libraries' });

const timestamp = z.string().nullable().describe('ISO timestamp');

export const sourcesResponseSchema = z.object({
  asOf: z.string().describe('ISO timestamp of this report: ages are counted from it'),
  sources: list(z.object({
    library: z.string(),
    kind: z.string().nullable().describe('Connector kind (marc-file, oai-pmh, sru, z3950, koha-rest, sip2, demo); null when none is configured'),
    state: z.enum(SOURCE_STATES)
      .describe('ok: the last harvest went well; failing: it did not, and the records of the last good one are still shown; never-harvested; import-only: records come through `samverka import`'),
    harvesting: z.boolean().describe('A harvest of this source is running now'),
    intervalMinutes: z.number().int().positive().nullable().describe('Minutes between scheduled harvests; null when none are scheduled'),
    lastAttemptAt: timestamp,
    lastSuccessAt: timestamp.describe('When the last harvest that went well ended: the age of the data shown'),
    lastError: z.string().nullable().describe('The last failure, as the source or the harvest told it (credentials masked)'),
    lastErrorAt: timestamp,
    lastCounts: z.object({ read: count, added: count, updated: count, deleted: count, unchanged: count, rejected: count }).nullable()
      .describe('What the last finished harvest did'),
    records: count.describe('Records of this library in the catalogue now'),
  })),
}).register(apiComponents, { id: 'Sources' });

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
export type OpeningHoursResponse = z.output<typeof openingHoursSchema>;
export type AvailabilityResponse = z.output<typeof availabilityResponseSchema>;
export type SourcesResponse = z.output<typeof sourcesResponseSchema>;
export type ErrorResponse = z.output<typeof errorResponseSchema>;
