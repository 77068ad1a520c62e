// The search index interface, implemented by search/sqlite (embedded) and search/postgres (scale-out).
// Both run one contract suite (search-index.contract.ts). src/search may import core only.
import type { Audience, Format, LibraryId, WorkId } from '../core/types.ts';

/** What the index knows of one work: built by services from the work's records. */
export interface WorkDocument {
  readonly id: WorkId;
  readonly title: string;
  readonly subtitle: string | null;
  readonly authors: readonly string[];
  /** Searchable text by field weight: title > author > subject > rest. */
  readonly titleText: string;
  readonly authorText: string;
  readonly subjectText: string;
  /** Series, publisher, description, notes, contents. */
  readonly otherText: string;
  /** ISBN/ISSN/other ids, normalized (digits and X). Searchable with `isbn:`. */
  readonly identifiers: readonly string[];
  readonly libraries: readonly LibraryId[];
  /** Libraries where at least one copy has status `available` (harvested status). */
  readonly availableLibraries: readonly LibraryId[];
  readonly formats: readonly Format[];
  readonly languages: readonly string[];
  /** Distinct publication years of the work's records. */
  readonly years: readonly number[];
  readonly subjects: readonly string[];
  /** Author facet values (display form, main entry first). */
  readonly authorFacets: readonly string[];
  readonly audiences: readonly Audience[];
  readonly recordCount: number;
  /** Title without leading articles, lower-cased: for sort by title. */
  readonly sortTitle: string;
}

export const FACET_NAMES = ['library', 'format', 'language', 'year', 'subject', 'author', 'audience'] as const;
export type FacetName = (typeof FACET_NAMES)[number];
export const SORTS = ['relevance', 'newest', 'oldest', 'title'] as const;
export type SearchSort = (typeof SORTS)[number];

export interface SearchFilters {
  /** Repeated values OR within a facet; facets AND with each other. */
  readonly library?: readonly string[];
  readonly format?: readonly string[];
  readonly language?: readonly string[];
  /** "2019" or a range "2010-2019". */
  readonly year?: readonly string[];
  readonly subject?: readonly string[];
  readonly author?: readonly string[];
  readonly audience?: readonly string[];
  /** Only works with a copy on the shelf now (in the filtered libraries when `library` is set). */
  readonly available?: boolean;
}

export interface SearchQuery {
  /** The user's query text: words, "phrases", field:terms (titel: författare: ämne: isbn: and English), AND/OR/NOT. Empty = everything. */
  readonly text: string;
  readonly filters: SearchFilters;
  readonly sort: SearchSort;
  readonly page: number;
  readonly pageSize: number;
  /** How many values per facet to return (default 20). */
  readonly facetLimit?: number;
}

export interface SearchHit {
  readonly id: WorkId;
  readonly title: string;
  readonly subtitle: string | null;
  readonly authors: readonly string[];
  readonly yearMin: number | null;
  readonly yearMax: number | null;
  readonly formats: readonly Format[];
  readonly languages: readonly string[];
  readonly libraries: readonly LibraryId[];
  readonly availableLibraries: readonly LibraryId[];
  readonly recordCount: number;
  readonly score: number;
}

export interface FacetValue {
  readonly value: string;
  readonly count: number;
}

export interface SearchResult {
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly hits: readonly SearchHit[];
  /** Counts over the whole result set, each facet's own filter excluded (so OR choices stay visible). */
  readonly facets: Readonly<Record<FacetName, readonly FacetValue[]>>;
  /** Count of works in the result with a copy available now ("on the shelf now" facet). */
  readonly availableCount: number;
  /** A corrected query when a word looks misspelt (one edit, words of 5+ letters), else null. */
  readonly didYouMean: string | null;
}

export interface Suggestion {
  readonly text: string;
  readonly kind: 'title' | 'author' | 'subject';
}

export interface SearchIndex {
  /** Adds or replaces works. */
  upsert(docs: readonly WorkDocument[]): Promise<void>;
  remove(ids: readonly WorkId[]): Promise<void>;
  /** Throws SamverkaError `bad-query` for a query it cannot parse. */
  search(query: SearchQuery): Promise<SearchResult>;
  /** Completions for the words typed so far (prefix of titles, authors, subjects). */
  suggest(prefix: string, limit: number): Promise<readonly Suggestion[]>;
  count(): Promise<number>;
  close?(): Promise<void>;
}
