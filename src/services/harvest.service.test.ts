// Harvesting real export folders into an in-memory catalogue: a harvest stores what an import of the same files
// stores, deltas update and delete, a harvest that breaks off keeps exactly its last checkpoint and the next one
// completes it, nothing is deleted unless a full harvest completed, one harvest per source, and honest health.
import assert from 'node:assert/strict';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { isSamverkaError } from '../core/errors.ts';
import type { Connector, Harvester } from '../connectors/connector.ts';
import { writeIso2709 } from '../marc/iso2709.ts';
import { controlField, isDataField, type MarcRecord } from '../marc/marc-record.ts';
import { readMarcFile } from '../marc/marc-reader.ts';
import type { Store } from '../store/store.ts';
import {
  breakingAfter, connectorWith, exportFolder, gated, marcFileConnector, NOW, openHarvestCatalogue, snapshot, type HarvestCatalogue,
} from '../../test/helpers/harvest-harness.ts';

const LIBRIS = 'demo/marc/se_libris_librisxl_bib.utf8.mrc'; // 28 records
const LOC = 'demo/marc/us_loc_booksall2014_part01-0001.mrc'; // 100 records
const HELMET = 'demo/marc/fi_helmet_real-curated.utf8.mrc'; // 20 records, 3 of them without any id
const GUILLOU_ONDSKAN = '11850823'; // se_libris_librisxl_bib: Guillou, Jan. Ondskan

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function catalogueOver(folder: string, batchSize = 10): Promise<{ c: HarvestCatalogue; connectors: Map<string, Connector> }> {
  const connectors = new Map<string, Connector>([['krokom', marcFileConnector('krokom', folder, batchSize)]]);
  const c = await openHarvestCatalogue(connectors);
  cleanups.push(() => c.close());
  return { c, connectors };
}

function folder(files: Record<string, string>): string {
  const made = exportFolder(files);
  cleanups.push(made.remove);
  return made.folder;
}

async function realRecords(path: string): Promise<MarcRecord[]> {
  const records: MarcRecord[] = [];
  for await (const r of readMarcFile(join(import.meta.dirname, '..', '..', path))) if (r.ok) records.push(r.record);
  return records;
}

/** The test's own edits of real records, as a delta export carries them. */
const asDeletion = (r: MarcRecord): MarcRecord => ({ leader: `${r.leader.slice(0, 5)}d${r.leader.slice(6)}`, fields: r.fields });
const withTitle = (r: MarcRecord, title: string): MarcRecord => ({
  leader: r.leader,
  fields: r.fields.map((f) => (isDataField(f) && f.tag === '245' ? { ...f, subfields: f.subfields.map((s) => (s.code === 'a' ? { ...s, value: title } : s)) } : f)),
});

const localIds = async (c: HarvestCatalogue): Promise<string[]> =>
  (c.database.prepare('select local_id from records order by local_id').all() as { local_id: string }[]).map((r) => r.local_id);

describe('HarvestService', () => {
  it('a folder harvest stores exactly what an import of the same files stores: records, works, holdings, grouping', async () => {
    const dir = folder({ '1-libris.mrc': LIBRIS, '2-loc.mrc': LOC });
    const { c } = await catalogueOver(dir);
    const summary = await c.harvest.harvest('krokom');
    assert.deepEqual({ ...summary, seconds: 0 }, {
      library: 'krokom', status: 'ok', full: false, read: 128, added: 128, updated: 0, deleted: 0, unchanged: 0, rejected: 0, swept: 0, rejections: [], seconds: 0,
    });

    const { c: imported } = await catalogueOver(folder({}));
    for (const name of readdirSync(dir).sort()) await imported.ingest.importFile('krokom', join(dir, name), imported.importOptions('krokom'));
    assert.deepEqual(snapshot(c), snapshot(imported));
  });

  it('a delta file updates and deletes; harvesting again with nothing new reads nothing and changes nothing', async () => {
    const dir = folder({ '2025-01-01-full.mrc': LIBRIS });
    const { c } = await catalogueOver(dir);
    await c.harvest.harvest('krokom');
    const [first, second] = await realRecords(LIBRIS);
    const delta = [asDeletion(first), withTitle(second, 'Ny titel i deltat')];
    writeFileSync(join(dir, '2025-01-02-delta.mrc'), Buffer.concat(delta.map((r) => writeIso2709(r))));

    const applied = await c.harvest.harvest('krokom');
    assert.deepEqual([applied.read, applied.deleted, applied.updated, applied.added], [2, 1, 1, 0]);
    assert.equal(await c.store.recordCount('krokom'), 27);
    const before = snapshot(c);
    const again = await c.harvest.harvest('krokom');
    assert.deepEqual([again.status, again.read], ['ok', 0]);
    assert.deepEqual(snapshot(c), before);
  });

  it('a harvest that breaks off keeps exactly what came before its last checkpoint; the next one ends where an unbroken one ends', async () => {
    const files = { '1-libris.mrc': LIBRIS, '2-loc.mrc': LOC };
    const { c: unbroken } = await catalogueOver(folder(files));
    await unbroken.harvest.harvest('krokom');

    const dir = folder(files);
    const { c, connectors } = await catalogueOver(dir);
    const real = connectors.get('krokom')!;
    connectors.set('krokom', connectorWith('krokom', breakingAfter(real.harvest!, 25)));
    const broken = await c.harvest.harvest('krokom');
    assert.equal(broken.status, 'failed');
    assert.match(broken.error ?? '', /connection dropped after 25 records/);
    assert.equal(broken.read, 20, 'records 21–25 came after the last checkpoint (at 20)');
    const libris = (await realRecords(LIBRIS)).map((r) => controlField(r, '001')!);
    assert.deepEqual(await localIds(c), libris.slice(0, 20).sort());
    const cursor = JSON.parse((await c.store.harvestState('krokom'))!.cursor!);
    assert.deepEqual([cursor.done, cursor.current?.name, cursor.current?.records], [[], '1-libris.mrc', 20]);

    connectors.set('krokom', real);
    const resumed = await c.harvest.harvest('krokom');
    assert.deepEqual([resumed.status, resumed.read, resumed.added], ['ok', 108, 108]);
    assert.deepEqual(snapshot(c), snapshot(unbroken));
  });

  it('deletes nothing unless a full harvest completes; a complete one deletes what the source no longer has', async () => {
    const dir = folder({ '1-libris.mrc': LIBRIS, '2-loc.mrc': LOC });
    const { c, connectors } = await catalogueOver(dir);
    await c.harvest.harvest('krokom');
    rmSync(join(dir, '2-loc.mrc'));
    const libris = (await realRecords(LIBRIS)).map((r) => controlField(r, '001')!).sort();

    assert.equal((await c.harvest.harvest('krokom')).deleted, 0, 'an incremental harvest never sweeps');
    const real = connectors.get('krokom')!;
    connectors.set('krokom', connectorWith('krokom', breakingAfter(real.harvest!, 15)));
    const broken = await c.harvest.harvest('krokom', { full: true });
    assert.deepEqual([broken.status, broken.deleted, broken.note], ['failed', 0, 'nothing was deleted: the full harvest did not complete']);
    connectors.set('krokom', marcFileConnector('krokom', join(dir, 'gone')));
    assert.equal((await c.harvest.harvest('krokom', { full: true })).status, 'unreachable');
    assert.equal(await c.store.recordCount('krokom'), 128);

    connectors.set('krokom', real);
    const full = await c.harvest.harvest('krokom', { full: true });
    assert.deepEqual([full.status, full.swept, full.deleted, full.unchanged], ['ok', 100, 100, 28]);
    assert.deepEqual(await localIds(c), libris);
    const works = new Set((await c.store.recordsByIds(libris.map((id) => `krokom:${id}`))).map((r) => r.workId));
    const held = await c.catalogue.search({ text: '', filters: { library: ['krokom'] }, sort: 'relevance', page: 1, pageSize: 1 });
    assert.equal(held.total, works.size, 'the swept records left their works and the index');
  });

  it('a full harvest that met records without an id deletes nothing: it cannot tell which records the source still has', async () => {
    const dir = folder({ '1-libris.mrc': LIBRIS, '2-helmet.mrc': HELMET });
    const { c } = await catalogueOver(dir);
    await c.harvest.harvest('krokom');
    rmSync(join(dir, '1-libris.mrc'));
    const full = await c.harvest.harvest('krokom', { full: true });
    assert.deepEqual([full.status, full.swept, full.rejected], ['ok', 0, 3]);
    assert.match(full.note ?? '', /nothing was deleted: 3 records came without an id/);
    assert.equal(await c.store.recordCount('krokom'), 45);
  });

  it('an unreachable source changes nothing stored; its health shows the error and keeps the time of the last good data', async () => {
    const dir = folder({ 'export.mrc': LIBRIS });
    const { c, connectors } = await catalogueOver(dir);
    await c.harvest.harvest('krokom');
    const before = snapshot(c);
    connectors.set('krokom', marcFileConnector('krokom', join(dir, 'unmounted')));
    const down = await c.harvest.harvest('krokom');
    assert.equal(down.status, 'unreachable');
    assert.match(down.error ?? '', /Source krokom is unavailable/);
    assert.deepEqual(snapshot(c), before);

    const { sources } = await c.health.sources();
    const krokom = sources.find((s) => s.library === 'krokom')!;
    assert.deepEqual(
      { state: krokom.state, lastSuccessAt: krokom.lastSuccessAt, lastErrorAt: krokom.lastErrorAt, records: krokom.records, harvesting: krokom.harvesting },
      { state: 'failing', lastSuccessAt: NOW.toISOString(), lastErrorAt: NOW.toISOString(), records: 28, harvesting: false },
    );
    assert.match(krokom.lastError ?? '', /unmounted/);
    assert.deepEqual(sources.find((s) => s.library === 'berg')?.state, 'import-only');

    connectors.set('krokom', marcFileConnector('krokom', dir));
    await c.harvest.harvest('krokom');
    const healed = (await c.health.sources()).sources.find((s) => s.library === 'krokom')!;
    assert.equal(healed.state, 'ok');
    assert.deepEqual(healed.lastCounts, { read: 0, added: 0, updated: 0, deleted: 0, unchanged: 0, rejected: 0 });
  });

  it('runs one harvest per source: a second, in this process or another, is busy until the first ends', async () => {
    const { c, connectors } = await catalogueOver(folder({ 'export.mrc': LIBRIS }));
    const gate = gated(connectors.get('krokom')!.harvest!);
    connectors.set('krokom', connectorWith('krokom', gate.harvester));
    const first = c.harvest.harvest('krokom');
    await gate.started;
    assert.equal((await c.harvest.harvest('krokom')).status, 'busy');
    const other = await c.second.harvest('krokom');
    assert.deepEqual([other.status, other.note], ['busy', 'krokom is being harvested already (by test:1:a)']);
    assert.equal((await c.health.sources()).sources.find((s) => s.library === 'krokom')?.harvesting, true);
    gate.open();
    assert.equal((await first).status, 'ok');
    assert.equal((await c.second.harvest('krokom')).status, 'ok', 'the lease is released at the end');
  });

  it('commits nothing once another process has taken the lease, and stops', async () => {
    const { c, connectors } = await catalogueOver(folder({ 'export.mrc': LIBRIS }));
    const gate = gated(connectors.get('krokom')!.harvest!);
    connectors.set('krokom', connectorWith('krokom', gate.harvester));
    const first = c.harvest.harvest('krokom');
    await gate.started;
    // Another process decided this one was dead and took the source over.
    await c.store.acquireHarvestLease({ library: 'krokom', holder: 'test:7:other', expiresAt: '2099-01-01T00:00:00.000Z' }, NOW.toISOString(), 'test:1:a');
    gate.open();
    const stopped = await first;
    assert.equal(stopped.status, 'failed');
    assert.match(stopped.error ?? '', /lost its lease to test:7:other/);
    assert.equal(await c.store.recordCount(), 0);
    assert.deepEqual((await c.store.harvestLeases()).map((l) => l.holder), ['test:7:other'], 'its lease is not released by the loser');
  });

  it('takes over a lease whose holder has died or whose time is up, and no other', async () => {
    const { c } = await catalogueOver(folder({ 'export.mrc': LIBRIS }));
    const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
    await c.store.acquireHarvestLease({ library: 'krokom', holder: 'test:9:crashed', expiresAt: at(5) }, at(0));
    assert.equal((await c.harvest.harvest('krokom')).status, 'busy', 'alive as far as anyone can tell');
    const knowing = c.service('test:3:c', { lease: { holder: 'test:3:c', isAlive: (holder) => holder !== 'test:9:crashed' } });
    assert.equal((await knowing.harvest('krokom')).status, 'ok', 'its process is known to be gone');

    await c.store.acquireHarvestLease({ library: 'krokom', holder: 'test:8:slow', expiresAt: at(-1) }, at(-6));
    assert.equal((await c.harvest.harvest('krokom')).status, 'ok', 'expired');
  });

  it('commits records and cursor together: when the cursor cannot be stored, the records are not stored either', async () => {
    const { c } = await catalogueOver(folder({ 'export.mrc': LIBRIS }));
    const summary = await c.service('test:4:d', { store: cursorFailing(c.store) }).harvest('krokom');
    assert.equal(summary.status, 'failed');
    assert.match(summary.error ?? '', /disk full/);
    assert.equal(await c.store.recordCount(), 0);
    assert.equal(await c.store.harvestState('krokom'), null);
  });

  it('a deletion sent as an id deletes the record', async () => {
    const { c, connectors } = await catalogueOver(folder({ 'export.mrc': LIBRIS }));
    await c.harvest.harvest('krokom');
    const deletions: Harvester = {
      async *harvest() {
        yield { kind: 'deleted', localId: GUILLOU_ONDSKAN };
        yield { kind: 'deleted', localId: 'never-had-it' };
        yield { kind: 'checkpoint', cursor: 'after-deletions' };
      },
    };
    connectors.set('krokom', connectorWith('krokom', deletions));
    const summary = await c.harvest.harvest('krokom');
    assert.deepEqual([summary.read, summary.deleted, summary.unchanged], [2, 1, 1]);
    assert.equal((await c.store.recordsByIds([`krokom:${GUILLOU_ONDSKAN}`])).length, 0);
    assert.equal((await c.store.harvestState('krokom'))?.cursor, 'after-deletions');
  });

  it('stops a source that sends more than it may without a checkpoint, storing none of it', async () => {
    const records = await realRecords(LIBRIS);
    const endless: Harvester = {
      async *harvest() {
        for (const [i, record] of records.entries()) yield { kind: 'record', result: { ok: true, position: i + 1, record, warnings: [] } };
      },
    };
    const connectors = new Map([['krokom', connectorWith('krokom', endless)]]);
    const c = await openHarvestCatalogue(connectors, { maxUncommitted: 10 });
    cleanups.push(() => c.close());
    const summary = await c.harvest.harvest('krokom');
    assert.equal(summary.status, 'failed');
    assert.match(summary.error ?? '', /without a checkpoint/);
    assert.equal(await c.store.recordCount(), 0);
  });

  it('says when a library has nothing to harvest, and refuses a library that is not a member', async () => {
    const { c } = await catalogueOver(folder({}));
    const berg = await c.harvest.harvest('berg');
    assert.deepEqual([berg.status, berg.note], ['not-harvestable', 'berg has no source configured: its records come through `samverka import`']);
    await assert.rejects(c.harvest.harvest('narnia'), (e) => isSamverkaError(e, 'unknown-library'));
  });
});

/** The store as a full disk leaves it: everything works until the harvest cursor is written. */
function cursorFailing(store: Store): Store {
  return new Proxy(store, {
    get(target, name, receiver) {
      if (name === 'saveHarvestCursor') return async () => { throw new Error('disk full'); };
      if (name === 'transaction') return <T>(fn: (tx: Store) => Promise<T>) => target.transaction((tx) => fn(cursorFailing(tx)));
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
