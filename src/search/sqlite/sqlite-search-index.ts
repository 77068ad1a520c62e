// The embedded search backend: SQLite FTS5 finds and ranks works; facet counting, filtering and the
// non-relevance sorts run in memory over typed-array columns kept beside the index (facets.ts), loaded
// on the first search that needs them, so that a command that only writes (an import) never pays for them.
import type { Database, Statement } from 'better-sqlite3';
import { errors } from '../../core/errors.ts';
import type { WorkId } from '../../core/types.ts';
import { FacetColumns, NO_YEAR, type WorkSummary } from '../facets.ts';
import { filterWorks, type FilteredWorks } from '../facet-filter.ts';
import { queryKeys } from '../indexed-text.ts';
import { parseQuery, type QueryNode } from '../query-parser.ts';
import {
  SORTS, type SearchHit, type SearchIndex, type SearchQuery, type SearchResult, type Suggestion, type WorkDocument,
} from '../search-index.ts';
import { RecentResults } from '../recent-results.ts';
import { firstInOrder } from '../work-order.ts';
import { matchPlan } from './fts5-match.ts';
import { RelevanceRanker } from './relevance.ts';
import { prepareSearchSchema } from './search-schema.ts';
import { SQL } from './search.sql.ts';
import { SpellingCorrector } from './spelling-corrector.ts';
import { SqliteSuggestions } from './suggestions.ts';
import { type ChangedWork, SqliteWorkWriter } from './work-writer.ts';

const DEFAULT_FACET_LIMIT = 20;
const MAX_FACET_LIMIT = 1000;
export const MAX_PAGE_SIZE = 100;
/** Deepest result a page may reach: past this, a patron is better helped by narrowing the search. */
export const MAX_RESULT_WINDOW = 10_000;
/** Recent results kept: matched rows are at most 4 bytes per work each. */
const RECENT = 16;

type Outcome = Omit<SearchResult, 'didYouMean'>;

export class SqliteSearchIndex implements SearchIndex {
  /** Null until a search or count needs them: writes keep nothing in memory in sync meanwhile. */
  private loaded: FacetColumns | null = null;
  private readonly writer: SqliteWorkWriter;
  private readonly suggestions: SqliteSuggestions;
  private readonly ranker: RelevanceRanker;
  private readonly speller: SpellingCorrector;
  private readonly matching: Statement;
  private readonly matchingList: Statement;
  private readonly summaryOfRow: Statement;
  private readonly changedSince: Statement;
  private readonly recentMatches = new RecentResults<Int32Array>(RECENT);
  private readonly recentFilters = new RecentResults<FilteredWorks>(RECENT);
  /** Marks rows of the current result; all zero between searches. */
  private passing = new Uint8Array(0);
  private seq = 0;
  private dataVersion = -1;
  /**
   * A write was made inside a caller's transaction (the store's, during an import), which may still roll
   * back: its rows reach the facet columns only once that transaction is over, read back like another
   * connection's changes, so that memory never runs ahead of the database.
   */
  private unsettled = false;
  /** The columns were loaded inside a caller's transaction with unsettled writes: reload once it is over. */
  private loadedUnsettled = false;

  /**
   * True when the index was created empty just now (a new database, or tables of another schema version
   * dropped): the services then fill it from the store (CatalogueService.reindexAll).
   */
  readonly needsRebuild: boolean;

  /** Creates the `search_` tables if needed; the facet columns load on first use. The handle stays the caller's. */
  constructor(private readonly db: Database) {
    this.needsRebuild = prepareSearchSchema(db);
    this.suggestions = new SqliteSuggestions(db);
    this.writer = new SqliteWorkWriter(db, this.suggestions);
    this.ranker = new RelevanceRanker(db);
    this.speller = new SpellingCorrector(db);
    this.matching = db.prepare(SQL.matchingRows).pluck();
    this.matchingList = db.prepare(SQL.matchingRowList).pluck();
    this.summaryOfRow = db.prepare(SQL.summaryOfRow).pluck();
    this.changedSince = db.prepare(SQL.changedSince);
  }

  async upsert(docs: readonly WorkDocument[]): Promise<void> {
    this.write((seq) => this.writer.upsert(docs, seq));
  }

  async remove(ids: readonly WorkId[]): Promise<void> {
    this.write((seq) => this.writer.remove(ids, seq));
  }

  async count(): Promise<number> {
    return this.columns().aliveCount;
  }

  /** Frees the in-memory columns; the database handle stays open (it is the caller's). */
  async close(): Promise<void> {
    this.unload();
  }

  /** Loads the facet columns now rather than on the first search (a server, before it takes requests). */
  warm(): void {
    this.columns();
  }

  private unload(): void {
    this.loaded = null;
    this.seq = 0;
    this.dataVersion = -1;
    this.loadedUnsettled = false;
    this.passing = new Uint8Array(0);
    this.recentMatches.forget();
    this.recentFilters.forget();
  }

  async suggest(prefix: string, limit: number): Promise<readonly Suggestion[]> {
    return this.suggestions.suggest(prefix, limit);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    checkPaging(query);
    const tree = parseQuery(query.text);
    const asTyped = this.run(tree, query);
    if (asTyped.total > 0 || tree === null) return { ...asTyped, didYouMean: null };
    const correction = this.speller.correct(tree, query.text);
    if (correction === null) return { ...asTyped, didYouMean: null };
    const corrected = this.run(correction.tree, query);
    return corrected.total > 0 ? { ...corrected, didYouMean: correction.text } : { ...asTyped, didYouMean: null };
  }

  private run(tree: QueryNode | null, query: SearchQuery): Outcome {
    const columns = this.columns();
    const plan = matchPlan(tree);
    const planKey = JSON.stringify([plan.match, plan.exclude]);
    const candidates = this.recentMatches.get(planKey)
      ?? this.recentMatches.remember(planKey, plan.match !== null ? this.matchingRows(plan.match) : this.allRowsExcept(columns, plan.exclude));
    const facetLimit = Math.min(Math.max(Math.trunc(query.facetLimit ?? DEFAULT_FACET_LIMIT), 0), MAX_FACET_LIMIT);
    const filterKey = JSON.stringify([planKey, query.filters, facetLimit]);
    const filtered = this.recentFilters.get(filterKey)
      ?? this.recentFilters.remember(filterKey, filterWorks(columns, candidates, query.filters, facetLimit));
    const k = query.page * query.pageSize;
    const offset = k - query.pageSize;
    let page: { row: number; score: number }[];
    if (filtered.rows.length === 0) {
      page = [];
    } else if (plan.match !== null && query.sort === 'relevance') {
      for (const row of filtered.rows) this.passing[row] = 1;
      try {
        const passShare = filtered.rows.length / candidates.length;
        const request = { match: plan.match, prominent: plan.prominent, keys: queryKeys(tree), passing: this.passing, passingRows: filtered.rows, passShare, k };
        page = this.ranker.firstK(request).slice(offset);
      } finally {
        for (const row of filtered.rows) this.passing[row] = 0;
      }
    } else {
      // Browsing (no words to rank by) shows the newest works first.
      const sort = query.sort === 'relevance' ? 'newest' : query.sort;
      page = firstInOrder(columns, filtered.rows, sort, k).slice(offset).map((row) => ({ row, score: 0 }));
    }
    return {
      total: filtered.rows.length,
      page: query.page,
      pageSize: query.pageSize,
      hits: page.flatMap(({ row, score }) => this.hit(columns, row, score)),
      facets: filtered.facets,
      availableCount: filtered.availableCount,
    };
  }

  private matchingRows(match: string): Int32Array {
    return rowList((this.matchingList.get(match) as string | null) ?? '');
  }

  private allRowsExcept(columns: FacetColumns, exclude: string | null): Int32Array {
    const all = columns.allRows();
    if (exclude === null) return all;
    const excluded = this.matchingRows(exclude);
    for (const row of excluded) this.passing[row] = 1;
    try {
      return all.filter((row) => this.passing[row] === 0);
    } finally {
      for (const row of excluded) this.passing[row] = 0;
    }
  }

  private hit(columns: FacetColumns, row: number, score: number): SearchHit[] {
    const json = this.summaryOfRow.get(row) as string | null | undefined;
    if (!json) return [];
    const work = JSON.parse(json) as WorkSummary;
    const { yearMin, yearMax } = columns;
    return [{
      id: work.id, title: work.title, subtitle: work.subtitle, authors: work.authors,
      yearMin: yearMin[row] === NO_YEAR ? null : yearMin[row], yearMax: yearMax[row] === NO_YEAR ? null : yearMax[row],
      formats: work.formats, languages: work.languages, libraries: work.libraries,
      availableLibraries: work.availableLibraries, recordCount: work.recordCount, score,
    }];
  }

  /**
   * The facet columns, caught up with the database: loaded in full the first time (every row changed
   * since sequence 0), afterwards only what changed since.
   */
  private columns(): FacetColumns {
    if (this.loadedUnsettled && !this.db.inTransaction) this.unload();
    if (this.loaded === null) {
      this.loaded = new FacetColumns();
      // Rows read now may be rolled back with the caller's transaction: read them all again after it.
      this.loadedUnsettled = this.unsettled && this.db.inTransaction;
      if (this.loadedUnsettled) this.catchUpNow();
    }
    this.catchUp();
    return this.loaded;
  }

  /**
   * One write transaction. With the columns loaded, catch up with other connections first, so no change is
   * skipped, and apply the changes after; unloaded, there is nothing in memory to keep in sync.
   */
  private write(change: (seq: number) => ChangedWork[]): void {
    const nested = this.db.inTransaction;
    // Settles the writes of an earlier caller's transaction, which catching up inside this one may not.
    if (!nested) this.catchUp();
    const { seq, changed } = this.db.transaction(() => {
      this.catchUp();
      const next = this.writer.nextSequence();
      return { seq: next, changed: change(next) };
    }).immediate();
    if (nested) {
      this.unsettled = true;
      return;
    }
    if (this.loaded === null) return;
    this.seq = seq;
    for (const { rowId, summary } of changed) this.apply(rowId, summary);
  }

  /**
   * Another connection (say, `samverka import` while the portal runs) may have changed the index:
   * PRAGMA data_version tells cheaply, and rows stamped with a later sequence say what changed.
   */
  private catchUp(): void {
    if (this.loaded === null) return;
    if (this.unsettled) {
      // Inside the caller's transaction the unsettled rows read as written, committed or not: wait.
      if (this.db.inTransaction) return;
      this.unsettled = false;
      this.dataVersion = -1;
    }
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version === this.dataVersion) return;
    this.dataVersion = version;
    this.catchUpNow();
  }

  private catchUpNow(): void {
    const changed = this.changedSince.iterate(this.seq) as IterableIterator<{ rowId: number; seq: number; summary: string | null }>;
    for (const { rowId, seq, summary } of changed) {
      this.apply(rowId, summary === null ? null : (JSON.parse(summary) as WorkSummary));
      if (seq > this.seq) this.seq = seq;
    }
  }

  private apply(rowId: number, summary: WorkSummary | null): void {
    const columns = this.loaded;
    if (columns === null) return;
    this.recentMatches.forget();
    this.recentFilters.forget();
    if (summary === null) columns.delete(rowId);
    else columns.put(rowId, summary);
    if (this.passing.length < columns.capacity) this.passing = new Uint8Array(columns.capacity);
  }
}

/** The rowids of SQL.matchingRowList ("12,7,40"), read without splitting the text into strings. */
function rowList(text: string): Int32Array {
  let count = text === '' ? 0 : 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 44) count++;
  const rows = new Int32Array(count);
  let n = 0;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) { rows[n++] = value; value = 0; } else value = value * 10 + (c - 48);
  }
  if (count > 0) rows[n] = value;
  return rows;
}

function checkPaging(query: SearchQuery): void {
  const { page, pageSize, sort } = query;
  if (!Number.isInteger(page) || page < 1) throw errors.badQuery('The page number must be 1 or more.', { reason: 'bad-page' });
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw errors.badQuery(`A page holds 1 to ${MAX_PAGE_SIZE} works.`, { reason: 'bad-page-size' });
  }
  if (page * pageSize > MAX_RESULT_WINDOW) {
    throw errors.badQuery(`Only the first ${MAX_RESULT_WINDOW} works of a result can be shown; narrow the search.`, { reason: 'too-deep' });
  }
  if (!SORTS.includes(sort)) throw errors.badQuery(`Unknown sort order "${String(sort)}".`, { reason: 'bad-sort' });
}
