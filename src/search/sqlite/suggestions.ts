// Completions for the search box: titles, authors and subjects that have a word starting with the last
// word typed (and every word typed before it), most-held first. Kept up to date as works change.
import type { Database, Statement } from 'better-sqlite3';
import type { WorkSummary } from '../facets.ts';
import type { Suggestion } from '../search-index.ts';
import { foldText, words } from '../search-text.ts';
import { SQL } from './search.sql.ts';

const MAX_SUGGESTION_LIMIT = 50;
const MAX_TEXT_LENGTH = 300;
/** Rows read per request before filtering on the earlier words: bounded, so a short prefix stays cheap. */
const SCAN_LIMIT = 500;
const HIGHEST_CHARACTER = '\u{10FFFF}';

interface Entry {
  readonly kind: Suggestion['kind'];
  readonly key: string;
  readonly text: string;
}

interface Found {
  readonly text: string;
  readonly kind: Suggestion['kind'];
  readonly key: string;
}

function entriesOf(work: WorkSummary): Entry[] {
  const entries = new Map<string, Entry>();
  const add = (kind: Suggestion['kind'], text: string) => {
    const trimmed = text.trim().slice(0, MAX_TEXT_LENGTH);
    const key = words(trimmed).join(' ');
    if (key !== '') entries.set(`${kind} ${key}`, { kind, key, text: trimmed });
  };
  add('title', work.title);
  for (const author of work.authorFacets) add('author', author);
  for (const subject of work.subjects) add('subject', subject);
  return [...entries.values()];
}

/**
 * How a batch of changes moves the work counts of titles, authors and subjects. Netted before writing:
 * re-indexing a work whose title, authors and subjects stay the same then costs no writes at all.
 */
export class SuggestionChanges {
  private readonly byKey = new Map<string, { entry: Entry; delta: number }>();

  add(work: WorkSummary): void {
    this.count(work, 1);
  }

  drop(work: WorkSummary): void {
    this.count(work, -1);
  }

  deltas(): Iterable<{ readonly entry: Entry; readonly delta: number }> {
    return this.byKey.values();
  }

  private count(work: WorkSummary, delta: number): void {
    for (const entry of entriesOf(work)) {
      const id = `${entry.kind} ${entry.key}`;
      const counted = this.byKey.get(id);
      if (counted) counted.delta += delta;
      else this.byKey.set(id, { entry, delta });
    }
  }
}

interface Counted {
  readonly id: number;
  readonly kind: Suggestion['kind'];
  readonly key: string;
  readonly works: number;
}

const byKindAndKey = (a: { entry: Entry }, b: { entry: Entry }) =>
  a.entry.kind < b.entry.kind ? -1 : a.entry.kind > b.entry.kind ? 1 : a.entry.key < b.entry.key ? -1 : a.entry.key > b.entry.key ? 1 : 0;

/** [word, suggestion id] pairs of counted suggestions, sorted for in-order B-tree writes. */
function wordRows(counted: readonly Counted[]): [string, number][] {
  const rows: [string, number][] = [];
  for (const { id, key } of counted) for (const word of new Set(key.split(' '))) rows.push([word, id]);
  return rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
}

export class SqliteSuggestions {
  private readonly count: Statement;
  private readonly uncount: Statement;
  private readonly deleteSuggestions: Statement;
  private readonly insertWords: Statement;
  private readonly deleteWords: Statement;
  private readonly byPrefix: Statement;
  private readonly byWord: Statement;

  constructor(db: Database) {
    this.count = db.prepare(SQL.countSuggestions);
    this.uncount = db.prepare(SQL.uncountSuggestions);
    this.deleteSuggestions = db.prepare(SQL.deleteSuggestions);
    this.insertWords = db.prepare(SQL.insertSuggestionWords);
    this.deleteWords = db.prepare(SQL.deleteSuggestionWords);
    this.byPrefix = db.prepare(SQL.suggestionsByWordPrefix);
    this.byWord = db.prepare(SQL.suggestionsByWord);
  }

  /**
   * Applies counted changes, a few statements per batch; call inside the write transaction. A suggestion
   * gets its words when first counted, and loses them with its last work.
   */
  apply(changes: SuggestionChanges): void {
    const deltas = [...changes.deltas()].filter((d) => d.delta !== 0).sort(byKindAndKey);
    const added = deltas.filter((d) => d.delta > 0);
    const dropped = deltas.filter((d) => d.delta < 0);
    if (added.length > 0) {
      const deltaOf = new Map(added.map(({ entry, delta }) => [`${entry.kind} ${entry.key}`, delta]));
      const counted = this.count.all(JSON.stringify(added.map(({ entry, delta }) => [entry.kind, entry.key, entry.text, delta]))) as Counted[];
      const created = counted.filter((c) => c.works === deltaOf.get(`${c.kind} ${c.key}`));
      if (created.length > 0) this.insertWords.run(JSON.stringify(wordRows(created)));
    }
    if (dropped.length > 0) {
      const left = this.uncount.all(JSON.stringify(dropped.map(({ entry, delta }) => [entry.kind, entry.key, -delta]))) as Counted[];
      const gone = left.filter((c) => c.works <= 0);
      if (gone.length > 0) {
        this.deleteWords.run(JSON.stringify(wordRows(gone)));
        this.deleteSuggestions.run(JSON.stringify(gone.map((c) => c.id)));
      }
    }
  }

  suggest(typed: string, limit: number): Suggestion[] {
    const wanted = Math.min(Math.max(Math.trunc(limit) || 0, 0), MAX_SUGGESTION_LIMIT);
    const typedWords = words(typed);
    if (wanted === 0 || typedWords.length === 0) return [];
    const lastIsWhole = /[^\p{L}\p{N}]$/u.test(typed);
    const partial = lastIsWhole ? null : typedWords[typedWords.length - 1];
    const whole = lastIsWhole ? typedWords : typedWords.slice(0, -1);
    // One letter alone would match a good part of the catalogue: wait for the second.
    if (whole.length === 0 && partial !== null && [...partial].length < 2) return [];
    const longestWhole = whole.reduce<string | null>((a, w) => (a === null || w.length > a.length ? w : a), null);
    const found = (longestWhole !== null
      ? this.byWord.all(longestWhole, SCAN_LIMIT)
      : this.byPrefix.all(partial, partial + HIGHEST_CHARACTER, SCAN_LIMIT)) as Found[];
    const out: Suggestion[] = [];
    const seen = new Set<string>();
    for (const { text, kind, key } of found) {
      const keyWords = key.split(' ');
      if (!whole.every((w) => keyWords.includes(w))) continue;
      if (partial !== null && !keyWords.some((w) => w.startsWith(partial))) continue;
      const folded = foldText(text);
      if (seen.has(folded)) continue;
      seen.add(folded);
      out.push({ text, kind });
      if (out.length === wanted) break;
    }
    return out;
  }
}
