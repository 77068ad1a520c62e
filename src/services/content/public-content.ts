// What the public sees of content: published items whose time has come and not gone, and event occurrences in a
// date range with the filters of the events page.
import type { ContentItem, EventItem, EventOccurrence } from '../../core/content.ts';
import { eventOccurrences } from '../../core/events/recurrence.ts';
import type { EventFilter, Page } from './content-reader.ts';

/** Published, `publishAt` reached (or none), `unpublishAt` not reached (or none). */
export function isPublicAt(item: ContentItem, at: Date): boolean {
  const now = at.getTime();
  return item.status === 'published'
    && (item.publishAt === null || Date.parse(item.publishAt) <= now)
    && (item.unpublishAt === null || Date.parse(item.unpublishAt) > now);
}

/** The occurrences of `events` in the filter's range and kinds, in start order (then title), one page of them. */
export function occurrencePage(events: readonly EventItem[], filter: EventFilter): Page<EventOccurrence> {
  const audiences = filter.audiences?.length ? new Set(filter.audiences) : null;
  const types = filter.types?.length ? new Set(filter.types) : null;
  const libraries = filter.libraries?.length ? new Set(filter.libraries) : null;
  const all = events
    .filter((e) => libraries === null || (e.library !== null && libraries.has(e.library)))
    .filter((e) => audiences === null || e.audiences.some((a) => audiences.has(a)))
    .filter((e) => types === null || types.has(e.type))
    .flatMap((e) => eventOccurrences(e, filter.from, filter.to))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.event.title.sv.localeCompare(b.event.title.sv, 'sv') || a.event.id.localeCompare(b.event.id));
  const offset = filter.offset ?? 0;
  return { total: all.length, items: all.slice(offset, filter.limit === undefined ? undefined : offset + filter.limit) };
}
