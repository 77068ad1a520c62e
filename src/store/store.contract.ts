// The contract every Store implementation passes: run by sqlite/sqlite-store.test.ts, later by the PostgreSQL store.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { BibRecord, Work } from '../core/types.ts';
import { harvestStoreContract } from './store-harvest.contract.ts';
import type { RawMarc, RecordWrite, Store } from './store.ts';

/** A fresh, empty store for one test, and how to dispose of it. */
export interface StoreHarness {
  readonly store: Store;
  close(): Promise<void>;
}

// Synthetic rows that exercise storage only: no bibliographic claim is made by these titles.
function bibRecord(library: string, localId: string, title: string): BibRecord {
  return {
    id: `${library}:${localId}`, library, localId, title, subtitle: null, responsibility: null, authors: ['Author, Test'],
    uniformTitle: null, year: 2001, formats: ['book'], languages: ['swe'], subjects: [], genres: [], audience: null,
    isbns: [], issns: [], otherIds: [], publisher: null, place: null, edition: null, extent: null, description: null,
    series: [], notes: [], onlineLinks: [],
    holdings: [{ library, branch: `${library}-main`, callNumber: 'Hc', status: 'available', dueDate: null, asOf: '2025-01-01T00:00:00.000Z' }],
  };
}

function write(library: string, localId: string, workId: string, extra: Partial<RecordWrite> = {}): RecordWrite {
  return {
    record: bibRecord(library, localId, `Title ${localId}`),
    workId,
    hash: `hash-${localId}`,
    normalizerVersion: 'v1',
    updatedAt: '2025-01-01T00:00:00.000Z',
    raw: { format: 'marcxml', data: `<record><controlfield tag="001">${localId}</controlfield></record>` },
    ...extra,
  };
}

function work(id: string, recordIds: string[]): Work {
  return {
    id, title: `Work ${id}`, subtitle: null, authors: [], yearMin: null, yearMax: null, formats: ['book'], languages: [],
    subjects: [], audiences: [], libraries: ['berg'], recordIds,
  };
}

export function storeContract(name: string, open: () => Promise<StoreHarness>): void {
  describe(`Store contract: ${name}`, () => {
    let harness: StoreHarness;
    let store: Store;
    beforeEach(async () => {
      harness = await open();
      store = harness.store;
    });
    afterEach(() => harness.close());

    it('keeps a record as written: normalized fields, work, hash and raw MARC byte for byte', async () => {
      // ISO 2709 bytes that are not valid UTF-8 (a MARC-8 record, say) must come back unchanged.
      const iso: RawMarc = { format: 'iso2709', data: new Uint8Array([0x30, 0x30, 0x8a, 0xff, 0x1d]) };
      await store.upsertRecords([write('berg', '1', 'w1'), write('berg', '2', 'w1', { raw: iso })]);
      const [one] = await store.recordsByIds(['berg:1']);
      assert.deepEqual(one.record, bibRecord('berg', '1', 'Title 1'));
      assert.equal(one.workId, 'w1');
      assert.equal(one.hash, 'hash-1');
      assert.equal(one.normalizerVersion, 'v1');
      assert.equal(one.updatedAt, '2025-01-01T00:00:00.000Z');
      assert.deepEqual(await store.rawMarc('berg:1'), write('berg', '1', 'w1').raw);
      assert.deepEqual(await store.rawMarc('berg:2'), iso);
      assert.equal(await store.rawMarc('berg:3'), null);
    });

    it('replaces a record with the same id and counts records per library', async () => {
      await store.upsertRecords([write('berg', '1', 'w1'), write('krokom', '1', 'w1')]);
      await store.upsertRecords([write('berg', '1', 'w2', { hash: 'changed' })]);
      const states = await store.recordStates(['berg:1', 'krokom:1', 'berg:404']);
      assert.deepEqual([...states.entries()].sort(), [
        ['berg:1', { hash: 'changed', workId: 'w2' }],
        ['krokom:1', { hash: 'hash-1', workId: 'w1' }],
      ]);
      assert.equal(await store.recordCount(), 2);
      assert.equal(await store.recordCount('berg'), 1);
      assert.equal(await store.recordCount('bracke'), 0);
    });

    it('finds records by work and the work of a record', async () => {
      await store.upsertRecords([write('berg', '1', 'w1'), write('berg', '2', 'w1'), write('berg', '3', 'w2')]);
      const ids = (await store.recordsByWorks(['w1'])).map((r) => r.record.id).sort();
      assert.deepEqual(ids, ['berg:1', 'berg:2']);
      assert.equal(await store.workIdOfRecord('berg:3'), 'w2');
      assert.equal(await store.workIdOfRecord('berg:9'), null);
      assert.deepEqual(await store.recordsByWorks([]), []);
    });

    it('moves records between works without touching their content or time', async () => {
      await store.upsertRecords([write('berg', '1', 'w1'), write('berg', '2', 'w1')]);
      await store.moveRecords([{ recordId: 'berg:1', workId: 'w9' }]);
      const [moved] = await store.recordsByIds(['berg:1']);
      assert.equal(moved.workId, 'w9');
      assert.equal(moved.updatedAt, '2025-01-01T00:00:00.000Z');
      assert.equal(moved.hash, 'hash-1');
      assert.equal(await store.workIdOfRecord('berg:2'), 'w1');
    });

    it('files records under grouping keys and replaces a record\'s keys', async () => {
      await store.upsertRecords([write('berg', '1', 'w1'), write('berg', '2', 'w2')]);
      await store.replaceGroupingKeys([
        { recordId: 'berg:1', workId: 'w1', keys: ['isbn:9789100000000', 'ta:key', 'ta:key'] },
        { recordId: 'berg:2', workId: 'w2', keys: ['ta:key'] },
      ]);
      const hits = (await store.worksByGroupingKeys(['ta:key', 'none'])).map((h) => `${h.key} ${h.workId}`).sort();
      assert.deepEqual(hits, ['ta:key w1', 'ta:key w2']);
      await store.replaceGroupingKeys([{ recordId: 'berg:1', workId: 'w1', keys: ['ta:other'] }, { recordId: 'berg:2', workId: 'w2', keys: [] }]);
      assert.deepEqual(await store.worksByGroupingKeys(['ta:key', 'isbn:9789100000000']), []);
      assert.deepEqual(await store.worksByGroupingKeys(['ta:other']), [{ key: 'ta:other', workId: 'w1' }]);
    });

    it('finds a record under its keys in the work it was moved to, however it moved', async () => {
      await store.upsertRecords([write('berg', '1', 'w1'), write('berg', '2', 'w2')]);
      await store.replaceGroupingKeys([{ recordId: 'berg:1', workId: 'w1', keys: ['ta:a'] }, { recordId: 'berg:2', workId: 'w2', keys: ['ta:b'] }]);
      await store.moveRecords([{ recordId: 'berg:1', workId: 'w9' }]);
      await store.upsertRecords([write('berg', '2', 'w8')]);
      const found = (await store.worksByGroupingKeys(['ta:a', 'ta:b'])).map((h) => `${h.key} ${h.workId}`).sort();
      assert.deepEqual(found, ['ta:a w9', 'ta:b w8']);
    });

    it('finds each key and work once, leaving out the records an import is placing anew', async () => {
      await store.upsertRecords([write('berg', '1', 'w1'), write('krokom', '1', 'w1'), write('krokom', '2', 'w2'), write('berg', '3', 'w3')]);
      await store.replaceGroupingKeys([
        { recordId: 'berg:1', workId: 'w1', keys: ['ta:a', 'isbn:1'] },
        { recordId: 'krokom:1', workId: 'w1', keys: ['ta:a', 'isbn:1'] },
        { recordId: 'krokom:2', workId: 'w2', keys: ['ta:a'] },
        { recordId: 'berg:3', workId: 'w3', keys: ['isbn:1'] },
      ]);
      const found = async (excluding?: string[]) =>
        (await store.worksByGroupingKeys(['ta:a', 'isbn:1'], excluding)).map((h) => `${h.key} ${h.workId}`).sort();
      assert.deepEqual(await found(), ['isbn:1 w1', 'isbn:1 w3', 'ta:a w1', 'ta:a w2']);
      // w1 stays found through krokom:1; w2 and w3 were found only through the records left out.
      assert.deepEqual(await found(['berg:1', 'krokom:2', 'berg:3']), ['isbn:1 w1', 'ta:a w1']);
    });

    it('deletes a record with its keys and decision, keeps its override, ignores unknown ids', async () => {
      await store.upsertRecords([write('berg', '1', 'w1'), write('berg', '2', 'w1')]);
      await store.replaceGroupingKeys([{ recordId: 'berg:1', workId: 'w1', keys: ['k'] }]);
      await store.upsertDecisions([{ recordId: 'berg:1', workId: 'w1', match: 'new-work', key: null, reason: 'first' }]);
      await store.setOverrides([{ recordId: 'berg:1', kind: 'split', workId: 'w-split', createdAt: '2025-02-01T00:00:00.000Z' }]);
      await store.deleteRecords(['berg:1', 'berg:404']);
      assert.deepEqual(await store.recordsByIds(['berg:1']), []);
      assert.deepEqual(await store.worksByGroupingKeys(['k']), []);
      assert.deepEqual(await store.decisionsByRecords(['berg:1']), []);
      assert.equal((await store.overridesByRecords(['berg:1'])).get('berg:1')?.kind, 'split');
      assert.equal(await store.recordCount(), 1);
    });

    it('stores one decision per record, the latest', async () => {
      await store.upsertRecords([write('berg', '1', 'w1')]);
      await store.upsertDecisions([{ recordId: 'berg:1', workId: 'w1', match: 'new-work', key: null, reason: 'first' }]);
      const latest = { recordId: 'berg:1', workId: 'w1', match: 'isbn', key: '9789100000000', reason: 'same ISBN' } as const;
      await store.upsertDecisions([latest]);
      assert.deepEqual(await store.decisionsByRecords(['berg:1']), [latest]);
    });

    it('sets, replaces and removes staff overrides', async () => {
      const merge = { recordId: 'berg:1', kind: 'merge', workId: 'w2', createdAt: '2025-02-01T00:00:00.000Z' } as const;
      await store.setOverrides([merge]);
      assert.deepEqual((await store.overridesByRecords(['berg:1', 'berg:2'])).get('berg:1'), merge);
      const split = { ...merge, kind: 'split', workId: 'w3' } as const;
      await store.setOverrides([split]);
      assert.deepEqual([...(await store.overridesByRecords(['berg:1'])).values()], [split]);
      await store.removeOverrides(['berg:1']);
      assert.equal((await store.overridesByRecords(['berg:1'])).size, 0);
    });

    it('upserts, reads and deletes works', async () => {
      await store.upsertWorks([work('w1', ['berg:1']), work('w2', ['berg:2'])]);
      await store.upsertWorks([work('w1', ['berg:1', 'krokom:1'])]);
      assert.deepEqual(await store.getWork('w1'), work('w1', ['berg:1', 'krokom:1']));
      assert.deepEqual([...(await store.existingWorkIds(['w1', 'w2', 'w3']))].sort(), ['w1', 'w2']);
      await store.deleteWorks(['w2']);
      assert.equal(await store.getWork('w2'), null);
    });

    it('keeps one tally per work, the latest, and deletes it with its work', async () => {
      await store.upsertWorks([work('w1', ['berg:1']), work('w2', ['berg:2'])]);
      await store.upsertWorkTallies([{ workId: 'w1', data: '{"n":1}' }, { workId: 'w2', data: '{"n":2}' }]);
      await store.upsertWorkTallies([{ workId: 'w1', data: '{"n":3}' }]);
      assert.deepEqual([...(await store.workTallies(['w1', 'w2', 'w3']))].sort(), [['w1', '{"n":3}'], ['w2', '{"n":2}']]);
      await store.deleteWorks(['w1']);
      assert.deepEqual([...(await store.workTallies(['w1', 'w2']))], [['w2', '{"n":2}']]);
      await store.deleteWorkTallies(['w2']);
      assert.equal((await store.workTallies(['w2'])).size, 0);
      assert.notEqual(await store.getWork('w2'), null);
    });

    it('commits a transaction that resolves and rolls back one that throws', async () => {
      await store.transaction(async (tx) => {
        await tx.upsertRecords([write('berg', '1', 'w1')]);
        await tx.transaction((inner) => inner.upsertWorks([work('w1', ['berg:1'])]));
      });
      await assert.rejects(
        store.transaction(async (tx) => {
          await tx.upsertRecords([write('berg', '2', 'w1')]);
          await tx.deleteWorks(['w1']);
          throw new Error('batch failed');
        }),
        /batch failed/,
      );
      assert.equal(await store.recordCount(), 1);
      assert.notEqual(await store.getWork('w1'), null);
    });

    it('commits transactions started at the same time, each whole', async () => {
      await Promise.all(
        ['1', '2', '3'].map((localId) =>
          store.transaction(async (tx) => {
            await tx.upsertRecords([write('berg', localId, `w${localId}`)]);
            await tx.upsertWorks([work(`w${localId}`, [`berg:${localId}`])]);
          }),
        ),
      );
      assert.equal(await store.recordCount('berg'), 3);
      assert.deepEqual([...(await store.existingWorkIds(['w1', 'w2', 'w3']))].sort(), ['w1', 'w2', 'w3']);
    });

    it('handles batches larger than a statement can bind, and ids with quotes and non-ASCII', async () => {
      const many = Array.from({ length: 4_000 }, (_, i) => write('berg', `${i}'"ö`, `w${i % 7}`));
      await store.upsertRecords(many);
      await store.replaceGroupingKeys(many.map((w) => ({ recordId: w.record.id, workId: w.workId, keys: [`k${w.workId}`] })));
      assert.equal(await store.recordCount('berg'), 4_000);
      assert.equal((await store.recordStates(many.map((w) => w.record.id))).size, 4_000);
      assert.deepEqual(await store.worksByGroupingKeys(['kw0'], many.slice(0, 3_000).map((w) => w.record.id)), [{ key: 'kw0', workId: 'w0' }]);
    });

    it('answers healthy', async () => {
      assert.equal(await store.healthy(), true);
    });

    describe('harvesting', () => harvestStoreContract(() => store, write));
  });
}
