// Tests of the in-memory facet columns: values survive changes, growth and compaction of the value pool.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FacetColumns, NO_YEAR, type ListColumn } from './facets.ts';
import { CONTRACT_WORKS } from './search-index.contract-works.ts';

function valuesAt(columns: FacetColumns, column: ListColumn, row: number): string[] {
  const lists = columns.lists[column];
  const ids = [...lists.pool.subarray(lists.start[row], lists.start[row] + lists.count[row])];
  return ids.map((id) => columns.dictionaryOf(column).values[id]).sort();
}

test('a work\'s facet values read back after many rewrites of every row', () => {
  const columns = new FacetColumns();
  const rows = 3000;
  for (let round = 0; round < 4; round++) {
    for (let row = 0; row < rows; row++) columns.put(row, CONTRACT_WORKS[(row + round) % CONTRACT_WORKS.length]);
  }
  for (const row of [0, 1, 1234, rows - 1]) {
    const work = CONTRACT_WORKS[(row + 3) % CONTRACT_WORKS.length];
    assert.deepEqual(valuesAt(columns, 'library', row), [...work.libraries].sort());
    assert.deepEqual(valuesAt(columns, 'availableLibrary', row), [...work.availableLibraries].sort());
    assert.deepEqual(valuesAt(columns, 'year', row), work.years.map(String));
    assert.equal(columns.yearMin[row], work.years[0]);
  }
  assert.equal(columns.aliveCount, rows);
});

test('a deleted work leaves the rows and the count', () => {
  const columns = new FacetColumns();
  columns.put(5, CONTRACT_WORKS[0]);
  columns.put(9, CONTRACT_WORKS[1]);
  columns.delete(5);
  columns.delete(5);
  columns.delete(70_000);
  assert.deepEqual([...columns.allRows()], [9]);
  assert.equal(columns.aliveCount, 1);
  assert.deepEqual(valuesAt(columns, 'library', 5), []);
});

test('years that are not years are left out of the year facet and of sorting', () => {
  const columns = new FacetColumns();
  columns.put(0, { ...CONTRACT_WORKS[0], years: [Number.NaN, 1e9, 1.5] });
  assert.deepEqual(valuesAt(columns, 'year', 0), []);
  assert.equal(columns.yearMax[0], NO_YEAR);
});
