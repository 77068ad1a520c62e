// The events list's query string (/evenemang?library=krokom&audience=children&from=…): validated with zod, turned
// into the content port's filter, and written back into links that keep the reader's choices.
import { z } from 'zod';
import { EVENT_TYPES, type EventAudience, type EventType } from '../../../core/content.ts';
import { errors } from '../../../core/errors.ts';
import { addDays, daysBetween, isIsoDate } from '../../../core/opening-hours/stockholm-time.ts';
import type { EventFilter } from '../../../services/content/content-reader.ts';
import type { Locale } from '../../i18n/i18n.ts';
import { dropEmptyValues, validate } from '../../validate.ts';
import { PATHS } from '../urls.ts';

/** What a reader chooses among; "all" is what an event for everyone says, and it matches each of these. */
export const AUDIENCE_CHOICES = ['children', 'youth', 'adults'] as const;
export type AudienceChoice = (typeof AUDIENCE_CHOICES)[number];

export const EVENTS_PAGE_SIZE = 20;
export const DEFAULT_DAYS = 60;
/** A longer range is a mistake or a crawler; a year is what anyone plans. */
const MAX_RANGE_DAYS = 366;
const MAX_PAGE = 500;

export interface EventQuery {
  readonly libraries: readonly string[];
  readonly audiences: readonly AudienceChoice[];
  readonly types: readonly EventType[];
  readonly from: string;
  readonly to: string;
  readonly page: number;
  /** The reader chose the dates (links keep them); otherwise they follow today. */
  readonly datesChosen: boolean;
}

const many = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(20));
const isoDate = z.string().refine(isIsoDate, 'expected a date (YYYY-MM-DD)');

const querySchema = z.object({
  library: many(z.string().regex(/^[a-z0-9-]{1,64}$/)),
  audience: many(z.enum(AUDIENCE_CHOICES)),
  type: many(z.enum(EVENT_TYPES)),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
});

/** The reader's query; `today` is the Stockholm date the default range starts at. */
export function parseEventQuery(query: unknown, knownLibraries: readonly string[], today: string): EventQuery {
  const input = validate(querySchema, dropEmptyValues(query));
  const unknown = input.library.filter((id) => !knownLibraries.includes(id));
  if (unknown.length > 0) throw errors.badRequest(`Unknown library: ${unknown.join(', ')}`, { issues: [{ parameter: 'library', message: 'unknown library' }] });
  const from = input.from ?? today;
  const to = input.to ?? addDays(from, DEFAULT_DAYS);
  if (to < from) throw errors.badRequest('The end date is before the start date', { issues: [{ parameter: 'to', message: 'before from' }] });
  if (daysBetween(from, to) > MAX_RANGE_DAYS) throw errors.badRequest(`At most ${MAX_RANGE_DAYS} days at a time`, { issues: [{ parameter: 'to', message: 'range too long' }] });
  return {
    libraries: [...new Set(input.library)], audiences: [...new Set(input.audience)], types: [...new Set(input.type)],
    from, to, page: input.page, datesChosen: input.from !== undefined || input.to !== undefined,
  };
}

/** The port's filter: an event "for everyone" (`all`) matches whichever audience the reader chose. */
export function toEventFilter(query: EventQuery): EventFilter {
  const audiences: EventAudience[] = query.audiences.length > 0 ? [...query.audiences, 'all'] : [];
  return {
    from: query.from, to: query.to, libraries: query.libraries, audiences, types: query.types,
    limit: EVENTS_PAGE_SIZE, offset: (query.page - 1) * EVENTS_PAGE_SIZE,
  };
}

/** The list with these choices on page `page`; dates only when the reader chose them, so links stay current. */
export function eventsHref(locale: Locale, query: EventQuery, page = 1): string {
  const fields: [string, string][] = [
    ...query.libraries.map((v): [string, string] => ['library', v]),
    ...query.audiences.map((v): [string, string] => ['audience', v]),
    ...query.types.map((v): [string, string] => ['type', v]),
  ];
  if (query.datesChosen) fields.push(['from', query.from], ['to', query.to]);
  if (page > 1) fields.push(['page', String(page)]);
  const search = new URLSearchParams(fields).toString();
  return search ? `${PATHS[locale].events}?${search}` : PATHS[locale].events;
}

export function isFiltered(query: EventQuery): boolean {
  return query.libraries.length > 0 || query.audiences.length > 0 || query.types.length > 0 || query.datesChosen;
}
