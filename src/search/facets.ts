// In-memory facet columns of the indexed works, keyed by the backend's row number: dictionary-encoded
// value lists in typed arrays, so a search filters and counts facets without asking the database.
import type { FacetName, WorkDocument } from './search-index.ts';
import { titleSortKey } from './search-text.ts';

/** What the index keeps of a work besides its searchable text: enough for hits, facets and sorting. */
export type WorkSummary = Omit<WorkDocument, 'titleText' | 'authorText' | 'subjectText' | 'otherText' | 'identifiers'>;

/** Value lists kept per work: the facets, plus the libraries where a copy is on the shelf now. */
export type ListColumn = FacetName | 'availableLibrary';
const LIST_COLUMNS: readonly ListColumn[] = [
  'library', 'availableLibrary', 'format', 'language', 'year', 'subject', 'author', 'audience',
];
export const NO_YEAR = -32768;
const MAX_VALUES_PER_WORK = 0xffff;

type NumberArray = Int32Array | Int16Array | Uint16Array | Uint8Array;

/** A copy of `array` with room for `length` items; the new items are zero. */
function resized<A extends NumberArray>(array: A, length: number): A {
  const copy = new (array.constructor as new (length: number) => A)(length);
  copy.set(array.subarray(0, Math.min(array.length, length)));
  return copy;
}

/** Facet values ↔ small integer ids. Ids are never reused, so the typed arrays never need rewriting. */
export class Dictionary {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  idOf(value: string): number | undefined {
    return this.ids.get(value);
  }

  get size(): number {
    return this.values.length;
  }
}

/**
 * One multi-valued column in CSR form: row → (start, count) into a shared pool of value ids. A changed
 * row appends its new list and leaves the old one as garbage, compacted away when it outgrows the live part.
 */
export class ValueLists {
  start = new Int32Array(0);
  count = new Uint16Array(0);
  pool = new Int32Array(1024);
  private used = 0;
  private garbage = 0;

  grow(rows: number): void {
    this.start = resized(this.start, rows);
    this.count = resized(this.count, rows);
  }

  set(row: number, ids: readonly number[]): void {
    this.clear(row);
    const n = Math.min(ids.length, MAX_VALUES_PER_WORK);
    if (this.used + n > this.pool.length) this.reserve(n);
    this.pool.set(n === ids.length ? ids : ids.slice(0, n), this.used);
    this.start[row] = this.used;
    this.count[row] = n;
    this.used += n;
  }

  clear(row: number): void {
    this.garbage += this.count[row];
    this.count[row] = 0;
  }

  private reserve(extra: number): void {
    if (this.garbage > this.used / 2) this.compact();
    if (this.used + extra <= this.pool.length) return;
    this.pool = resized(this.pool, Math.max(this.pool.length * 2, this.used + extra));
  }

  private compact(): void {
    const pool = new Int32Array(this.pool.length);
    let used = 0;
    for (let row = 0; row < this.count.length; row++) {
      const n = this.count[row];
      pool.set(this.pool.subarray(this.start[row], this.start[row] + n), used);
      this.start[row] = used;
      used += n;
    }
    this.pool = pool;
    this.used = used;
    this.garbage = 0;
  }
}

function valuesOf(work: WorkSummary, column: ListColumn): readonly string[] {
  switch (column) {
    case 'library': return work.libraries;
    case 'availableLibrary': return work.availableLibraries;
    case 'format': return work.formats;
    case 'language': return work.languages;
    case 'year': return work.years.filter(isYear).map(String);
    case 'subject': return work.subjects;
    case 'author': return work.authorFacets;
    case 'audience': return work.audiences;
  }
}

function isYear(year: number): boolean {
  return Number.isInteger(year) && year > NO_YEAR && year <= 32767;
}

/** The facet columns of every indexed work, plus what sorting needs: years and a title sort key. */
export class FacetColumns {
  readonly dictionaries: Readonly<Record<FacetName, Dictionary>>;
  readonly lists: Readonly<Record<ListColumn, ValueLists>>;
  alive = new Uint8Array(0);
  yearMin = new Int16Array(0);
  yearMax = new Int16Array(0);
  readonly sortKeys: string[] = [];
  private live = 0;
  private aliveRows: Int32Array | null = null;

  constructor() {
    const library = new Dictionary();
    this.dictionaries = {
      library, format: new Dictionary(), language: new Dictionary(), year: new Dictionary(),
      subject: new Dictionary(), author: new Dictionary(), audience: new Dictionary(),
    };
    this.lists = Object.fromEntries(LIST_COLUMNS.map((c) => [c, new ValueLists()])) as Record<ListColumn, ValueLists>;
  }

  get capacity(): number {
    return this.alive.length;
  }

  get aliveCount(): number {
    return this.live;
  }

  dictionaryOf(column: ListColumn): Dictionary {
    return this.dictionaries[column === 'availableLibrary' ? 'library' : column];
  }

  put(row: number, work: WorkSummary): void {
    if (row >= this.capacity) this.grow(row + 1);
    for (const column of LIST_COLUMNS) {
      const dictionary = this.dictionaryOf(column);
      const ids = new Set<number>();
      for (const value of valuesOf(work, column)) if (value !== '') ids.add(dictionary.intern(value));
      this.lists[column].set(row, [...ids]);
    }
    let yearMin = NO_YEAR;
    let yearMax = NO_YEAR;
    for (const year of work.years) {
      if (!isYear(year)) continue;
      if (yearMin === NO_YEAR || year < yearMin) yearMin = year;
      if (yearMax === NO_YEAR || year > yearMax) yearMax = year;
    }
    this.yearMin[row] = yearMin;
    this.yearMax[row] = yearMax;
    this.sortKeys[row] = titleSortKey(work.sortTitle || work.title);
    if (this.alive[row] === 0) this.live++;
    this.alive[row] = 1;
    this.aliveRows = null;
  }

  delete(row: number): void {
    if (row >= this.capacity || this.alive[row] === 0) return;
    for (const column of LIST_COLUMNS) this.lists[column].clear(row);
    this.alive[row] = 0;
    this.sortKeys[row] = '';
    this.live--;
    this.aliveRows = null;
  }

  /** Every indexed work's row, ascending; cached until the next change. */
  allRows(): Int32Array {
    if (this.aliveRows === null) {
      const rows = new Int32Array(this.live);
      let n = 0;
      for (let row = 0; row < this.capacity; row++) if (this.alive[row] === 1) rows[n++] = row;
      this.aliveRows = rows;
    }
    return this.aliveRows;
  }

  private grow(rows: number): void {
    const capacity = Math.max(rows, this.capacity * 2, 1024);
    for (const column of LIST_COLUMNS) this.lists[column].grow(capacity);
    this.alive = resized(this.alive, capacity);
    this.yearMin = resized(this.yearMin, capacity);
    this.yearMax = resized(this.yearMax, capacity);
  }
}
