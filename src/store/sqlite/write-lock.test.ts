// A content write that arrives while a catalogue transaction awaits is not swallowed by that transaction.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { withWriteLock } from './write-lock.ts';

test('writes queue behind an open transaction instead of joining it', async () => {
  const database = new Database(':memory:');
  database.exec('CREATE TABLE t (v TEXT)');
  let inside!: () => void;
  const paused = new Promise<void>((resolve) => (inside = resolve));
  let resume!: () => void;
  const transaction = withWriteLock(database, async () => {
    database.exec('BEGIN IMMEDIATE');
    database.prepare('INSERT INTO t VALUES (?)').run('harvest');
    inside();
    await new Promise<void>((resolve) => (resume = resolve));
    database.exec('ROLLBACK');
  });
  await paused;
  const save = withWriteLock(database, async () => { database.prepare('INSERT INTO t VALUES (?)').run('staff'); });
  resume();
  await Promise.all([transaction, save]);
  assert.deepEqual(database.prepare('SELECT v FROM t').pluck().all(), ['staff']);
});

test('a failed write releases the lock for the next', async () => {
  const database = new Database(':memory:');
  await assert.rejects(withWriteLock(database, async () => { throw new Error('boom'); }), /boom/);
  assert.equal(await withWriteLock(database, async () => 42), 42);
});
