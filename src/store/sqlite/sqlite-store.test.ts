// Runs the Store contract against SQLite in memory, plus what only the SQLite store promises.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type Database from 'better-sqlite3';
import { storeContract } from '../store.contract.ts';
import { openSqliteDatabase } from './sqlite-database.ts';
import { SqliteStore } from './sqlite-store.ts';

storeContract('SQLite (in memory)', async () => {
  const database = openSqliteDatabase(':memory:');
  const store = await SqliteStore.open(database);
  return { store, close: async () => { database.close(); } };
});

/** Records berg:1 in work w1 and berg:2 in w2, written as any version of the schema stores them. */
function insertTwoRecords(database: Database.Database): void {
  const insert = database.prepare(`insert into records (id, library, local_id, hash, normalizer_version, raw_format, raw, data, work_id, updated_at)
    values (?, 'berg', ?, 'h', '1', 'iso2709', x'00', '{}', ?, '2025-01-01T00:00:00.000Z')`);
  insert.run('berg:1', '1', 'w1');
  insert.run('berg:2', '2', 'w2');
}

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
      drop table grouping_keys;
      create table grouping_keys (key text not null, record_id text not null references records (id) on delete cascade,
        constraint grouping_keys_pk primary key (key, record_id)) without rowid;
      create index grouping_keys_record_id on grouping_keys (record_id);
      create index records_id_work_id on records (id, work_id);
      delete from store_migrations where name in ('0005-grouping-key-works', '0006-grouping-key-hashes');`);
    insertTwoRecords(database);
    database.exec(`insert into grouping_keys (key, record_id) values ('ta:a', 'berg:1'), ('ta:a', 'berg:2'), ('isbn:1', 'berg:1')`);
    const store = await SqliteStore.open(database);
    const found = async () => (await store.worksByGroupingKeys(['ta:a', 'isbn:1'])).map((h) => `${h.key} ${h.workId}`).sort();
    assert.deepEqual(await found(), ['isbn:1 w1', 'ta:a w1', 'ta:a w2']);
    await store.moveRecords([{ recordId: 'berg:2', workId: 'w1' }]);
    assert.deepEqual(await found(), ['isbn:1 w1', 'ta:a w1']);
    database.close();
  });

  it('upgrades a catalogue whose grouping keys were texts: the same keys find the same works, and follow them', async () => {
    const database = openSqliteDatabase(':memory:');
    await SqliteStore.open(database);
    // The catalogue as migration 0005 left it.
    database.exec(`
      drop trigger records_work_id_to_grouping_keys;
      drop table grouping_keys;
      create table grouping_keys (key text not null, record_id text not null references records (id) on delete cascade,
        work_id text not null default '', constraint grouping_keys_pk primary key (key, record_id)) without rowid;
      create index grouping_keys_record_id on grouping_keys (record_id);
      create trigger records_work_id_to_grouping_keys after update of work_id on records when new.work_id is not old.work_id
        begin update grouping_keys set work_id = new.work_id where record_id = new.id; end;
      delete from store_migrations where name = '0006-grouping-key-hashes';`);
    insertTwoRecords(database);
    database.exec(`insert into grouping_keys (key, record_id, work_id) values
      ('ta:a', 'berg:1', 'w1'), ('ta:a', 'berg:2', 'w2'), ('isbn:1', 'berg:1', 'w1')`);
    const store = await SqliteStore.open(database);
    const columns = database.prepare('select name from pragma_table_info(?)').pluck().all('grouping_keys');
    assert.deepEqual(columns, ['key_hash', 'record_id', 'work_id']);
    const found = async () => (await store.worksByGroupingKeys(['ta:a', 'isbn:1', 'ta:b'])).map((h) => `${h.key} ${h.workId}`).sort();
    assert.deepEqual(await found(), ['isbn:1 w1', 'ta:a w1', 'ta:a w2']);
    await store.moveRecords([{ recordId: 'berg:2', workId: 'w1' }]);
    assert.deepEqual(await found(), ['isbn:1 w1', 'ta:a w1']);
    // Filing the record under the same keys again writes nothing; under other keys, replaces them.
    await store.replaceGroupingKeys([{ recordId: 'berg:1', workId: 'w1', keys: ['isbn:1', 'ta:b'] }]);
    assert.deepEqual(await found(), ['isbn:1 w1', 'ta:a w1', 'ta:b w1']);
    assert.equal(database.prepare('select count(*) from grouping_keys').pluck().get(), 3);
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
