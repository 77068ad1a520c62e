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

  it('upgrades a catalogue whose grouping keys had no works: every key takes its record\'s work, and follows it', async () => {
    const database = openSqliteDatabase(':memory:');
    await SqliteStore.open(database);
    // The catalogue as migration 0004 left it.
    database.exec(`
      drop trigger records_work_id_to_grouping_keys;
      alter table grouping_keys drop column work_id;
      create index records_id_work_id on records (id, work_id);
      delete from store_migrations where name = '0005-grouping-key-works';`);
    const insert = database.prepare(`insert into records (id, library, local_id, hash, normalizer_version, raw_format, raw, data, work_id, updated_at)
      values (?, 'berg', ?, 'h', '1', 'iso2709', x'00', '{}', ?, '2025-01-01T00:00:00.000Z')`);
    insert.run('berg:1', '1', 'w1');
    insert.run('berg:2', '2', 'w2');
    database.exec(`insert into grouping_keys (key, record_id) values ('ta:a', 'berg:1'), ('ta:a', 'berg:2'), ('isbn:1', 'berg:1')`);
    const store = await SqliteStore.open(database);
    const found = async () => (await store.worksByGroupingKeys(['ta:a', 'isbn:1'])).map((h) => `${h.key} ${h.workId}`).sort();
    assert.deepEqual(await found(), ['isbn:1 w1', 'ta:a w1', 'ta:a w2']);
    await store.moveRecords([{ recordId: 'berg:2', workId: 'w1' }]);
    assert.deepEqual(await found(), ['isbn:1 w1', 'ta:a w1']);
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
