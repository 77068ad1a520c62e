// The checkpointing thread copies committed pages into the database file while the writer goes on, and stops cleanly.
import assert from 'node:assert/strict';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { startBackgroundCheckpoints } from './background-checkpoints.ts';
import { openSqliteDatabase } from './sqlite-database.ts';

describe('background checkpoints', () => {
  it('copies committed pages into the database file while the writer never checkpoints, and loses nothing', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'samverka-checkpoints-')), 'test.db');
    const database = openSqliteDatabase(file);
    // The writer's own checkpoints off: only the thread can move pages from the WAL into the file.
    database.pragma('wal_autocheckpoint = 0');
    database.exec('create table blobs (id integer primary key, data blob not null)');
    const checkpoints = startBackgroundCheckpoints(database);
    const insert = database.prepare('insert into blobs (data) values (?)');
    const write = database.transaction((n: number) => {
      for (let i = 0; i < n; i++) insert.run(Buffer.alloc(4096, i % 251));
    });
    for (let batch = 0; batch < 10; batch++) write(250);
    const before = statSync(file).size;
    let after = before;
    for (let waited = 0; after < 8 * 1024 * 1024 && waited < 30_000; waited += 50) {
      await sleep(50);
      after = statSync(file).size;
    }
    assert.ok(after >= 8 * 1024 * 1024, `the database file grew from ${before} to ${after} bytes only`);
    write(250);
    await checkpoints.stop();
    database.close();
    const reopened = openSqliteDatabase(file);
    assert.equal(reopened.prepare('select count(*) from blobs').pluck().get(), 2_750);
    reopened.close();
  });

  it('lets the WAL grow while the thread copies it, and gives the writer back its threshold when stopped', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'samverka-checkpoints-')), 'test.db');
    const database = openSqliteDatabase(file);
    const own = database.pragma('wal_autocheckpoint', { simple: true }) as number;
    const checkpoints = startBackgroundCheckpoints(database);
    const raised = database.pragma('wal_autocheckpoint', { simple: true }) as number;
    assert.ok(raised * 16_384 >= 512 * 1024 * 1024, `the writer checkpoints past ${raised} pages only`);
    await checkpoints.stop();
    assert.equal(database.pragma('wal_autocheckpoint', { simple: true }), own);
    database.close();
  });

  it('starts nothing for a database in memory', async () => {
    const database = openSqliteDatabase(':memory:');
    await startBackgroundCheckpoints(database).stop();
    assert.equal(database.open, true);
    database.close();
  });
});
