// Tests of the FTS5 MATCH builder: any query text yields valid FTS5 syntax or a bad-query error, and the
// columns and operators are the ones the patron asked for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { isSamverkaError } from '../../core/errors.ts';
import { parseQuery } from '../query-parser.ts';
import { matchPlan } from './fts5-match.ts';
import { SCHEMA, SQL } from './search.sql.ts';

const plan = (text: string) => matchPlan(parseQuery(text));

test('a word is searched as typed and by its stem; a field narrows the columns', () => {
  assert.equal(plan('böckerna').match,
    '({title author subject other} : "böckerna" OR {title_stem author_stem subject_stem other_stem} : "bok")');
  assert.equal(plan('titel:sagor').match, '({title} : "sagor" OR {title_stem} : "sag")');
  assert.equal(plan('isbn:91-29-65721-x').match, '{isbn} : "912965721x"');
});

test('the prominent expression keeps words searched in any field to title and author', () => {
  assert.equal(plan('sagor').prominent, '({title author} : "sagor" OR {title_stem author_stem} : "sag")');
  assert.equal(plan('författare:lindgren').prominent, null, 'nothing to narrow');
  assert.equal(plan('pippi -emil').prominent,
    '(({title author} : "pippi" OR {title_stem author_stem} : "pippi") NOT ({title author subject other} : "emil" OR {title_stem author_stem subject_stem other_stem} : "emil"))',
    'an exclusion still looks everywhere');
});

test('an ISBN typed in the plain search box is also looked up as an identifier', () => {
  assert.match(plan('978-91-0-000001-7').match ?? '', /\{isbn\} : "9789100000017"/u);
});

test('a query of exclusions only searches everything except them', () => {
  const p = plan('-pippi -emil');
  assert.equal(p.match, null);
  assert.match(p.exclude ?? '', /"pippi".* OR .*"emil"/u);
  assert.throws(() => plan('pippi OR -emil'), (e) => isSamverkaError(e, 'bad-query'));
});

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

test('any text gives valid FTS5 syntax or a bad-query error, never an SQLite error', () => {
  const db = new Database(':memory:');
  db.exec(SCHEMA);
  const match = db.prepare(SQL.matchingRows);
  const pieces = ['"', '*', '(', ')', ':', '-', '^', '{', '}', 'NEAR', 'NEAR(', 'AND', 'OR', 'NOT', 'title:', 'col:', "'", ';',
    '+', ',', 'å', 'pippi', 'x', ' ', ' ', '\\', '%', '_', '\u0000', 'ELLER', 'isbn:', '91-', 'ämne:'];
  const next = random(2024);
  let searched = 0;
  for (let i = 0; i < 2000; i++) {
    const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    let p;
    try {
      p = plan(text);
    } catch (e) {
      assert.ok(isSamverkaError(e, 'bad-query'), `${JSON.stringify(text)}: ${String(e)}`);
      continue;
    }
    for (const expression of [p.match, p.prominent, p.exclude]) {
      if (expression === null) continue;
      assert.doesNotThrow(() => match.all(expression), `${JSON.stringify(text)} → ${expression}`);
      searched++;
    }
  }
  assert.ok(searched > 1000, 'most random texts are searchable');
});
