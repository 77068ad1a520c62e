// Issue 3's measure of a connector: harvesting real records over a protocol stores exactly what importing the same
// records from a file stores — the same records, works, holdings and grouping decisions. SRU and Z39.50 against real
// Zebra, OAI-PMH against the spec-exact provider fake.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Connector } from '../../src/connectors/connector.ts';
import { createSruConnector } from '../../src/connectors/sru/sru.connector.ts';
import { createZ3950Connector } from '../../src/connectors/z3950/z3950.connector.ts';
import { createOaiPmhConnector } from '../../src/connectors/oai-pmh/oai-pmh.connector.ts';
import { DEFAULT_HOLDINGS_MAPPINGS } from '../../src/catalogue/holdings-mapping.ts';
import { branchesOf } from '../helpers/catalogue-harness.ts';
import { openHarvestCatalogue, snapshot } from '../helpers/harvest-harness.ts';
import { startZebra, type Peer } from '../helpers/z3950-peers.ts';
import { OaiPmhProvider } from '../fakes/oai-pmh-provider.ts';

const LIBRARY = 'krokom';
// 1,500 real records with their 949 item fields (Evergreen), plus Swedish Libris records.
const FILES = ['demo/marc/ca_evergreen_jazz_1k.utf8.mrc', 'demo/marc/ca_evergreen_lul_fre_500.utf8.mrc', 'demo/marc/se_libris_librisxl_bib.utf8.mrc'];
const importOptions = () => ({ branches: branchesOf(LIBRARY), idFallbacks: ['035a', '999c'], holdings: DEFAULT_HOLDINGS_MAPPINGS['949'] });

let zebra: Peer;
before(async () => { zebra = await startZebra(mkdtempSync(join(tmpdir(), 'samverka-zebra-hei-')), FILES); });
after(() => zebra?.stop());

async function harvested(connector: Connector) {
  const c = await openHarvestCatalogue(new Map([[LIBRARY, connector]]), { importOptions, commitEvery: 200 });
  const summary = await c.harvest.harvest(LIBRARY, { full: true });
  await connector.close?.();
  return { c, summary };
}

async function imported(files: readonly string[]) {
  const c = await openHarvestCatalogue(new Map(), { importOptions });
  for (const file of files) await c.ingest.importFile(LIBRARY, join(import.meta.dirname, '..', '..', file), importOptions());
  return c;
}

test('an SRU harvest from Zebra stores what the file import stores', async () => {
  const { c, summary } = await harvested(createSruConnector(LIBRARY, {
    kind: 'sru', url: `http://127.0.0.1:${zebra.port}/Default`, version: '1.2', recordSchema: 'marcxml', harvestQuery: 'cql.allRecords=1',
  }, { branches: branchesOf(LIBRARY) }));
  assert.equal(summary.status, 'ok');
  assert.ok(summary.added >= 1500, `${summary.added} records`);
  const reference = await imported(FILES);
  assert.deepEqual(snapshot(c), snapshot(reference));
  assert.ok((c.database.prepare("select count(*) n from records where data like '%\"holdings\":[{%'").get() as { n: number }).n > 1000, 'holdings came along');
});

test('a Z39.50 harvest from Zebra stores what the file import stores', async () => {
  const { c, summary } = await harvested(createZ3950Connector(LIBRARY, {
    kind: 'z3950', host: '127.0.0.1', port: zebra.port, database: 'Default', syntax: 'usmarc', harvestQuery: '@attr 1=_ALLRECORDS @attr 2=103 ""',
  }, { branches: branchesOf(LIBRARY) }));
  assert.equal(summary.status, 'ok');
  assert.deepEqual(snapshot(c), snapshot(await imported(FILES)));
});

test('an OAI-PMH harvest stores what the file import of the same MARCXML stores', async () => {
  const provider = new OaiPmhProvider({ identifiers: 'record-id', sets: [{ spec: 'libris', name: 'Libris', file: 'se_libris_librisxl_bib.marcxml.xml' }, { spec: 'helmet', name: 'Helmet', file: 'fi_helmet_real-curated.marcxml.xml' }] });
  const url = await provider.start();
  try {
    const { c, summary } = await harvested(createOaiPmhConnector(LIBRARY, { kind: 'oai-pmh', url, metadataPrefix: 'marc21' }, { branches: branchesOf(LIBRARY) }));
    assert.equal(summary.status, 'ok', JSON.stringify(summary));
    const reference = await imported(['test/fixtures/marc/se_libris_librisxl_bib.marcxml.xml', 'test/fixtures/marc/fi_helmet_real-curated.marcxml.xml']);
    assert.deepEqual(snapshot(c), snapshot(reference));
  } finally {
    await provider.close();
  }
});
