// Imports real MARC files into an in-memory catalogue (SQLite store + search index) and checks what a
// librarian relies on: the summary, idempotent re-import, updates, deletions, rejections and failures.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { isSamverkaError } from '../core/errors.ts';
import { controlField, isDataField, type MarcRecord } from '../marc/marc-record.ts';
import { readMarc, readMarcFile } from '../marc/marc-reader.ts';
import { writeIso2709 } from '../marc/iso2709.ts';
import {
  branchesOf, demoMarc, edited, FENNICA, fixtureMarc, LIBRARIES, LIBRIS_BIB, openCatalogue, query, type Catalogue,
} from '../../test/helpers/catalogue-harness.ts';
import type { Store } from '../store/store.ts';
import { IngestService } from './ingest.service.ts';

const GUILLOU_ONDSKAN = '11850823'; // se_libris_librisxl_bib: Guillou, Jan. Ondskan (ISBN 91-642-2009-5)

/** The test's own edit of a real record: 245 $a replaced. */
function withTitle(record: MarcRecord, title: string): MarcRecord {
  return {
    leader: record.leader,
    fields: record.fields.map((f) =>
      isDataField(f) && f.tag === '245'
        ? { ...f, subfields: f.subfields.map((s) => (s.code === 'a' ? { ...s, value: title } : s)) }
        : f,
    ),
  };
}

/** The test's own edit of a real record: marked deleted (leader/05 'd'), as a delta file sends it. */
function asDeletion(record: MarcRecord): MarcRecord {
  return { leader: `${record.leader.slice(0, 5)}d${record.leader.slice(6)}`, fields: record.fields };
}

const only = (id: string, change: (r: MarcRecord) => MarcRecord) => (r: MarcRecord) =>
  controlField(r, '001') === id ? change(r) : null;

/** The records of a real file, in file order. */
async function collectRecords(path: string): Promise<MarcRecord[]> {
  const out: MarcRecord[] = [];
  for await (const result of readMarcFile(path)) if (result.ok) out.push(result.record);
  return out;
}

/** Everything an import can write: a second import that changes nothing leaves this identical. */
function snapshot(c: Catalogue): unknown {
  return ['records', 'works', 'grouping_keys', 'grouping_decisions'].map((table) =>
    c.database.prepare(`select * from ${table} order by 1, 2`).all(),
  );
}

describe('IngestService', () => {
  let c: Catalogue;
  beforeEach(async () => {
    c = await openCatalogue();
  });
  afterEach(() => c.close());

  const importFile = (library: string, path = LIBRIS_BIB) => c.ingest.importFile(library, path, { branches: branchesOf(library) });

  it('imports a real Libris file: every record added, stored, grouped and searchable', async () => {
    const summary = await importFile('berg');
    assert.deepEqual({ ...summary, seconds: 0 }, {
      read: 28, added: 28, updated: 0, deleted: 0, unchanged: 0, rejected: 0, rejections: [], seconds: 0,
    });
    assert.ok(summary.seconds >= 0);
    assert.equal(await c.store.recordCount('berg'), 28);
    const result = await c.catalogue.search(query('Ondskan'));
    const hit = result.hits.find((h) => h.title === 'Ondskan');
    assert.ok(hit, 'Ondskan is found');
    assert.deepEqual(hit.libraries, ['berg']);
    assert.equal(await c.catalogue.workOfRecord(`berg:${GUILLOU_ONDSKAN}`), hit.id);
  });

  it('changes nothing when the same file is imported again, not even updatedAt', async () => {
    await importFile('berg');
    const before = snapshot(c);
    const indexed = await c.index.count();
    const summary = await importFile('berg');
    assert.deepEqual({ ...summary, seconds: 0 }, {
      read: 28, added: 0, updated: 0, deleted: 0, unchanged: 28, rejected: 0, rejections: [], seconds: 0,
    });
    assert.deepEqual(snapshot(c), before);
    assert.equal(await c.index.count(), indexed);
  });

  it('updates a record whose title changed: it leaves its old work, and search finds the new title', async () => {
    await importFile('berg');
    const oldWork = await c.catalogue.workOfRecord(`berg:${GUILLOU_ONDSKAN}`);
    const summary = await c.ingest.importRecords(
      'berg', edited(LIBRIS_BIB, (r) => (controlField(r, '001') === GUILLOU_ONDSKAN ? withTitle(r, 'Godheten') : r)),
      { branches: branchesOf('berg') },
    );
    assert.equal(summary.updated, 1);
    assert.equal(summary.unchanged, 27);
    const newWork = await c.catalogue.workOfRecord(`berg:${GUILLOU_ONDSKAN}`);
    assert.notEqual(newWork, oldWork);
    assert.equal(await c.catalogue.getWork(oldWork!), null, 'the old work had no other record and is gone');
    assert.deepEqual((await c.catalogue.search(query('Godheten'))).hits.map((h) => h.id), [newWork]);
    assert.equal((await c.catalogue.search(query('Ondskan'))).hits.some((h) => h.id === oldWork), false);
  });

  it('deletes a record sent with leader/05 d: gone from its work, and the emptied work from search', async () => {
    await importFile('berg');
    await importFile('krokom');
    const workId = (await c.catalogue.workOfRecord(`berg:${GUILLOU_ONDSKAN}`))!;
    const deletion = () => edited(LIBRIS_BIB, only(GUILLOU_ONDSKAN, asDeletion));

    const first = await c.ingest.importRecords('berg', deletion(), { branches: branchesOf('berg') });
    assert.deepEqual([first.read, first.deleted], [1, 1]);
    const view = await c.catalogue.getWork(workId);
    assert.deepEqual(view?.records.map((r) => r.id), [`krokom:${GUILLOU_ONDSKAN}`]);
    assert.deepEqual((await c.catalogue.search(query('Ondskan'))).hits.find((h) => h.id === workId)?.libraries, ['krokom']);

    const again = await c.ingest.importRecords('berg', deletion(), { branches: branchesOf('berg') });
    assert.deepEqual([again.deleted, again.unchanged], [0, 1], 'deleting an unknown record counts as unchanged');

    await c.ingest.importRecords('krokom', deletion(), { branches: branchesOf('krokom') });
    assert.equal(await c.catalogue.getWork(workId), null);
    assert.equal((await c.catalogue.search(query('Ondskan'))).hits.some((h) => h.id === workId), false);
  });

  it('puts the same records of two libraries into shared works held by both', async () => {
    await importFile('berg');
    const works = await c.index.count();
    await importFile('krokom');
    assert.equal(await c.index.count(), works, 'no new works');
    const all = await c.catalogue.search(query(''));
    assert.equal(all.total, works);
    for (const hit of all.hits) {
      assert.deepEqual([hit.libraries, hit.recordCount], [['berg', 'krokom'], 2], hit.title);
    }
  });

  it('groups the 32 Fennica editions of Runeberg\'s Vänrikki Stoolin tarinat into one work', async () => {
    await importFile('berg', FENNICA);
    const runeberg: string[] = [];
    for await (const r of readMarcFile(FENNICA)) {
      if (r.ok && r.record.fields.some((f) => isDataField(f) && f.tag === '100' && f.subfields[0]?.value.startsWith('Runeberg'))) {
        runeberg.push(`berg:${controlField(r.record, '001')}`);
      }
    }
    assert.equal(runeberg.length, 32);
    const works = new Set(await Promise.all(runeberg.map((id) => c.catalogue.workOfRecord(id))));
    assert.equal(works.size, 1);
    const view = await c.catalogue.getWork([...works][0]!);
    assert.deepEqual(view?.records.map((r) => r.id).sort(), runeberg.sort());
  });

  it('rejects a damaged record and a record without an id by position, and imports the rest', async () => {
    const bytes = readFileSync(LIBRIS_BIB);
    const third = nthRecordEnd(bytes, 3);
    // Hand-made damage, not a real record: a directory whose length is not a multiple of 12.
    const damaged = Buffer.from('00042nam a2200037   4500245XYZ00000\x1e  \x1faBroken\x1e\x1d', 'latin1');
    async function* input() {
      for await (const r of readMarc(chunks(Buffer.concat([bytes.subarray(0, third), damaged, bytes.subarray(third)])))) {
        // The test's own edit: the real record at position 6 loses its 001.
        yield r.ok && r.position === 6 ? { ...r, record: { ...r.record, fields: r.record.fields.filter((f) => f.tag !== '001') } } : r;
      }
    }
    const summary = await c.ingest.importRecords('berg', input(), { branches: branchesOf('berg'), idFallbacks: ['999c'] });
    assert.equal(summary.read, 29);
    assert.equal(summary.added, 27);
    assert.equal(summary.rejected, 2);
    assert.deepEqual(summary.rejections.map((r) => [r.position, r.id]), [[4, ''], [6, '']]);
    assert.match(summary.rejections[0].reason, /directory/);
    assert.equal(summary.rejections[1].reason, 'no record id (001, 999 $c)');
    assert.equal(await c.store.recordCount('berg'), 27);
  });

  it('rejects records the normalizer cannot use (no title) with position and id, and counts the rest', async () => {
    const summary = await importFile('berg', FENNICA);
    assert.equal(summary.read, 132);
    assert.equal(summary.rejected, 7);
    assert.ok(summary.rejections.every((r) => r.id !== '' && /no title/.test(r.reason)));
    // The file holds 000095841 twice; the later version wins and the earlier one leaves no trace.
    assert.equal(summary.added + summary.unchanged + summary.rejected, 132);
    assert.equal(await c.store.recordCount('berg'), summary.added);
  });

  it('stops at malformed XML with a clear error, keeping the records read before it', async () => {
    const xml = readFileSync(fixtureMarc('se_libris_librisxl_bib.marcxml.xml'), 'utf8');
    const cut = nthIndexOf(xml, '</record>', 13) + '</record>'.length;
    // Hand-made damage: a record whose leader element is never closed properly.
    const broken = `${xml.slice(0, cut)}\n<record><leader>00000nam a2200000 a 4500</leadr></record>${xml.slice(cut)}`;
    const path = join(mkdtempSync(join(tmpdir(), 'samverka-ingest-')), 'broken.xml');
    writeFileSync(path, broken);
    const small = await openCatalogue({ batchSize: 5 });
    try {
      await assert.rejects(
        small.ingest.importFile('berg', path, { branches: branchesOf('berg') }),
        (e: unknown) => isSamverkaError(e, 'xml-malformed') && /after record 13/.test(e.message),
      );
      assert.equal(await small.store.recordCount('berg'), 13);
      assert.notEqual(await small.catalogue.workOfRecord(`berg:${GUILLOU_ONDSKAN}`), null, 'record 6 is stored');
      assert.equal(await small.catalogue.workOfRecord('berg:7149593'), null, 'record 26 (after the damage) is not');
    } finally {
      await small.close();
    }
  });

  it('stores the same catalogue whether a file\'s batches share a transaction or are committed one by one', async () => {
    const tables = (cat: Catalogue) => ['records', 'works', 'work_tallies', 'grouping_keys', 'grouping_decisions', 'search_works']
      .map((table) => cat.database.prepare(`select * from ${table} order by 1, 2`).all());
    // Editions of one work (Fennica) and sheets of map series judged against each other (GPO), in batches of 7:
    // records meet works that earlier batches of the same transaction read, joined or left.
    for (const file of [FENNICA, demoMarc('us_gpo_cgp_West__northernmarianaislands_RECORD_SET_20250422.mrc')]) {
      const together = await openCatalogue({ batchSize: 7 });
      const apart = await openCatalogue({ batchSize: 7, fileTransactionRecords: 1 });
      // The test's own edits of real records: every fifth renamed (it leaves its work), every seventh deleted.
      const records = (await collectRecords(file)).map((r, i) => (i % 7 === 3 ? asDeletion(r) : i % 5 === 1 ? withTitle(r, `Toinen ${i}`) : r));
      const changed = join(mkdtempSync(join(tmpdir(), 'samverka-ingest-')), 'changed.mrc');
      writeFileSync(changed, Buffer.concat(records.map((r) => writeIso2709(r))));
      try {
        for (const cat of [together, apart]) {
          for (const [library, path] of [['berg', file], ['krokom', file], ['berg', changed], ['krokom', changed]]) {
            await cat.ingest.importFile(library, path, { branches: branchesOf(library) });
          }
        }
        assert.deepEqual(tables(together), tables(apart));
        const tallied = together.database.prepare('select count(*) from work_tallies').pluck().get() as number;
        assert.ok(tallied > 50, `${tallied} works of several records`);
      } finally {
        await together.close();
        await apart.close();
      }
    }
  });

  it('commits the batches of a file together, a failed transaction keeping none of them; a source commits batch by batch', async () => {
    // A store whose fourth write of records fails, as a full disk would: batches of 5 records, 10 to a file's transaction.
    const failingOnFourthWrite = (store: Store): Store => {
      let writes = 0;
      const proxy: Store = new Proxy(store, {
        get(target, property, receiver) {
          if (property === 'transaction') return <T>(fn: (tx: Store) => Promise<T>) => target.transaction((tx) => fn(failing(tx)));
          return Reflect.get(target, property, receiver);
        },
      });
      const failing = (tx: Store): Store => new Proxy(tx, {
        get(target, property, receiver) {
          if (property === 'upsertRecords') {
            return async (...args: Parameters<Store['upsertRecords']>) => {
              if (++writes === 4) throw new Error('disk full');
              return target.upsertRecords(...args);
            };
          }
          return Reflect.get(target, property, receiver);
        },
      });
      return proxy;
    };
    const ingest = (store: Store) => new IngestService({
      store: failingOnFourthWrite(store), index: c.index, libraries: LIBRARIES, batchSize: 5, fileTransactionRecords: 10,
    });
    await assert.rejects(ingest(c.store).importFile('berg', LIBRIS_BIB, { branches: branchesOf('berg') }), /disk full/);
    // Batches 1–2 were committed; batch 3 shared the failed transaction of batch 4.
    assert.equal(await c.store.recordCount('berg'), 10);
    const records = readMarcFile(LIBRIS_BIB);
    await assert.rejects(ingest(c.store).importRecords('krokom', records, { branches: branchesOf('krokom') }), /disk full/);
    assert.equal(await c.store.recordCount('krokom'), 15);
  });

  it('refuses an unknown library and an unreadable file with typed errors', async () => {
    await assert.rejects(
      c.ingest.importFile('nowhere', LIBRIS_BIB, { branches: [] }),
      (e: unknown) => isSamverkaError(e, 'unknown-library'),
    );
    await assert.rejects(importFile('berg', '/nonexistent/file.mrc'), (e: unknown) => isSamverkaError(e, 'file-unreadable'));
  });
});

async function* chunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

function nthRecordEnd(bytes: Uint8Array, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) at = bytes.indexOf(0x1d, at + 1);
  return at + 1;
}

function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(needle, at + 1);
  return at;
}
