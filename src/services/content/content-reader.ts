// The port the public pages read the common web's content through: only what is published and public now.
import type {
  BranchProfile, EServiceItem, EventAudience, EventItem, EventOccurrence, EventType, LibraryProfile, NewsItem, PageItem,
  SiteProfile,
} from '../../core/content.ts';
import type { Branch, Library, LibraryId } from '../../core/types.ts';

/** A branch as residents see it: the configured branch (or one a coordinator added) with its effective name and
 *  opening hours, and its profile. */
export interface BranchView {
  /** `name` and `openingHours` here are the effective ones: the profile's when set, else the configured ones. */
  readonly branch: Branch;
  readonly library: LibraryId;
  readonly profile: BranchProfile | null;
}

/** A member library as residents see it. */
export interface LibraryView {
  /** The configured library; its branches carry the effective opening hours. */
  readonly library: Library;
  readonly profile: LibraryProfile | null;
  readonly branches: readonly BranchView[];
}

export interface EventFilter {
  /** ISO dates (inclusive), Stockholm days. */
  readonly from: string;
  readonly to: string;
  readonly libraries?: readonly LibraryId[];
  readonly audiences?: readonly EventAudience[];
  readonly types?: readonly EventType[];
  readonly limit?: number;
  readonly offset?: number;
}

export interface Page<T> {
  readonly total: number;
  readonly items: readonly T[];
}

export interface PublicImage {
  readonly mime: string;
  readonly bytes: Uint8Array;
}

export interface ContentReader {
  /** Members with their profiles and branches, in configuration order (branches staff added after the configured
   *  ones); hidden branches are left out. */
  libraries(): Promise<readonly LibraryView[]>;
  /** Public news, newest first; `library` = that library's and the county's. */
  news(options: { readonly library?: LibraryId; readonly limit: number; readonly offset?: number }): Promise<Page<NewsItem>>;
  newsItem(id: string): Promise<NewsItem | null>;
  /** Occurrences of public events in the date range, in start order (recurring events expanded). */
  events(filter: EventFilter): Promise<Page<EventOccurrence>>;
  event(id: string): Promise<EventItem | null>;
  /** The next occurrences of one event from `from` (ISO moment). */
  occurrences(event: EventItem, from: string, limit: number): readonly EventOccurrence[];
  /** A public page by owner (null = county) and slug. */
  page(library: LibraryId | null, slug: string): Promise<PageItem | null>;
  pages(library: LibraryId | null): Promise<readonly PageItem[]>;
  /** Public e-services, by name. */
  eservices(): Promise<readonly EServiceItem[]>;
  site(): Promise<SiteProfile>;
  /** An image referenced by public content (or any image: ids are unguessable). */
  image(id: string): Promise<PublicImage | null>;
}
