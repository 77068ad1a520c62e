// Applies the facet filters to the works a query matched and counts every facet over the whole result,
// each facet with its own filter left out (so OR choices stay visible), in one pass over typed arrays.
import { errors } from '../core/errors.ts';
import { type Dictionary, type FacetColumns, type ValueLists } from './facets.ts';
import { FACET_NAMES, type FacetName, type FacetValue, type SearchFilters } from './search-index.ts';
import { selectTop } from './top-k.ts';

export interface FilteredWorks {
  /** Rows that pass every filter, in the order of the candidates. */
  readonly rows: Int32Array;
  readonly facets: Readonly<Record<FacetName, readonly FacetValue[]>>;
  /** Works passing every other filter that have a copy on the shelf (in the filtered libraries, if any). */
  readonly availableCount: number;
}

interface ActiveFilter {
  readonly lists: ValueLists;
  /** accept[valueId] === 1 for the chosen values. */
  readonly accept: Uint8Array;
  readonly counts: Int32Array;
}

const YEAR_FILTER = /^\s*(\d{1,4})\s*(?:-\s*(\d{1,4})\s*)?$/u;

function acceptedYears(dictionary: Dictionary, filters: readonly string[]): Uint8Array {
  const ranges = filters.map((filter) => {
    const m = YEAR_FILTER.exec(filter);
    if (!m) throw errors.badQuery(`"${filter}" is not a year; use a year like 2019 or a range like 2010-2019.`, { reason: 'bad-year' });
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    return [Math.min(from, to), Math.max(from, to)] as const;
  });
  const accept = new Uint8Array(dictionary.size);
  dictionary.values.forEach((value, id) => {
    const year = Number(value);
    if (ranges.some(([from, to]) => year >= from && year <= to)) accept[id] = 1;
  });
  return accept;
}

function accepted(dictionary: Dictionary, facet: FacetName, values: readonly string[]): Uint8Array {
  if (facet === 'year') return acceptedYears(dictionary, values);
  const accept = new Uint8Array(dictionary.size);
  for (const value of values) {
    const id = dictionary.idOf(value);
    if (id !== undefined) accept[id] = 1;
  }
  return accept;
}

function hasAny(lists: ValueLists, row: number, accept: Uint8Array): boolean {
  const pool = lists.pool;
  const end = lists.start[row] + lists.count[row];
  for (let i = lists.start[row]; i < end; i++) if (accept[pool[i]] === 1) return true;
  return false;
}

function countValues(lists: ValueLists, row: number, counts: Int32Array): void {
  const pool = lists.pool;
  const end = lists.start[row] + lists.count[row];
  for (let i = lists.start[row]; i < end; i++) counts[pool[i]]++;
}

function topValues(dictionary: Dictionary, counts: Int32Array, limit: number): FacetValue[] {
  const present: number[] = [];
  for (let id = 0; id < counts.length; id++) if (counts[id] > 0) present.push(id);
  const values = dictionary.values;
  const best = selectTop(present, present.length, limit, (a, b) =>
    counts[a] !== counts[b] ? counts[a] > counts[b] : values[a] < values[b]);
  return best.map((id) => ({ value: values[id], count: counts[id] }));
}

/**
 * Filters `candidates` (rows of indexed works) and counts facets. Library and "available" interlock: a
 * work passes "available" when a copy is on the shelf in one of the filtered libraries (anywhere, with no
 * library filter), and with "available" on, the library facet counts only libraries with a copy on the shelf.
 */
export function filterWorks(columns: FacetColumns, candidates: Int32Array, filters: SearchFilters, facetLimit: number): FilteredWorks {
  const counts = Object.fromEntries(FACET_NAMES.map((f) => [f, new Int32Array(columns.dictionaries[f].size)])) as Record<FacetName, Int32Array>;
  const chosen = (facet: FacetName) => filters[facet]?.filter((v) => v !== '') ?? [];
  // Every facet but library; library is handled beside "available" below.
  const others: ActiveFilter[] = [];
  const free: Int32Array[] = [];
  const freeLists: ValueLists[] = [];
  for (const facet of FACET_NAMES) {
    if (facet === 'library') continue;
    const values = chosen(facet);
    if (values.length > 0) others.push({ lists: columns.lists[facet], accept: accepted(columns.dictionaries[facet], facet, values), counts: counts[facet] });
    else { free.push(counts[facet]); freeLists.push(columns.lists[facet]); }
  }
  const libraryValues = chosen('library');
  const libraryAccept = libraryValues.length > 0 ? accepted(columns.dictionaries.library, 'library', libraryValues) : null;
  const availableOnly = filters.available === true;
  const libraries = columns.lists.library;
  const availableLibraries = columns.lists.availableLibrary;
  const libraryCounts = counts.library;

  const rows = new Int32Array(candidates.length);
  let passed = 0;
  let availableCount = 0;
  for (let i = 0; i < candidates.length; i++) {
    const row = candidates[i];
    if (columns.alive[row] !== 1) continue;
    let failed: ActiveFilter | null = null;
    let failures = 0;
    for (let f = 0; f < others.length && failures < 2; f++) {
      if (!hasAny(others[f].lists, row, others[f].accept)) { failed = others[f]; failures++; }
    }
    if (failures > 1) continue;
    if (failures === 0) countValues(availableOnly ? availableLibraries : libraries, row, libraryCounts);
    if (libraryAccept !== null && !hasAny(libraries, row, libraryAccept)) continue;
    const onShelf = libraryAccept === null ? availableLibraries.count[row] > 0 : hasAny(availableLibraries, row, libraryAccept);
    if (availableOnly && !onShelf) continue;
    if (failed !== null) { countValues(failed.lists, row, failed.counts); continue; }
    rows[passed++] = row;
    if (onShelf) availableCount++;
    for (const filter of others) countValues(filter.lists, row, filter.counts);
    for (let f = 0; f < free.length; f++) countValues(freeLists[f], row, free[f]);
  }
  const facets = Object.fromEntries(FACET_NAMES.map((f) => [f, topValues(columns.dictionaries[f], counts[f], facetLimit)]));
  return { rows: rows.subarray(0, passed), facets: facets as Record<FacetName, FacetValue[]>, availableCount };
}
