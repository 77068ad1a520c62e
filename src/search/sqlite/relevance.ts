// Orders matched works by relevance: exact title, then exact author matches; then works with every word
// in title or author; then the rest — each group by FTS5 BM25 over weighted columns.
import type { Database, Statement } from 'better-sqlite3';
import { SQL } from './search.sql.ts';

export interface RankRequest {
  readonly match: string;
  /** The part of `match` with every word in title or author (see MatchPlan). */
  readonly prominent: string | null;
  /** Exact title and author keys of the query (indexed-text.ts queryKeys). */
  readonly keys: { readonly title: string | null; readonly author: string | null };
  /** passing[row] === 1 for the works the facet filters let through. */
  readonly passing: Uint8Array;
  /** No filter removed anything: SQLite may then keep only the best rows while it sorts. */
  readonly allPass: boolean;
  readonly k: number;
}

export interface RankedRow {
  readonly row: number;
  /** BM25 relevance (higher is better) plus TIER_STEP per tier, so that scores fall in page order. */
  readonly score: number;
}

/** Far above any BM25 sum. */
const TIER_STEP = 1e6;
const EXACT_TITLE = 3;
const EXACT_AUTHOR = 2;
const PROMINENT = 1;

export class RelevanceRanker {
  private readonly ranked: Statement;
  private readonly rankedLimited: Statement;
  private readonly rankOfRow: Statement;
  private readonly titleRows: Statement;
  private readonly authorRows: Statement;

  constructor(db: Database) {
    this.ranked = db.prepare(SQL.rankedRows).raw(true);
    this.rankedLimited = db.prepare(SQL.rankedRowsLimited).raw(true);
    this.rankOfRow = db.prepare(SQL.rankOfRow).pluck();
    this.titleRows = db.prepare(SQL.rowsWithTitleKey).pluck();
    this.authorRows = db.prepare(SQL.rowsWithAuthorKey).pluck();
  }

  /**
   * The first k works of the request. A broad word matches a large part of the catalogue, but its
   * prominent rows usually fill the page, and then the rest is never ranked: BM25 costs about a
   * microsecond per row, the bulk of a broad search.
   */
  firstK({ match, prominent, keys, passing, allPass, k }: RankRequest): RankedRow[] {
    const exact = new Map<number, number>();
    const boost = (rows: number[], tier: number) => {
      for (const row of rows) if (passing[row] === 1 && !exact.has(row)) exact.set(row, tier);
    };
    if (keys.title !== null) boost(this.titleRows.all(keys.title) as number[], EXACT_TITLE);
    if (keys.author !== null) boost(this.authorRows.all(keys.author) as number[], EXACT_AUTHOR);

    const wanted = k + exact.size;
    const ranked: RankedRow[] = [];
    const placed = new Set<number>();
    const take = (expression: string, tier: number) => {
      const limit = wanted + placed.size;
      const rows = (allPass ? this.rankedLimited.iterate(expression, limit) : this.ranked.iterate(expression)) as
        IterableIterator<[number, number]>;
      for (const [row, bm25] of rows) {
        if (passing[row] !== 1 || placed.has(row)) continue;
        placed.add(row);
        ranked.push({ row, score: tier * TIER_STEP - bm25 });
        if (ranked.length === wanted) break;
      }
    };
    if (prominent !== null) take(prominent, PROMINENT);
    if (ranked.length < wanted) take(match, 0);
    if (exact.size === 0) return ranked.slice(0, k);

    const scores = new Map(ranked.map((r) => [r.row, r.score % TIER_STEP]));
    const first = [...exact].map(([row, tier]) => ({
      row,
      score: tier * TIER_STEP + (scores.get(row) ?? -((this.rankOfRow.get(match, row) as number | undefined) ?? 0)),
    }));
    first.sort((a, b) => b.score - a.score || a.row - b.row);
    return [...first, ...ranked.filter((r) => !exact.has(r.row))].slice(0, k);
  }
}
