// What the web layer asks of the catalogue: search, works with their records and holdings, grouping reasons.
// Implemented by CatalogueService (catalogue.service.ts); the web layer depends on this port only.
import type { BibRecord, GroupingDecision, Holding, Library, Work, WorkId } from '../core/types.ts';
import type { SearchQuery, SearchResult, Suggestion } from '../search/search-index.ts';

export type { SearchQuery, SearchResult, Suggestion };

export interface WorkView {
  readonly work: Work;
  /** The work's records, newest edition first. */
  readonly records: readonly BibRecord[];
  /** Every holding of every record, ordered by library, branch, call number. */
  readonly holdings: readonly (Holding & { readonly recordId: string })[];
  readonly decisions: readonly GroupingDecision[];
}

export interface CatalogueReader {
  search(query: SearchQuery): Promise<SearchResult>;
  suggest(prefix: string, limit: number): Promise<readonly Suggestion[]>;
  /** Null when no such work exists. */
  getWork(id: WorkId): Promise<WorkView | null>;
  /** The work that holds this record, for links by record id; null when unknown. */
  workOfRecord(recordId: string): Promise<WorkId | null>;
  libraries(): readonly Library[];
  /** True when the store answers (for /healthz). */
  healthy(): Promise<boolean>;
}
