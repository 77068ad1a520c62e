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
  /** The rows the facet filters let through; `passing` marks the same rows. */
  readonly passingRows: Int32Array;
  /** The share of the matched works that the filters let through (1: none removed), above 0. */
  readonly passShare: number;
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
/** SQLite's LIMIT for "no limit". */
const ALL_ROWS = -1;

/** How a pass reads the ranking when filters are on. */
export interface FilteredReading {
  /**
   * Up to this many rows passing the filters, at most `fewShare` of the matches, are handed to SQLite,
   * which then computes BM25 for them alone (measured at 100,000 works: 6,000 of 10,000 matches rank in
   * half the time, 20,000 of 50,000 a fifth faster); more rows, or a filter that removes little, cost
   * more to hand over (as JSON) than ranking every match saves.
   */
  readonly fewRows: number;
  readonly fewShare: number;
  /**
   * Otherwise a pass first reads this many times the rows that the filters' share says a page needs, so
   * that SQLite keeps only the best rows while it sorts; only if they fall short does it read them all.
   */
  readonly margin: number;
}
const READING: FilteredReading = { fewRows: 20_000, fewShare: 0.75, margin: 4 };

export class RelevanceRanker {
  private readonly ranked: Statement;
  private readonly boosted: Statement;
  private readonly rankOfRows: Statement;
  private readonly titleRows: Statement;
  private readonly authorRows: Statement;

  /** `reading` is for tests, which make the bounded reads fall short on a small catalogue. */
  constructor(db: Database, private readonly reading = READING) {
    this.ranked = db.prepare(SQL.rankedRows).raw(true);
    this.boosted = db.prepare(SQL.rankedRowsBoosted).raw(true);
    this.rankOfRows = db.prepare(SQL.rankOfRows).raw(true);
    this.titleRows = db.prepare(SQL.rowsWithTitleKey).pluck();
    this.authorRows = db.prepare(SQL.rowsWithAuthorKey).pluck();
  }

  /**
   * The first k works of the request. A broad word matches a large part of the catalogue, but its exact
   * or prominent rows usually fill the page, and then the rest is never ranked: BM25 costs about a
   * microsecond per row, the bulk of a broad search. Exact matches are in every pass (their words are
   * in title or author) and each pass sorts them first.
   */
  firstK({ match, prominent, keys, passing, passingRows, passShare, k }: RankRequest): RankedRow[] {
    const exact = this.exactRows(keys, passing);
    if (exact.size >= k) {
      const page = this.rankExact(prominent ?? match, exact, k);
      if (page.length === k) return page;
    }
    const boosts = exact.size === 0 ? null : {
      titles: JSON.stringify([...exact].flatMap(([row, boost]) => (boost === EXACT_TITLE ? [row] : []))),
      authors: JSON.stringify([...exact].flatMap(([row, boost]) => (boost === EXACT_AUTHOR ? [row] : []))),
    };
    const { fewRows, fewShare } = this.reading;
    const few = passShare <= fewShare && passingRows.length <= fewRows ? JSON.stringify(Array.from(passingRows)) : null;
    const ranked: RankedRow[] = [];
    const placed = new Set<number>();
    // Reads rows in rank order until the page is full; false when `limit` cut the reading short.
    const read = (expression: string, tier: number, limit: number): boolean => {
      const rows = (boosts === null
        ? this.ranked.iterate({ match: expression, rows: few, limit })
        : this.boosted.iterate({ match: expression, rows: few, limit, ...boosts })) as IterableIterator<[number, number, number?]>;
      let seen = 0;
      for (const [row, bm25, boost] of rows) {
        seen++;
        if (passing[row] !== 1 || placed.has(row)) continue;
        placed.add(row);
        ranked.push({ row, score: (boost || tier) * TIER_STEP - bm25 });
        if (ranked.length === k) return true;
      }
      return seen < limit || limit === ALL_ROWS;
    };
    // A cut-short pass is read again in full: the order is total, so the rows placed so far are its start.
    const take = (expression: string, tier: number) => {
      const limit = passShare >= 1 || few !== null
        ? k + placed.size
        : Math.ceil(((k - ranked.length) * this.reading.margin) / passShare) + placed.size;
      if (!read(expression, tier, limit)) read(expression, tier, ALL_ROWS);
    };
    if (prominent !== null) take(prominent, PROMINENT);
    if (ranked.length < k) take(match, 0);
    return ranked;
  }

  /** Works whose title or author name is the query (title first), among those the filters let through. */
  private exactRows(keys: RankRequest['keys'], passing: Uint8Array): Map<number, number> {
    const exact = new Map<number, number>();
    const boost = (rows: number[], tier: number) => {
      for (const row of rows) if (passing[row] === 1 && !exact.has(row)) exact.set(row, tier);
    };
    if (keys.title !== null) boost(this.titleRows.all(keys.title) as number[], EXACT_TITLE);
    if (keys.author !== null) boost(this.authorRows.all(keys.author) as number[], EXACT_AUTHOR);
    return exact;
  }

  /**
   * The page when exact matches fill it: only they are ranked, in the order a full pass over `expression`
   * would give them (tier, then BM25, then row), so that later pages continue it without gaps or repeats.
   */
  private rankExact(expression: string, exact: Map<number, number>, k: number): RankedRow[] {
    const rows = this.rankOfRows.all({ match: expression, rows: JSON.stringify([...exact.keys()]) }) as [number, number][];
    const scored = rows.map(([row, bm25]) => ({ row, tier: exact.get(row) ?? 0, bm25 }));
    scored.sort((a, b) => b.tier - a.tier || a.bm25 - b.bm25 || a.row - b.row);
    return scored.slice(0, k).map(({ row, tier, bm25 }) => ({ row, score: tier * TIER_STEP - bm25 }));
  }
}
