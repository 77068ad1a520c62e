// Runs the ContentStore contract against SQLite in memory, plus what only the SQLite store promises: it shares the
// catalogue's database and schema migrations, and keeps its content in the file.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { news, runContentStoreContract } from '../../content-store.contract.ts';
import { openSqliteDatabase } from '../sqlite-database.ts';
import { SqliteStore } from '../sqlite-store.ts';
import { SqliteContentStore } from './sqlite-content-store.ts';

runContentStoreContract('SQLite (in memory)', async () => {
  const database = openSqliteDatabase(':memory:');
  const store = await SqliteContentStore.open(database);
  return { store, close: async () => { database.close(); } };
});

const migrationNames = (database: ReturnType<typeof openSqliteDatabase>) =>
  (database.prepare('select name from store_migrations order by name').all() as { name: string }[]).map((r) => r.name);

describe('SqliteContentStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samverka-content-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('opens on a database the catalogue store made, which already has the content tables, migrated once', async () => {
    const database = openSqliteDatabase(':memory:');
    await SqliteStore.open(database);
    const content = await SqliteContentStore.open(database);
    assert.equal(await content.putContent(news('n-1')), true);
    await SqliteContentStore.open(database);
    await SqliteStore.open(database);
    assert.deepEqual(migrationNames(database), ['0001-catalogue', '0002-harvest', '0003-work-tallies', '0004-content', '0005-grouping-key-works', '0006-grouping-key-hashes']);
    assert.deepEqual(await content.getContent('n-1'), news('n-1'));
    database.close();
  });

  it('opens on a fresh database, after which the catalogue store opens on it too', async () => {
    const database = openSqliteDatabase(':memory:');
    const content = await SqliteContentStore.open(database);
    const catalogue = await SqliteStore.open(database);
    assert.equal(await catalogue.healthy(), true);
    assert.equal(await content.countContent({ kind: 'news' }), 0);
    database.close();
  });

  it('keeps content, accounts and images in the file when it is opened again', async () => {
    const file = join(dir, 'samverka.db');
    const first = openSqliteDatabase(file);
    const store = await SqliteContentStore.open(first);
    await store.putContent(news('n-1', { publishAt: '2026-12-01T08:00:00+01:00' }));
    await store.putStaffAccount({ id: 'a-1', email: 'a@example.org', name: 'A', role: 'editor', library: 'berg', active: true, createdAt: '2026-11-01T09:00:00.000Z', lastLoginAt: null }, 'hash');
    await store.putImage({ id: 'i-1', library: null, mime: 'image/png', width: 1, height: 1, bytes: new Uint8Array([1, 2, 3]), createdAt: '2026-11-01T09:00:00.000Z', createdBy: null });
    first.close();

    const second = openSqliteDatabase(file);
    const reopened = await SqliteContentStore.open(second);
    assert.deepEqual(await reopened.listContent({ kind: 'news', publicAt: '2026-12-02T00:00:00.000Z' }), [news('n-1', { publishAt: '2026-12-01T08:00:00+01:00' })]);
    assert.equal((await reopened.staffCredentials({ email: 'A@example.org' }))?.passwordHash, 'hash');
    assert.deepEqual((await reopened.getImage('i-1'))?.bytes, new Uint8Array([1, 2, 3]));
    assert.deepEqual(migrationNames(second), ['0001-catalogue', '0002-harvest', '0003-work-tallies', '0004-content', '0005-grouping-key-works', '0006-grouping-key-hashes']);
    second.close();
  });
});
