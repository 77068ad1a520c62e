// The relevance ranker under filters: however it reads the ranking (the filtered rows handed to SQLite, or
// a bounded read of every match with a full read when that falls short), a page is the unfiltered order
// with the filtered-out works left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { queryKeys } from '../indexed-text.ts';
import { parseQuery } from '../query-parser.ts';
import { CONTRACT_WORKS } from '../search-index.contract-works.ts';
import { matchPlan } from './fts5-match.ts';
import { RelevanceRanker } from './relevance.ts';
import { SQL } from './search.sql.ts';
import { SqliteSearchIndex } from './sqlite-search-index.ts';

test('a filtered page is the unfiltered ranking without the filtered-out works', async () => {
  const db = new Database(':memory:');
  await new SqliteSearchIndex(db).upsert(CONTRACT_WORKS);
  for (const text of ['lindgren OR strindberg OR lagerlöf OR pippi', 'August Strindberg', 'man', 'a*']) {
    const tree = parseQuery(text);
    const plan = matchPlan(tree);
    const matched = db.prepare(SQL.matchingRows).pluck().all(plan.match) as number[];
    const request = (passingRows: Int32Array, k: number) => {
      const passing = new Uint8Array(Math.max(...matched) + 1);
      for (const row of passingRows) passing[row] = 1;
      const passShare = passingRows.length / matched.length;
      return { match: plan.match!, prominent: plan.prominent, keys: queryKeys(tree), passing, passingRows, passShare, k };
    };
    const unfiltered = new RelevanceRanker(db).firstK(request(Int32Array.from(matched), matched.length)).map((r) => r.row);
    assert.deepEqual([...unfiltered].sort((a, b) => a - b), [...matched].sort((a, b) => a - b), text);
    // Every other work of the ranking, and its bottom half: the filter removes works from the top as well
    // as further down, and a bounded read of the ranking can fall short.
    const filters = [(i: number) => i % 2 === 1, (i: number) => i >= unfiltered.length / 2];
    for (const keep of filters) {
      const kept = Int32Array.from(unfiltered.filter((_, i) => keep(i)));
      const expected = unfiltered.filter((row) => kept.includes(row));
      for (const ranker of [new RelevanceRanker(db), new RelevanceRanker(db, { fewRows: 0, fewShare: 0, margin: 1 })]) {
        for (let k = 1; k <= kept.length; k++) {
          assert.deepEqual(ranker.firstK(request(kept, k)).map((r) => r.row), expected.slice(0, k), `${text}, first ${k}`);
        }
      }
    }
  }
});
