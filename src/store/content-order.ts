// How content stores order and compare content items, shared so every implementation lists in the same order.
import type { ContentItem } from '../core/content.ts';

/** An ISO timestamp as UTC `toISOString()`, so that timestamps written with different offsets compare as text. */
export function isoInstant(value: string): string {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

/**
 * A text that sorts names in Swedish order under a plain binary comparison (SQLite's default): case folded,
 * å ä ö after z (æ, ø as ä, ö), other accents dropped (é as e).
 */
export function swedishSortKey(name: string): string {
  return name
    .toLocaleLowerCase('sv')
    .replace(/å/g, '{').replace(/[äæ]/g, '|').replace(/[öø]/g, '}')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** What a kind is listed by: news by `publishAt ?? updatedAt` (newest first), events by first start, pages by slug,
 *  e-services by name. Ties are broken by id, ascending. */
export function contentSortKey(item: ContentItem): string {
  switch (item.kind) {
    case 'news': return isoInstant(item.publishAt ?? item.updatedAt);
    case 'event': return item.startsAt;
    case 'page': return item.slug;
    case 'eservice': return swedishSortKey(item.name);
  }
}

export const NEWEST_FIRST: Readonly<Record<ContentItem['kind'], boolean>> = { news: true, event: false, page: false, eservice: false };

/** The local end of an event's last occurrence, or null when it recurs (a recurring event always matches `endsAfter`). */
export function eventLastEnd(item: ContentItem): string | null {
  return item.kind === 'event' && item.recurrence === null ? item.endsAt : null;
}
