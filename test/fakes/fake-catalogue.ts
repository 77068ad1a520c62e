// An in-memory CatalogueReader over a few real records (see fake-catalogue.records.ts), for web tests.
// Its search is deliberately simple: words AND, `NOT word`, "phrases", field prefixes, filters, facets, paging.
import type { BibRecord, Library, WorkId } from '../../src/core/types.ts';
import type { CatalogueReader, SearchQuery, SearchResult, Suggestion, WorkView } from '../../src/services/catalogue-reader.ts';
import { FAKE_LIBRARIES, FAKE_RECORDS, FAKE_WORKS } from './fake-catalogue.records.ts';
import {
  countFacet, entryOf, FACETS, oneEdit, parseText, passesFilters, sortEntries, type Entry, type FacetName,
} from './fake-catalogue.search.ts';

export interface FakeCatalogueOptions {
  /** More records, grouped one work per record (id `extra-N`): for hand-made edge cases in tests. */
  readonly extraRecords?: readonly BibRecord[];
  /** More records for fake works, by work id: e.g. RUNEBERG_EDITIONS for `fanrik-stals-sagner`, a work with many copies. */
  readonly moreEditions?: Readonly<Record<string, readonly BibRecord[]>>;
  /** Other member libraries than FAKE_LIBRARIES: e.g. with opening hours. */
  readonly libraries?: readonly Library[];
}

export class FakeCatalogue implements CatalogueReader {
  /** When set, every call throws it: to test how the web layer degrades. */
  failure: Error | null = null;
  isHealthy = true;
  /** The queries the web layer sent, newest last. */
  readonly queries: SearchQuery[] = [];
  private readonly entries: Entry[];
  private readonly members: readonly Library[];

  constructor(options: FakeCatalogueOptions = {}) {
    const groups: [string, BibRecord[]][] = Object.entries(FAKE_WORKS).map(([id, recordIds]) =>
      [id, [...recordIds.map((rid) => FAKE_RECORDS.find((r) => r.id === rid)!), ...(options.moreEditions?.[id] ?? [])]]);
    (options.extraRecords ?? []).forEach((r, i) => groups.push([`extra-${i + 1}`, [r]]));
    this.entries = groups.map(([id, records]) => entryOf(id, records));
    this.members = options.libraries ?? FAKE_LIBRARIES;
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    this.check();
    this.queries.push(query);
    const terms = parseText(query.text);
    const matched = this.entries.filter((e) => terms.every((t) => t.negated !== e.text[t.field].includes(t.value)));
    const passes = (e: Entry, except?: FacetName) => passesFilters(e, query.filters, except);
    const results = sortEntries(matched.filter((e) => passes(e)), query.sort);
    const facets = {} as Record<FacetName, SearchResult['facets'][FacetName]>;
    for (const f of FACETS) facets[f] = countFacet(matched.filter((e) => passes(e, f)), f, query.facetLimit ?? 20);
    const start = (query.page - 1) * query.pageSize;
    return {
      total: results.length, page: query.page, pageSize: query.pageSize, facets,
      hits: results.slice(start, start + query.pageSize).map((e) => ({
        ...e.view.work, availableLibraries: e.available, recordCount: e.view.records.length, score: 1,
      })),
      availableCount: results.filter((e) => e.available.length > 0).length,
      didYouMean: results.length === 0 ? this.correct(query.text) : null,
    };
  }

  async suggest(prefix: string, limit: number): Promise<readonly Suggestion[]> {
    this.check();
    const p = prefix.toLowerCase();
    const all: Suggestion[] = this.entries.flatMap((e) => [
      { text: e.view.work.title, kind: 'title' as const },
      ...e.view.work.authors.map((a) => ({ text: a, kind: 'author' as const })),
    ]);
    const seen = new Set<string>();
    return all.filter((s) => s.text.toLowerCase().startsWith(p) && !seen.has(s.text) && seen.add(s.text)).slice(0, limit);
  }

  async getWork(id: WorkId): Promise<WorkView | null> {
    this.check();
    return this.entries.find((e) => e.view.work.id === id)?.view ?? null;
  }

  async workOfRecord(recordId: string): Promise<WorkId | null> {
    this.check();
    return this.entries.find((e) => e.view.work.recordIds.includes(recordId))?.view.work.id ?? null;
  }

  libraries(): readonly Library[] {
    return this.members;
  }

  async healthy(): Promise<boolean> {
    return this.isHealthy;
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  /** One-edit spelling correction against the titles and authors, for words of five letters or more. */
  private correct(text: string): string | null {
    const vocabulary = new Set(this.entries.flatMap((e) => `${e.text.title} ${e.text.author}`.split(/[^\p{L}\p{N}]+/u)));
    let changed = false;
    const words = text.split(/\s+/).map((w) => {
      const fix = w.length >= 5 && !vocabulary.has(w.toLowerCase()) ? [...vocabulary].find((v) => oneEdit(w.toLowerCase(), v)) : undefined;
      if (fix) changed = true;
      return fix ?? w;
    });
    return changed ? words.join(' ') : null;
  }
}
