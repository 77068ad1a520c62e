// A ContentReader over arrays of items, for page tests: applies what the real service applies for the public
// (published, publishAt ≤ now < unpublishAt, event occurrences in range, filters, order), nothing more.
import type { BranchProfile, ContentItem, EServiceItem, EventItem, EventOccurrence, LibraryProfile, NewsItem, PageItem, SiteProfile } from '../../src/core/content.ts';
import { eventOccurrences, upcomingOccurrences } from '../../src/core/events/recurrence.ts';
import type { Library } from '../../src/core/types.ts';
import type { ContentReader, LibraryView } from '../../src/services/content/content-reader.ts';
import { DEFAULT_SITE_PROFILE } from '../../src/services/content/empty-content.ts';

export interface FakeContentOptions {
  readonly libraries: readonly Library[];
  readonly items?: readonly ContentItem[];
  readonly libraryProfiles?: readonly LibraryProfile[];
  readonly branchProfiles?: readonly BranchProfile[];
  readonly site?: SiteProfile;
  readonly images?: ReadonlyMap<string, { mime: string; bytes: Uint8Array }>;
  readonly clock?: () => Date;
}

/** Fields every test item needs, for building items briefly: `{ ...contentMeta('news', 'n-1'), title: … }`. */
export function contentMeta<K extends ContentItem['kind']>(kind: K, id: string, library: string | null = null) {
  return {
    id, kind, library, status: 'published' as const, publishAt: null, unpublishAt: null, createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z', updatedBy: null, version: 1,
  };
}

export function fakeContent(options: FakeContentOptions): ContentReader {
  const clock = options.clock ?? (() => new Date());
  const isPublic = (item: ContentItem) => {
    const now = clock().toISOString();
    return item.status === 'published' && (item.publishAt === null || item.publishAt <= now) && (item.unpublishAt === null || item.unpublishAt > now);
  };
  const items = () => (options.items ?? []).filter(isPublic);
  const of = <T extends ContentItem>(kind: T['kind']) => items().filter((i): i is T => i.kind === kind);
  const views: LibraryView[] = options.libraries.map((library) => ({
    library: {
      ...library,
      branches: library.branches.map((b) => {
        const hours = options.branchProfiles?.find((p) => p.branch === b.id)?.openingHours;
        return hours ? { ...b, openingHours: hours } : b;
      }),
    },
    profile: options.libraryProfiles?.find((p) => p.library === library.id) ?? null,
    branches: library.branches.map((branch) => {
      const profile = options.branchProfiles?.find((p) => p.branch === branch.id) ?? null;
      return { branch: profile?.openingHours ? { ...branch, openingHours: profile.openingHours } : branch, library: library.id, profile };
    }),
  }));
  return {
    libraries: async () => views,
    news: async ({ library, limit, offset = 0 }) => {
      const all = of<NewsItem>('news')
        .filter((n) => library === undefined || n.library === library || n.library === null)
        .sort((a, b) => (b.publishAt ?? b.updatedAt).localeCompare(a.publishAt ?? a.updatedAt));
      return { total: all.length, items: all.slice(offset, offset + limit) };
    },
    newsItem: async (id) => of<NewsItem>('news').find((n) => n.id === id) ?? null,
    events: async (filter) => {
      const all: EventOccurrence[] = of<EventItem>('event')
        .filter((e) => !filter.libraries?.length || (e.library !== null && filter.libraries.includes(e.library)))
        .filter((e) => !filter.audiences?.length || e.audiences.some((a) => filter.audiences!.includes(a)))
        .filter((e) => !filter.types?.length || filter.types.includes(e.type))
        .flatMap((e) => eventOccurrences(e, filter.from, filter.to))
        .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
      const offset = filter.offset ?? 0;
      return { total: all.length, items: all.slice(offset, offset + (filter.limit ?? all.length)) };
    },
    event: async (id) => of<EventItem>('event').find((e) => e.id === id) ?? null,
    occurrences: (event, from, limit) => upcomingOccurrences(event, new Date(from), limit),
    page: async (library, slug) => of<PageItem>('page').find((p) => p.library === library && p.slug === slug) ?? null,
    pages: async (library) => of<PageItem>('page').filter((p) => p.library === library),
    eservices: async () => of<EServiceItem>('eservice').sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    site: async () => options.site ?? DEFAULT_SITE_PROFILE,
    image: async (id) => options.images?.get(id) ?? null,
  };
}
