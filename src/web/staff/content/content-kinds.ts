// The four kinds of content the staff edit, and where each lives in the staff area.
import type { ContentItem, ContentKind } from '../../../core/content.ts';
import type { Locale } from '../../i18n/i18n.ts';
import { NEW_ITEM, STAFF_PATHS } from '../staff-paths.ts';
import type { StaffSection } from '../staff-frame.tsx';

export interface KindInfo {
  readonly kind: ContentKind;
  /** The staff menu entry and STAFF_PATHS key. */
  readonly section: Extract<StaffSection, 'news' | 'events' | 'pages' | 'eservices'>;
}

export const KINDS: readonly KindInfo[] = [
  { kind: 'news', section: 'news' },
  { kind: 'event', section: 'events' },
  { kind: 'page', section: 'pages' },
  { kind: 'eservice', section: 'eservices' },
];

export function kindInfo(kind: ContentKind): KindInfo {
  return KINDS.find((k) => k.kind === kind)!;
}

/** The delete confirmation after an item's address. */
export const DELETE_SUFFIX = { sv: 'ta-bort', en: 'delete' } as const;

export const contentHrefs = {
  list: (locale: Locale, kind: ContentKind) => STAFF_PATHS[locale][kindInfo(kind).section],
  create: (locale: Locale, kind: ContentKind) => `${STAFF_PATHS[locale][kindInfo(kind).section]}/${NEW_ITEM[locale]}`,
  edit: (locale: Locale, kind: ContentKind, id: string) => `${STAFF_PATHS[locale][kindInfo(kind).section]}/${encodeURIComponent(id)}`,
  remove: (locale: Locale, kind: ContentKind, id: string) =>
    `${STAFF_PATHS[locale][kindInfo(kind).section]}/${encodeURIComponent(id)}/${DELETE_SUFFIX[locale]}`,
};

/** What an item is called in lists and headings: its Swedish title (an e-service's name). */
export function itemTitle(item: ContentItem): string {
  return item.kind === 'eservice' ? item.name : item.title.sv;
}

/** Published with a start in the future: shown to the public from then. */
export function isScheduled(item: ContentItem, now: Date): boolean {
  return item.status === 'published' && item.publishAt !== null && Date.parse(item.publishAt) > now.getTime();
}

/** draft, scheduled or published: what a list shows and filters by. */
export type ShownStatus = 'draft' | 'scheduled' | 'published';
export const SHOWN_STATUSES: readonly ShownStatus[] = ['draft', 'scheduled', 'published'];

export function shownStatus(item: ContentItem, now: Date): ShownStatus {
  if (item.status === 'draft') return 'draft';
  return isScheduled(item, now) ? 'scheduled' : 'published';
}
