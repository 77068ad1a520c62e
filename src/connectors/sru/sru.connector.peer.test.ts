// The SRU connector against a real Zebra loaded with real Libris and Koha records: the connector contract, and a
// Zebra that dies mid-harvest (the committed pages stay exact and a resumed harvest brings exactly the rest).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../../core/errors.ts';
import { freePort, startZebra, zebraRecordCount, type Peer } from '../../../test/helpers/z3950-peers.ts';
import { startDyingProxy } from '../../../test/helpers/dying-proxy.ts';
import { connectorContract, harvestCommitting, recordContent, recordsOf } from '../connector.contract.ts';
import type { ConnectorOptions } from '../connector-options.ts';
import { cqlClause } from './cql.ts';
import { createSruConnector, type SruSettings } from './sru.connector.ts';

const FILES = ['demo/marc/se_libris_librisxl_bib.utf8.mrc', 'demo/marc/multi_koha-misc4dev_sample-bibs_marc21.utf8.mrc'];
const LIBRARY = 'krokom';
let zebra: Promise<Peer> | null = null;
const peer = (): Promise<Peer> => (zebra ??= startZebra(`/tmp/zebra-sru-connector-${process.pid}`, FILES));
after(async () => (await zebra)?.stop());

function settings(port: number): SruSettings {
  return { kind: 'sru', url: `http://127.0.0.1:${port}/Default`, version: '1.2', recordSchema: 'marcxml', harvestQuery: 'cql.allRecords=1' };
}
const connector = (port: number, options: ConnectorOptions = {}) => createSruConnector(LIBRARY, settings(port), { timeoutMs: 15_000, retries: 0, ...options });

connectorContract('sru', async () => {
  const { port } = await peer();
  return {
    connector: connector(port),
    unreachable: connector(await freePort()),
    expected: { files: FILES, records: await zebraRecordCount(FILES), titleQuery: (word) => cqlClause('dc.title', word) },
    teardown: async () => undefined,
  };
});

test('Zebra dying mid-harvest: a typed error naming the library, only whole pages committed, and a resumed harvest brings exactly the rest', async () => {
  const { port } = await peer();
  const batchSize = 20;
  const request = { since: null, full: true, signal: new AbortController().signal };
  // How many reply bytes a whole harvest takes, to cut the next one in the middle.
  const measure = await startDyingProxy(port, Number.MAX_SAFE_INTEGER);
  const whole = await harvestCommitting(connector(measure.port, { batchSize }).harvest!, request);
  await measure.stop();
  assert.equal(whole.error, null);

  const dying = await startDyingProxy(port, Math.floor(measure.passed / 2));
  const cut = await harvestCommitting(connector(dying.port, { batchSize }).harvest!, request);
  await dying.stop();
  assert.ok(dying.dead);
  assert.ok(isSamverkaError(cut.error) && ['source-unavailable', 'source-failed'].includes(cut.error.code), String(cut.error));
  assert.match((cut.error as Error).message, new RegExp(`Source ${LIBRARY} `));
  const committed = recordsOf(cut.committed);
  assert.ok(committed.length > 0 && committed.length < whole.committed.length);
  assert.equal(committed.length % batchSize, 0, 'only whole pages are committed');
  assert.ok(cut.pending.length < batchSize);

  const resumed = await harvestCommitting(connector(port, { batchSize }).harvest!, { ...request, since: cut.cursor, full: false });
  assert.equal(resumed.error, null);
  const together = [...committed, ...recordsOf(resumed.committed)].map(recordContent).sort();
  assert.deepEqual(together, recordsOf(whole.committed).map(recordContent).sort());
});

test('a search page past the last hit is empty and still tells the total', async () => {
  const { port } = await peer();
  const signal = new AbortController().signal;
  const page = await connector(port).search!.search('cql.allRecords=1', { start: 10_000, count: 5, signal });
  assert.deepEqual(page, { total: await zebraRecordCount(FILES), records: [] });
});
