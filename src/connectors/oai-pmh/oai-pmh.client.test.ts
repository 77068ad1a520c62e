// The OAI-PMH client against the in-repo provider serving real records: full and incremental harvests, deletions,
// sets, granularity, and every protocol error code as a typed error naming the source (or an empty answer).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { isSamverkaError } from '../../core/errors.ts';
import { controlField, type MarcRecord } from '../../marc/marc-record.ts';
import { readMarc, readMarcFile } from '../../marc/marc-reader.ts';
import { DEFAULT_SETS, FIXTURE_DIR, OaiPmhProvider, type OaiPmhProviderOptions } from '../../../test/fakes/oai-pmh-provider.ts';
import { OaiPmhClient, type OaiListRecordsOptions, type OaiPmhClientOptions } from './oai-pmh.client.ts';
import type { OaiRecord } from './oai-pmh.codec.ts';

const NO_HANG = { timeout: 30_000 };

async function withProvider(
  options: OaiPmhProviderOptions,
  body: (provider: OaiPmhProvider, client: (extra?: Partial<OaiPmhClientOptions>) => OaiPmhClient) => Promise<void>,
): Promise<void> {
  const provider = new OaiPmhProvider(options);
  const baseUrl = await provider.start();
  try {
    await body(provider, (extra = {}) => new OaiPmhClient({ source: 'jamtland-koha', baseUrl, retries: 1, backoffMs: 1, maxRetryDelayMs: 10, ...extra }));
  } finally {
    await provider.close();
  }
}

async function harvest(client: OaiPmhClient, options: OaiListRecordsOptions): Promise<OaiRecord[]> {
  const records: OaiRecord[] = [];
  for await (const page of client.listRecords(options)) records.push(...page.records);
  return records;
}

async function parseMarcXml(xml: string): Promise<MarcRecord> {
  const results = [];
  for await (const result of readMarc((async function* () { yield Buffer.from(xml, 'utf8'); })(), { format: 'marcxml' })) results.push(result);
  assert.equal(results.length, 1);
  assert.ok(results[0].ok, 'the harvested MARCXML reads as one record');
  return results[0].record;
}

async function fixtureRecords(sets = DEFAULT_SETS): Promise<MarcRecord[]> {
  const records: MarcRecord[] = [];
  for (const set of sets) {
    for await (const result of readMarcFile(join(FIXTURE_DIR, set.file))) if (result.ok) records.push(result.record);
  }
  return records;
}

test('a full harvest gives every fixture record exactly once, equal field for field', NO_HANG, async () => {
  await withProvider({ pageSize: 40 }, async (provider, client) => {
    const pages = [];
    for await (const page of client().listRecords({ metadataPrefix: 'marc21' })) pages.push(page);
    const records = pages.flatMap((p) => p.records);
    const expected = await fixtureRecords();
    assert.equal(records.length, expected.length);
    assert.equal(new Set(records.map((r) => r.header.identifier)).size, expected.length);
    assert.deepEqual(await Promise.all(records.map((r) => parseMarcXml(r.metadata ?? ''))), expected);
    assert.deepEqual(pages.map((p) => p.cursor), pages.map((_p, i) => i * 40));
    assert.ok(pages.every((p) => p.completeListSize === expected.length));
    // A token request carries the token and nothing else (spec §3.5), URL-encoded on the way.
    for (const args of provider.requests.slice(1)) assert.deepEqual([...args.keys()], ['verb', 'resumptionToken']);
  });
});

test('Identify, ListMetadataFormats and ListSets describe the repository', NO_HANG, async () => {
  await withProvider({}, async (_provider, client) => {
    const identify = await client().identify();
    assert.equal(identify.granularity, 'YYYY-MM-DDThh:mm:ssZ');
    assert.equal(identify.deletedRecord, 'persistent');
    assert.match(identify.earliestDatestamp, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.ok((await client().listMetadataFormats()).some((f) => f.metadataPrefix === 'marc21' && f.metadataNamespace === 'http://www.loc.gov/MARC21/slim'));
    assert.deepEqual((await client().listSets()).map((s) => s.setSpec), DEFAULT_SETS.map((s) => s.spec));
  });
});

test('a set harvest gives only that set', NO_HANG, async () => {
  await withProvider({ pageSize: 10 }, async (_provider, client) => {
    const records = await harvest(client(), { metadataPrefix: 'marc21', set: 'libris' });
    const libris = await fixtureRecords(DEFAULT_SETS.filter((s) => s.spec === 'libris'));
    assert.deepEqual(await Promise.all(records.map((r) => parseMarcXml(r.metadata ?? ''))), libris);
    assert.ok(records.every((r) => r.header.setSpecs.includes('libris')));
  });
});

test('an incremental harvest from a date gives exactly the records changed since, deletions included', NO_HANG, async () => {
  await withProvider({ pageSize: 25 }, async (provider, client) => {
    const [edited, withdrawn] = [provider.repository.items[3], provider.repository.items[300]];
    provider.repository.change(edited.identifier, '2031-01-02T03:04:05Z', 'updated');
    provider.repository.change(withdrawn.identifier, '2031-01-02T03:04:06Z', 'deleted');
    const changed = await harvest(client(), { metadataPrefix: 'marc21', from: new Date('2031-01-02T03:04:05Z') });
    assert.deepEqual(changed.map((r) => [r.header.identifier, r.header.deleted, r.metadata === null]), [
      [edited.identifier, false, false],
      [withdrawn.identifier, true, true],
    ]);
    assert.equal(provider.requests.at(-1)?.get('from'), '2031-01-02T03:04:05Z');
    const later = await harvest(client(), { metadataPrefix: 'marc21', from: new Date('2031-01-02T03:04:06Z') });
    assert.deepEqual(later.map((r) => r.header.identifier), [withdrawn.identifier]);
  });
});

test('until bounds the harvest inclusively, by the records\' own 005 dates', NO_HANG, async () => {
  await withProvider({ pageSize: 100 }, async (_provider, client) => {
    const records = await harvest(client(), { metadataPrefix: 'marc21', until: new Date('2004-12-31T23:59:59Z') });
    const expected = (await fixtureRecords()).filter((r) => (controlField(r, '005') ?? '') < '20050101');
    assert.equal(records.length, expected.length);
  });
});

test('nothing changed since the date is an empty harvest, not a failure (noRecordsMatch)', NO_HANG, async () => {
  await withProvider({}, async (_provider, client) => {
    assert.deepEqual(await harvest(client(), { metadataPrefix: 'marc21', from: new Date('2099-01-01T00:00:00Z') }), []);
  });
});

test('a day-granularity repository gets YYYY-MM-DD dates, learnt from Identify', NO_HANG, async () => {
  await withProvider({ granularity: 'YYYY-MM-DD' }, async (provider, client) => {
    await harvest(client(), { metadataPrefix: 'marc21', from: new Date('2013-01-01T12:00:00Z'), until: new Date('2013-12-31T23:00:00Z') });
    assert.deepEqual(provider.requests.map((r) => r.get('verb')), ['Identify', 'ListRecords']);
    assert.deepEqual([provider.requests[1].get('from'), provider.requests[1].get('until')], ['2013-01-01', '2013-12-31']);
    // Told the wrong granularity, the client is refused: a configuration error is never hidden.
    await assert.rejects(harvest(client({ granularity: 'YYYY-MM-DDThh:mm:ssZ' }), { metadataPrefix: 'marc21', from: new Date() }), (e: unknown) =>
      isSamverkaError(e, 'source-failed') && e.details.oaiError === 'badArgument' && e.details.source === 'jamtland-koha');
  });
});

test('GetRecord gives one record, or null for an unknown identifier (idDoesNotExist)', NO_HANG, async () => {
  await withProvider({}, async (provider, client) => {
    const item = provider.repository.items[5];
    const record = await client().getRecord(item.identifier, 'marc21');
    assert.equal(record?.header.identifier, item.identifier);
    assert.deepEqual(await parseMarcXml(record?.metadata ?? ''), (await fixtureRecords())[5]);
    assert.equal(await client().getRecord('oai:fake.samverka.test:koha:99999', 'marc21'), null);
  });
});

test('an unknown metadata format is cannotDisseminateFormat, a typed error naming the source', NO_HANG, async () => {
  await withProvider({}, async (_provider, client) => {
    await assert.rejects(harvest(client(), { metadataPrefix: 'mods' }), (e: unknown) =>
      isSamverkaError(e, 'source-failed') && e.details.oaiError === 'cannotDisseminateFormat' && /jamtland-koha/.test(e.message));
  });
});

test('a repository without sets: ListSets is empty, a set harvest fails with noSetHierarchy', NO_HANG, async () => {
  await withProvider({ setHierarchy: false }, async (_provider, client) => {
    assert.deepEqual(await client().listSets(), []);
    await assert.rejects(harvest(client(), { metadataPrefix: 'marc21', set: 'libris' }), (e: unknown) =>
      isSamverkaError(e, 'source-failed') && e.details.oaiError === 'noSetHierarchy');
  });
});

test('an expired resumption token fails mid-harvest with badResumptionToken', NO_HANG, async () => {
  await withProvider({ pageSize: 50 }, async (provider, client) => {
    provider.fault = { kind: 'bad-token' };
    const pages = [];
    await assert.rejects((async () => {
      for await (const page of client().listRecords({ metadataPrefix: 'marc21' })) pages.push(page);
    })(), (e: unknown) => isSamverkaError(e, 'source-failed') && e.details.oaiError === 'badResumptionToken');
    assert.equal(pages.length, 1);
  });
});

test('every other OAI-PMH error code, whatever the verb, is a typed error with the code', NO_HANG, async () => {
  await withProvider({}, async (provider, client) => {
    for (const code of ['badVerb', 'badArgument', 'noMetadataFormats', 'idDoesNotExist', 'cannotDisseminateFormat']) {
      provider.fault = { kind: 'error', code };
      const calls: Array<() => Promise<unknown>> = [() => client().identify(), () => client().listMetadataFormats(), () => harvest(client(), { metadataPrefix: 'marc21' })];
      for (const call of calls) {
        await assert.rejects(call(), (e: unknown) => isSamverkaError(e, 'source-failed') && e.details.oaiError === code && e.details.source === 'jamtland-koha', code);
      }
    }
  });
});
