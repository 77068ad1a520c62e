// Orders works by year or title from the in-memory columns, picking only the rows a page needs.
import { NO_YEAR, type FacetColumns } from './facets.ts';
import { selectTop } from './top-k.ts';

export type ColumnSort = 'newest' | 'oldest' | 'title';

/**
 * The first k of `rows` in the given order. Newest: latest year first; oldest: earliest year first
 * (works without a year last in both); title: Swedish title order. Ties fall back to title, then row.
 */
export function firstInOrder(columns: FacetColumns, rows: Int32Array, sort: ColumnSort, k: number): number[] {
  const { yearMin, yearMax, sortKeys } = columns;
  const byTitle = (a: number, b: number) => (sortKeys[a] !== sortKeys[b] ? sortKeys[a] < sortKeys[b] : a < b);
  const byYear = (years: Int16Array, latestFirst: boolean) => (a: number, b: number) => {
    const ya = years[a];
    const yb = years[b];
    if (ya === yb) return byTitle(a, b);
    if (ya === NO_YEAR || yb === NO_YEAR) return yb === NO_YEAR;
    return latestFirst ? ya > yb : ya < yb;
  };
  const before = sort === 'title' ? byTitle : sort === 'newest' ? byYear(yearMax, true) : byYear(yearMin, false);
  return selectTop(rows, rows.length, k, before);
}
