// The harvesting part of the Store contract: cursors, full-harvest marks, leases and source health. Run by
// store.contract.ts for every Store implementation.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { RecordWrite, SourceHealthRecord, Store } from './store.ts';

/** A stored record that exercises storage only: no bibliographic claim is made by it. */
export type RecordWriter = (library: string, localId: string, workId: string) => RecordWrite;

const T0 = '2025-03-01T10:00:00.000Z';
const T1 = '2025-03-01T10:05:00.000Z';
const T2 = '2025-03-01T10:10:00.000Z';

export function harvestStoreContract(store: () => Store, write: RecordWriter): void {
  it('keeps each source\'s harvest cursor, none before the first harvest', async () => {
    assert.equal(await store().harvestState('berg'), null);
    await store().saveHarvestCursor('berg', '{"files":[]}');
    await store().saveHarvestCursor('berg', 'next');
    assert.deepEqual(await store().harvestState('berg'), { cursor: 'next', generation: 0 });
    assert.equal(await store().harvestState('krokom'), null);
  });

  it('lists the records a full harvest did not mark, page by page, and starts each full harvest afresh', async () => {
    await store().upsertRecords(['a', 'b', 'c', 'd', 'e'].map((id) => write('berg', id, 'w1')).concat(write('krokom', 'a', 'w1')));
    await store().saveHarvestCursor('berg', 'kept');
    const first = await store().beginFullHarvest('berg');
    await store().markHarvested('berg', first, ['b', 'd', 'd', 'gone-already']);
    assert.deepEqual(await store().unmarkedRecords('berg', first, null, 2), ['a', 'c']);
    assert.deepEqual(await store().unmarkedRecords('berg', first, 'c', 2), ['e']);
    assert.deepEqual(await store().unmarkedRecords('krokom', 1, null, 10), ['a'], 'marks are per library');

    const second = await store().beginFullHarvest('berg');
    assert.ok(second > first);
    assert.deepEqual(await store().harvestState('berg'), { cursor: 'kept', generation: second });
    assert.deepEqual(await store().unmarkedRecords('berg', second, null, 10), ['a', 'b', 'c', 'd', 'e'], 'an earlier harvest\'s marks do not count');
    await store().markHarvested('berg', second, ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual(await store().unmarkedRecords('berg', second, null, 10), []);
    await store().endFullHarvest('berg');
    assert.deepEqual(await store().unmarkedRecords('berg', second, null, 10), ['a', 'b', 'c', 'd', 'e'], 'marks forgotten');
  });

  it('marks and cursor written in a transaction that fails are not kept', async () => {
    const generation = await store().beginFullHarvest('berg');
    await store().upsertRecords([write('berg', 'a', 'w1')]);
    await assert.rejects(store().transaction(async (tx) => {
      await tx.markHarvested('berg', generation, ['a']);
      await tx.saveHarvestCursor('berg', 'half');
      throw new Error('killed');
    }), /killed/);
    assert.deepEqual(await store().unmarkedRecords('berg', generation, null, 10), ['a']);
    assert.equal((await store().harvestState('berg'))?.cursor, null);
  });

  it('grants a lease to one holder at a time, renews it, hands it on when it expires or its holder is dead', async () => {
    const mine = { library: 'berg', holder: 'host:1:a', expiresAt: T1 };
    const theirs = { library: 'berg', holder: 'host:2:b', expiresAt: T2 };
    assert.deepEqual(await store().acquireHarvestLease(mine, T0), mine);
    assert.deepEqual(await store().acquireHarvestLease(theirs, T0), mine, 'busy until it expires');
    const renewed = { ...mine, expiresAt: T2 };
    assert.deepEqual(await store().acquireHarvestLease(renewed, T0), renewed);
    assert.deepEqual(await store().acquireHarvestLease(theirs, T1), renewed, 'not yet expired');
    assert.deepEqual(await store().acquireHarvestLease(theirs, T0, mine.holder), theirs, 'taken over from a dead holder');
    assert.deepEqual(await store().acquireHarvestLease(mine, T2), mine, 'expired: anyone may take it');
    assert.deepEqual(await store().acquireHarvestLease({ ...theirs, library: 'krokom' }, T0), { ...theirs, library: 'krokom' }, 'leases are per library');

    await store().releaseHarvestLease('berg', theirs.holder);
    assert.deepEqual((await store().harvestLeases()).map((l) => l.holder), [mine.holder, theirs.holder], 'only the holder releases');
    await store().releaseHarvestLease('berg', mine.holder);
    assert.deepEqual((await store().harvestLeases()).map((l) => l.library), ['krokom']);
  });

  it('keeps one health row per source, replaced by each run', async () => {
    const failed: SourceHealthRecord = {
      library: 'berg', kind: 'sru', lastAttemptAt: T0, lastSuccessAt: null, lastOutcome: 'unreachable',
      lastError: 'Source berg is unavailable: connect ECONNREFUSED', lastErrorAt: T0, lastCounts: null,
    };
    await store().saveSourceHealth(failed);
    const ok: SourceHealthRecord = {
      ...failed, lastAttemptAt: T1, lastSuccessAt: T1, lastOutcome: 'ok',
      lastCounts: { read: 3, added: 2, updated: 0, deleted: 1, unchanged: 0, rejected: 0 },
    };
    await store().saveSourceHealth(ok);
    await store().saveSourceHealth({ ...failed, library: 'are', kind: 'marc-file' });
    assert.deepEqual(await store().sourceHealth(), [{ ...failed, library: 'are', kind: 'marc-file' }, ok]);
  });
}
