// Runs the Store contract against SQLite in memory, plus what only the SQLite store promises.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storeContract } from '../store.contract.ts';
import { openSqliteDatabase } from './sqlite-database.ts';
import { SqliteStore } from './sqlite-store.ts';

storeContract('SQLite (in memory)', async () => {
  const database = openSqliteDatabase(':memory:');
  const store = await SqliteStore.open(database);
  return { store, close: async () => { database.close(); } };
});

describe('SqliteStore', () => {
  it('opens an existing database again without re-running its migrations, and leaves the handle open', async () => {
    const database = openSqliteDatabase(':memory:');
    const first = await SqliteStore.open(database);
    await first.upsertWorks([
      { id: 'w1', title: 'T', subtitle: null, authors: [], yearMin: null, yearMax: null, formats: [], languages: [], subjects: [], audiences: [], libraries: [], recordIds: [] },
    ]);
    await first.close();
    const second = await SqliteStore.open(database);
    assert.equal((await second.getWork('w1'))?.title, 'T');
    assert.equal(database.open, true);
    database.close();
  });

  it('hands out every work once, page by page in id order', async () => {
    const database = openSqliteDatabase(':memory:');
    const store = await SqliteStore.open(database);
    const work = (id: string) => ({
      id, title: id, subtitle: null, authors: [], yearMin: null, yearMax: null, formats: [], languages: [], subjects: [], audiences: [], libraries: [], recordIds: [],
    });
    await store.upsertWorks(['w3', 'w1', 'w5', 'w2', 'w4'].map(work));
    const pages: string[][] = [];
    for (let after: string | null = null; ;) {
      const page = await store.worksAfter(after, 2);
      if (page.length === 0) break;
      pages.push(page.map((w) => w.id));
      after = page[page.length - 1].id;
    }
    assert.deepEqual(pages, [['w1', 'w2'], ['w3', 'w4'], ['w5']]);
    database.close();
  });
});
