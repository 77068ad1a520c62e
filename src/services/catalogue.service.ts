// The catalogue as the web layer reads it (CatalogueReader): search through the index, works from the store.
import type { BibRecord, GroupingDecision, Holding, Library, WorkId } from '../core/types.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { Store } from '../store/store.ts';
import type { CatalogueReader, SearchQuery, SearchResult, Suggestion, WorkView } from './catalogue-reader.ts';
import { toWorkDocument } from './work-document.ts';
import { compareSwedish } from '../core/swedish-order.ts';

export interface CatalogueDependencies {
  readonly store: Store;
  readonly index: SearchIndex;
  readonly libraries: readonly Library[];
}

/** Works per index write while rebuilding: one transaction each, memory flat whatever the catalogue's size. */
const REINDEX_BATCH = 500;

export class CatalogueService implements CatalogueReader {
  constructor(private readonly deps: CatalogueDependencies) {}

  search(query: SearchQuery): Promise<SearchResult> {
    return this.deps.index.search(query);
  }

  suggest(prefix: string, limit: number): Promise<readonly Suggestion[]> {
    return this.deps.index.suggest(prefix, limit);
  }

  async getWork(id: WorkId): Promise<WorkView | null> {
    const work = await this.deps.store.getWork(id);
    if (work === null) return null;
    const records = (await this.deps.store.recordsByWorks([id])).map((s) => s.record).sort(newestFirst);
    const decisions = await this.deps.store.decisionsByRecords(records.map((r) => r.id));
    return { work, records, holdings: holdingsOf(records), decisions: inRecordOrder(decisions, records) };
  }

  workOfRecord(recordId: string): Promise<WorkId | null> {
    return this.deps.store.workIdOfRecord(recordId);
  }

  /**
   * Fills the search index from the store, every work in batches: the index is derived data, and one
   * that was reset (a new schema version) is rebuilt this way at start-up. Returns the number of works.
   */
  async reindexAll(): Promise<number> {
    let indexed = 0;
    for (let after: WorkId | null = null; ;) {
      const works = await this.deps.store.worksAfter(after, REINDEX_BATCH);
      if (works.length === 0) return indexed;
      const records = new Map<WorkId, BibRecord[]>();
      for (const { record, workId } of await this.deps.store.recordsByWorks(works.map((w) => w.id))) {
        records.set(workId, [...(records.get(workId) ?? []), record]);
      }
      await this.deps.index.upsert(works.map((w) => toWorkDocument(w, records.get(w.id) ?? [])));
      indexed += works.length;
      after = works[works.length - 1].id;
    }
  }

  libraries(): readonly Library[] {
    return this.deps.libraries;
  }

  healthy(): Promise<boolean> {
    return this.deps.store.healthy();
  }
}

/** Newest edition first; records without a year last; then by id, so the order is stable. */
function newestFirst(a: BibRecord, b: BibRecord): number {
  return (b.year ?? -Infinity) - (a.year ?? -Infinity) || compareSwedish(a.id, b.id);
}

/** Every holding with its record, by library, branch and call number (holdings without one last). */
function holdingsOf(records: readonly BibRecord[]): (Holding & { readonly recordId: string })[] {
  return records
    .flatMap((r) => r.holdings.map((h) => ({ ...h, recordId: r.id })))
    .sort(
      (a, b) =>
        compareSwedish(a.library, b.library) ||
        compareSwedish(a.branch, b.branch) ||
        (a.callNumber === null ? 1 : 0) - (b.callNumber === null ? 1 : 0) ||
        compareSwedish(a.callNumber ?? '', b.callNumber ?? '') ||
        compareSwedish(a.recordId, b.recordId),
    );
}

function inRecordOrder(decisions: readonly GroupingDecision[], records: readonly BibRecord[]): GroupingDecision[] {
  const order = new Map(records.map((r, i) => [r.id, i]));
  return [...decisions].sort((a, b) => (order.get(a.recordId) ?? 0) - (order.get(b.recordId) ?? 0));
}
