// Runs the SearchIndex contract suite against the SQLite FTS5 backend, plus what only this backend does:
// reopening, and seeing changes made through another connection (an import while the portal runs).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CONTRACT_WORKS } from '../search-index.contract-works.ts';
import { searchIndexContract } from '../search-index.contract.ts';
import { SqliteSearchIndex } from './sqlite-search-index.ts';

searchIndexContract('SQLite FTS5', { newIndex: async () => new SqliteSearchIndex(new Database(':memory:')) });

const folder = mkdtempSync(join(tmpdir(), 'samverka-search-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const titles = async (index: SqliteSearchIndex, text: string) =>
  (await index.search({ text, filters: {}, sort: 'title', page: 1, pageSize: 100 })).hits.map((h) => h.title);

test('a reopened index finds what was indexed before, without indexing again', async () => {
  const db = new Database(join(folder, 'reopen.db'));
  await new SqliteSearchIndex(db).upsert(CONTRACT_WORKS);
  const reopened = new SqliteSearchIndex(db);
  assert.equal(await reopened.count(), CONTRACT_WORKS.length);
  assert.deepEqual(await titles(reopened, 'kallocain'), ['Kallocain']);
  const result = await reopened.search({ text: '', filters: { library: ['berg'] }, sort: 'title', page: 1, pageSize: 100 });
  assert.equal(result.total, CONTRACT_WORKS.filter((w) => w.libraries.includes('berg')).length);
  db.close();
});

test('changes made through another connection show up in the next search', async () => {
  const file = join(folder, 'shared.db');
  const portalDb = new Database(file);
  const importDb = new Database(file);
  const portal = new SqliteSearchIndex(portalDb);
  const importer = new SqliteSearchIndex(importDb);
  await importer.upsert(CONTRACT_WORKS.slice(0, 10));
  assert.equal(await portal.count(), 10);
  await portal.upsert(CONTRACT_WORKS.slice(10));
  await importer.remove([CONTRACT_WORKS[0].id]);
  for (const index of [portal, importer]) {
    assert.equal(await index.count(), CONTRACT_WORKS.length - 1);
    assert.deepEqual(await titles(index, 'strindberg'), ['Fröken Julie', 'Hemsöborna', 'Strindberg: ett liv']);
    const facets = (await index.search({ text: '', filters: {}, sort: 'title', page: 1, pageSize: 1, facetLimit: 100 })).facets;
    assert.equal(facets.author.find((v) => v.value === 'Strindberg, August')?.count, 2);
  }
  portalDb.close();
  importDb.close();
});

test('the search tables live beside other tables of a shared database', async () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE works (id TEXT PRIMARY KEY)');
  const index = new SqliteSearchIndex(db);
  await index.upsert(CONTRACT_WORKS.slice(0, 3));
  new SqliteSearchIndex(db);
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'search\\_%' ESCAPE '\\'").pluck().all();
  assert.deepEqual(tables, ['works']);
});

test('works written inside a caller\'s transaction show up when it commits, and never when it rolls back', async () => {
  const db = new Database(':memory:');
  const index = new SqliteSearchIndex(db);
  await index.upsert(CONTRACT_WORKS.slice(0, 2));
  db.exec('BEGIN IMMEDIATE');
  await index.upsert(CONTRACT_WORKS.slice(2, 5));
  await index.remove([CONTRACT_WORKS[0].id]);
  db.exec('ROLLBACK');
  assert.equal(await index.count(), 2, 'the rolled-back works are not counted');
  const browse = await index.search({ text: '', filters: {}, sort: 'title', page: 1, pageSize: 100, facetLimit: 100 });
  assert.deepEqual(browse.hits.map((h) => h.id).sort(), CONTRACT_WORKS.slice(0, 2).map((w) => w.id).sort());

  db.exec('BEGIN IMMEDIATE');
  await index.upsert(CONTRACT_WORKS.slice(2, 5));
  await index.remove([CONTRACT_WORKS[0].id]);
  db.exec('COMMIT');
  assert.equal(await index.count(), 4);
  assert.deepEqual(await titles(index, 'strindberg'), ['Fröken Julie', 'Hemsöborna', 'Strindberg: ett liv'], 'Röda rummet was removed');
  db.close();
});

test('an index of an older schema is dropped and recreated empty, and says it needs a rebuild', async () => {
  const db = new Database(':memory:');
  // The shape of search_works before text_hash was added, with a row in it.
  db.exec(`CREATE TABLE search_works (row_id INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, seq INTEGER NOT NULL, hash TEXT, summary TEXT, title_key TEXT);
    CREATE TABLE search_meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
    CREATE VIRTUAL TABLE search_fts USING fts5 (title, content = '');
    CREATE TABLE works (id TEXT PRIMARY KEY);
    INSERT INTO search_works VALUES (1, 'old', 1, 'h', '{}', 'old');
    INSERT INTO works VALUES ('kept');`);
  const index = new SqliteSearchIndex(db);
  assert.equal(index.needsRebuild, true);
  assert.equal(await index.count(), 0);
  await index.upsert(CONTRACT_WORKS.slice(0, 3));
  assert.deepEqual(await titles(index, 'hemsöborna'), ['Hemsöborna']);
  assert.deepEqual(db.prepare('SELECT id FROM works').pluck().all(), ['kept'], 'tables of others are left alone');

  const reopened = new SqliteSearchIndex(db);
  assert.equal(reopened.needsRebuild, false, 'a current index is kept');
  assert.equal(await reopened.count(), 3);
  db.close();
});

test('a work given twice in one upsert is indexed once, as last given', async () => {
  const index = new SqliteSearchIndex(new Database(':memory:'));
  const [work] = CONTRACT_WORKS;
  const renamed = { ...work, title: 'Kallocain', titleText: 'Kallocain' };
  await index.upsert([work, renamed]);
  assert.equal(await index.count(), 1);
  assert.deepEqual(await titles(index, 'kallocain'), ['Kallocain']);
  assert.deepEqual(await titles(index, `titel:"${work.title}"`), []);
});

test('pages of an exact-name search continue its first page, with or without a filter', async () => {
  const index = new SqliteSearchIndex(new Database(':memory:'));
  await index.upsert(CONTRACT_WORKS);
  const ids = async (page: number, pageSize: number, filters = {}) =>
    (await index.search({ text: 'August Strindberg', filters, sort: 'relevance', page, pageSize })).hits.map((h) => h.id);
  const all = await ids(1, 100);
  // A page smaller than the author's works is ranked from the exact matches alone; the rest are not.
  const paged = [...await ids(1, 2), ...await ids(2, 2), ...await ids(3, 2)];
  assert.deepEqual(paged, all);
  assert.deepEqual(new Set(all.slice(0, 3)), new Set(['roda-rummet', 'hemsoborna', 'froken-julie']));
  const inOstersund = await ids(1, 100, { library: ['ostersund'] });
  assert.deepEqual([...await ids(1, 1, { library: ['ostersund'] }), ...await ids(2, 1, { library: ['ostersund'] })], inOstersund.slice(0, 2));
  assert.deepEqual(inOstersund, all.filter((id) => ['roda-rummet', 'hemsoborna', 'strindberg-ett-liv'].includes(id)));
});

test('a first search inside a caller\'s transaction sees its works, and not after it rolls back', async () => {
  const db = new Database(':memory:');
  await new SqliteSearchIndex(db).upsert(CONTRACT_WORKS.slice(0, 2));
  // A fresh index has loaded nothing yet: it first loads while the caller's writes are still pending.
  const index = new SqliteSearchIndex(db);
  db.exec('BEGIN IMMEDIATE');
  await index.upsert(CONTRACT_WORKS.slice(2, 5));
  assert.equal(await index.count(), 5, 'the caller\'s own transaction reads its writes');
  db.exec('ROLLBACK');
  assert.equal(await index.count(), 2);
  const browse = await index.search({ text: '', filters: {}, sort: 'title', page: 1, pageSize: 100 });
  assert.deepEqual(browse.hits.map((h) => h.id).sort(), CONTRACT_WORKS.slice(0, 2).map((w) => w.id).sort());
  db.close();
});
