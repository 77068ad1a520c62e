// The Z39.50 connector against real peers: the connector contract on Zebra (USMARC and MARCXML) loaded with real
// Libris and Koha records, a Zebra that dies mid-harvest, and live availability from yaz-ztest's OPAC records.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../../core/errors.ts';
import { controlField } from '../../marc/marc-record.ts';
import { freePort, startYazZtest, startZebra, zebraRecordCount, type Peer } from '../../../test/helpers/z3950-peers.ts';
import { startDyingProxy } from '../../../test/helpers/dying-proxy.ts';
import { connectorContract, harvestCommitting, recordContent, recordsOf } from '../connector.contract.ts';
import type { ConnectorOptions } from '../connector-options.ts';
import { pqfTerm } from './z3950.mapping.ts';
import { createZ3950Connector, type Z3950Settings } from './z3950.connector.ts';

const FILES = ['demo/marc/se_libris_librisxl_bib.utf8.mrc', 'demo/marc/multi_koha-misc4dev_sample-bibs_marc21.utf8.mrc'];
const LIBRARY = 'stromsund';
let zebra: Promise<Peer> | null = null;
const peer = (): Promise<Peer> => (zebra ??= startZebra(`/tmp/zebra-z3950-connector-${process.pid}`, FILES));
let ztest: Peer | null = null;
after(async () => {
  (await zebra)?.stop();
  ztest?.stop();
});

function settings(port: number, over: Partial<Z3950Settings> = {}): Z3950Settings {
  return { kind: 'z3950', host: '127.0.0.1', port, database: 'Default', syntax: 'usmarc', harvestQuery: '@attr 1=_ALLRECORDS @attr 2=103 ""', charset: 'utf-8', ...over };
}
const connector = (port: number, over: Partial<Z3950Settings> = {}, options: ConnectorOptions = {}) =>
  createZ3950Connector(LIBRARY, settings(port, over), { timeoutMs: 15_000, ...options });

for (const syntax of ['usmarc', 'xml'] as const) {
  connectorContract(`z3950 (${syntax})`, async () => {
    const { port } = await peer();
    return {
      connector: connector(port, { syntax }),
      unreachable: connector(await freePort(), { syntax }),
      expected: { files: FILES, records: await zebraRecordCount(FILES), titleQuery: (word) => `@attr 1=4 ${pqfTerm(word)}` },
      teardown: async () => undefined,
    };
  });
}

test('Zebra dying mid-harvest: a typed error naming the library, only whole batches committed, and a resumed harvest brings exactly the rest', async () => {
  const { port } = await peer();
  const options = { batchSize: 20 };
  const request = { since: null, full: true, signal: new AbortController().signal };
  const measure = await startDyingProxy(port, Number.MAX_SAFE_INTEGER);
  const whole = await harvestCommitting(connector(measure.port, {}, options).harvest!, request);
  await measure.stop();
  assert.equal(whole.error, null);

  const dying = await startDyingProxy(port, Math.floor(measure.passed / 2));
  const cut = await harvestCommitting(connector(dying.port, {}, options).harvest!, request);
  await dying.stop();
  assert.ok(isSamverkaError(cut.error, 'source-failed'), String(cut.error));
  assert.match((cut.error as Error).message, new RegExp(`Source ${LIBRARY} failed: connection closed`));
  const committed = recordsOf(cut.committed);
  assert.ok(committed.length > 0 && committed.length < whole.committed.length);
  assert.equal(committed.length % options.batchSize, 0, 'only whole batches are committed');

  const resumed = await harvestCommitting(connector(port, {}, options).harvest!, { ...request, since: cut.cursor, full: false });
  assert.equal(resumed.error, null);
  const together = [...committed, ...recordsOf(resumed.committed)].map(recordContent).sort();
  assert.deepEqual(together, recordsOf(whole.committed).map(recordContent).sort());
});

test('availability from yaz-ztest\'s OPAC records: its items as holdings of the library\'s first branch, unknown ids absent', async () => {
  ztest = await startYazZtest(`/tmp/yaz-ztest-connector-${process.pid}.log`);
  const signal = new AbortController().signal;
  const opac = connector(ztest.port, { syntax: 'opac', charset: undefined }, { branches: ['stromsund-hoting', 'stromsund-stromsund'] });
  const usmarc = connector(ztest.port, { charset: undefined });
  try {
    assert.equal(usmarc.availability, undefined, 'only an OPAC-syntax source answers availability');
    const hits = await opac.search!.search('@attr 1=4 computer', { start: 1, count: 2, signal });
    const ids = hits.records.map((r) => (r.ok ? controlField(r.record, '001')?.trim() : null));
    assert.deepEqual(ids, ['11224466', '11224467']);
    const found = await opac.availability!.availability([...ids as string[], 'no-such-record'], signal);
    assert.deepEqual([...found.keys()], ['11224466', '11224467']);
    // yaz-ztest's holdings as yaz-client shows them: one copy on the shelf, at a location with no branch mapping.
    assert.deepEqual(found.get('11224466')?.map(({ asOf, ...h }) => ({ ...h, asOf: typeof asOf })), [{
      library: LIBRARY, branch: 'stromsund-hoting', callNumber: 'MLCM 89/00602 (N)', status: 'available', dueDate: null,
      itemId: '1226176', location: 'Main or Science/Business Reading Rms - STORED OFFSITE', asOf: 'string',
    }]);
    const mapped = connector(ztest.port, {
      syntax: 'opac', charset: undefined, holdings: { tag: '852', branchMap: { 'Main or Science/Business Reading Rms - STORED OFFSITE': 'stromsund-stromsund' } },
    }, { branches: ['stromsund-hoting', 'stromsund-stromsund'] });
    const [holding] = (await mapped.availability!.availability(['11224466'], signal)).get('11224466') ?? [];
    assert.deepEqual([holding?.branch, holding?.location], ['stromsund-stromsund', null]);
    await mapped.close?.();
  } finally {
    await opac.close?.();
    await usmarc.close?.();
  }
});

test('a search page past the last hit is empty and still tells the total', async () => {
  const { port } = await peer();
  const search = connector(port);
  try {
    const page = await search.search!.search('@attr 1=_ALLRECORDS @attr 2=103 ""', { start: 10_000, count: 5, signal: new AbortController().signal });
    assert.deepEqual(page, { total: await zebraRecordCount(FILES), records: [] });
  } finally {
    await search.close?.();
  }
});
