// The OAI-PMH connector against the in-repo provider serving real Libris and Koha records: the connector contract,
// incremental harvests with updates and deletions (identified as a file import identifies them), granularity,
// noRecordsMatch, and a provider that dies mid-list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { isSamverkaError } from '../../core/errors.ts';
import { controlField, type MarcRecord } from '../../marc/marc-record.ts';
import { readMarcFile } from '../../marc/marc-reader.ts';
import { FIXTURE_DIR, OaiPmhProvider, type OaiPmhProviderOptions } from '../../../test/fakes/oai-pmh-provider.ts';
import { freePort } from '../../../test/helpers/z3950-peers.ts';
import type { HarvestItem, Harvester } from '../connector.ts';
import { connectorContract, harvestCommitting, recordContent, recordsOf } from '../connector.contract.ts';
import type { ConnectorLogger, ConnectorOptions } from '../connector-options.ts';
import { createOaiPmhConnector } from './oai-pmh.connector.ts';
import { FROM_THE_BEGINNING } from './oai-pmh.mapping.ts';

const LIBRARY = 'harjedalen';
const LIBRIS = 'se_libris_librisxl_bib.marcxml.xml';
const connector = (url: string, set?: string, options: ConnectorOptions = {}) =>
  createOaiPmhConnector(LIBRARY, { kind: 'oai-pmh', url, metadataPrefix: 'marc21', set }, { timeoutMs: 10_000, retries: 0, ...options });
const request = (since: string | null = null, full = since === null) => ({ since, full, signal: new AbortController().signal });

connectorContract('oai-pmh', async () => {
  const provider = new OaiPmhProvider({ pageSize: 50 });
  return {
    connector: connector(await provider.start()),
    unreachable: connector(`http://127.0.0.1:${await freePort()}/oai`),
    expected: { files: [`test/fixtures/marc/${LIBRIS}`, 'test/fixtures/marc/multi_koha-misc4dev_sample-bibs_marc21.marcxml.xml'], records: 395 },
    teardown: () => provider.close(),
  };
});

async function libris(): Promise<MarcRecord[]> {
  const out: MarcRecord[] = [];
  for await (const r of readMarcFile(join(FIXTURE_DIR, LIBRIS))) if (r.ok) out.push(r.record);
  return out;
}

/** A provider of the Libris set whose identifiers end with the 001, on a clock the test moves. */
async function repository(options: OaiPmhProviderOptions = {}) {
  const clock = { now: new Date('2025-05-01T12:00:00Z') };
  const provider = new OaiPmhProvider({ pageSize: 10, identifiers: 'record-id', now: () => clock.now, ...options });
  const url = await provider.start();
  return { provider, clock, harvester: connector(url, 'libris').harvest! };
}

test('an incremental harvest brings exactly the records changed and deleted since, deletions named by the 001 a file import uses', async () => {
  const { provider, clock, harvester } = await repository();
  try {
    const full = await harvestCommitting(harvester, request());
    const [changed, withdrawn] = (await libris()).slice(3, 5);
    assert.equal(recordsOf(full.committed).length, 28);
    assert.equal(full.cursor, '2025-05-01T11:59:00Z', 'the first responseDate less a minute of overlap');
    provider.repository.change(`oai:fake.samverka.test:libris:${controlField(changed, '001')}`, '2025-05-01T12:30:00Z', 'updated');
    provider.repository.change(`oai:fake.samverka.test:libris:${controlField(withdrawn, '001')}`, '2025-05-01T12:31:00Z', 'deleted');
    clock.now = new Date('2025-05-01T13:00:00Z');

    const since = await harvestCommitting(harvester, request(full.cursor));
    assert.equal(provider.requests.at(-1)?.get('from'), '2025-05-01T11:59:00Z');
    assert.deepEqual(since.committed.map((i: HarvestItem) => (i.kind === 'record' && i.result.ok ? recordContent(i.result.record) : i)), [
      recordContent(changed), { kind: 'deleted', localId: controlField(withdrawn, '001') },
    ]);
    assert.equal(since.cursor, '2025-05-01T12:59:00Z');

    const nothing = await harvestCommitting(harvester, request(since.cursor));
    assert.deepEqual([nothing.error, nothing.committed, nothing.cursor], [null, [], since.cursor], 'noRecordsMatch: empty, with a checkpoint');
  } finally {
    await provider.close();
  }
});

test('a day-granularity repository is asked from the day, and a change earlier that day comes again rather than be missed', async () => {
  const { provider, clock, harvester } = await repository({ granularity: 'YYYY-MM-DD' });
  try {
    const [early] = await libris();
    provider.repository.change(`oai:fake.samverka.test:libris:${controlField(early, '001')}`, '2025-05-01T09:00:00Z', 'updated');
    const full = await harvestCommitting(harvester, request());
    clock.now = new Date('2025-05-01T18:00:00Z');
    const again = await harvestCommitting(harvester, request(full.cursor));
    assert.equal(provider.requests.at(-1)?.get('from'), '2025-05-01');
    assert.deepEqual(recordsOf(again.committed).map(recordContent), [recordContent(early)]);
  } finally {
    await provider.close();
  }
});

test('identifiers that do not end with the records\' 001 are reported: deletions could not be matched', async () => {
  const provider = new OaiPmhProvider({ pageSize: 100 });
  const warnings: string[] = [];
  const logger: ConnectorLogger = { info: () => undefined, warn: (_details, message) => warnings.push(message) };
  try {
    const harvest = await harvestCommitting(connector(await provider.start(), 'libris', { logger }).harvest!, request());
    assert.equal(harvest.error, null);
    assert.deepEqual(warnings, ['OAI-PMH identifiers do not end with these records\' 001: their deletions cannot be matched by id']);
  } finally {
    await provider.close();
  }
});

test('a provider dying mid-list: a typed error naming the library, whole pages committed, the cursor unmoved, and a restart brings the rest', async () => {
  const provider = new OaiPmhProvider({ pageSize: 50 });
  const inner = connector(await provider.start()).harvest!;
  // The provider goes away once the first page has been committed.
  const dying: Harvester = {
    async *harvest(r) {
      for await (const item of inner.harvest(r)) {
        yield item;
        if (item.kind === 'checkpoint') await provider.close();
      }
    },
  };
  const cut = await harvestCommitting(dying, request());
  assert.ok(isSamverkaError(cut.error, 'source-unavailable'), String(cut.error));
  assert.match((cut.error as Error).message, new RegExp(`Source ${LIBRARY} is unavailable`));
  assert.equal(recordsOf(cut.committed).length, 50);
  assert.equal(cut.cursor, FROM_THE_BEGINNING);

  const again = new OaiPmhProvider({ pageSize: 50 });
  try {
    const resumed = await harvestCommitting(connector(await again.start()).harvest!, request(cut.cursor, false));
    const all = recordsOf(resumed.committed).map(recordContent);
    assert.equal(all.length, 395);
    assert.ok(recordsOf(cut.committed).every((r) => all.includes(recordContent(r))), 'the committed page comes again: overlap, never a gap');
  } finally {
    await again.close();
  }
});
