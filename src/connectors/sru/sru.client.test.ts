// The SRU client against scripted servers: request parameters per version, fatal vs non-fatal diagnostics, and
// harvestAll paging every record exactly once while refusing servers that would loop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isSamverkaError } from '../../core/errors.ts';
import type { MarcRecord } from '../../marc/marc-record.ts';
import { readMarc } from '../../marc/marc-reader.ts';
import { SruClient, type SruClientOptions } from './sru.client.ts';
import type { SruRecordResult } from './sru.codec.ts';

/** Real records (Libris fixture), each with its namespace declared as Zebra sends it. */
const RECORDS = [...readFileSync(new URL('../../../test/fixtures/marc/se_libris_librisxl_bib.marcxml.xml', import.meta.url), 'utf8')
  .matchAll(/<record>[\s\S]*?<\/record>/g)].map(([xml]) => xml.replace('<record>', '<record xmlns="http://www.loc.gov/MARC21/slim">'));

interface Page { readonly startRecord: number; readonly maximumRecords: number }

/**
 * A hand-made SRU 1.2 server in Zebra's reply shape. `next` decides nextRecordPosition (Zebra sends none);
 * `diagnostic` is added at response level.
 */
function sruServer(options: { next?: (page: Page) => number | null; diagnostic?: string; count?: (page: Page) => number } = {}) {
  const requests: URLSearchParams[] = [];
  const fetchStub = (async (url: string) => {
    const params = new URL(url).searchParams;
    requests.push(params);
    const page = { startRecord: Number(params.get('startRecord')), maximumRecords: Number(params.get('maximumRecords')) };
    const n = options.count?.(page) ?? Math.max(0, Math.min(page.maximumRecords, RECORDS.length - page.startRecord + 1));
    const records = RECORDS.slice(page.startRecord - 1, page.startRecord - 1 + n).map((xml, i) =>
      `<zs:record><zs:recordSchema>info:srw/schema/1/marcxml-v1.1</zs:recordSchema><zs:recordPacking>xml</zs:recordPacking><zs:recordData>${xml}</zs:recordData><zs:recordPosition>${page.startRecord + i}</zs:recordPosition></zs:record>`).join('');
    const next = options.next?.(page) ?? null;
    return new Response('<?xml version="1.0" encoding="UTF-8"?>\n<zs:searchRetrieveResponse xmlns:zs="http://www.loc.gov/zing/srw/"><zs:version>1.2</zs:version>'
      + `<zs:numberOfRecords>${RECORDS.length}</zs:numberOfRecords>${records ? `<zs:records>${records}</zs:records>` : ''}`
      + (next === null ? '' : `<zs:nextRecordPosition>${next}</zs:nextRecordPosition>`)
      + (options.diagnostic ? `<zs:diagnostics xmlns:diag="http://www.loc.gov/zing/srw/diagnostic/"><diag:diagnostic><diag:uri>${options.diagnostic}</diag:uri><diag:message>Result set truncated</diag:message></diag:diagnostic></zs:diagnostics>` : '')
      + '</zs:searchRetrieveResponse>');
  }) as unknown as typeof fetch;
  return { requests, fetch: fetchStub };
}

function client(server: { fetch: typeof fetch }, extra: Partial<SruClientOptions> = {}): SruClient {
  return new SruClient({ source: 'bibliotek-sru', baseUrl: 'http://sru.test/Default', fetch: server.fetch, retries: 0, ...extra });
}

async function marc(xml: string): Promise<MarcRecord | null> {
  for await (const result of readMarc((async function* () { yield Buffer.from(xml); })(), { format: 'marcxml' })) return result.ok ? result.record : null;
  return null;
}

async function all(results: AsyncIterable<SruRecordResult>): Promise<SruRecordResult[]> {
  const out: SruRecordResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

test('harvestAll pages by counting when the server sends no nextRecordPosition, and never asks past the end', async () => {
  const server = sruServer();
  const results = await all(client(server).harvestAll('cql.allRecords=1', 10));
  assert.deepEqual(results.map((r) => r.position), RECORDS.map((_r, i) => i + 1));
  const expected = await Promise.all(RECORDS.map(marc));
  assert.ok(expected.every((r) => r !== null));
  assert.deepEqual(await Promise.all(results.map((r) => marc(r.kind === 'record' ? r.recordData : ''))), expected);
  assert.deepEqual(server.requests.map((r) => r.get('startRecord')), ['1', '11', '21']);
});

test('harvestAll follows nextRecordPosition when the server sends it', async () => {
  const server = sruServer({ next: (p) => (p.startRecord + p.maximumRecords <= RECORDS.length ? p.startRecord + p.maximumRecords : null) });
  assert.equal((await all(client(server).harvestAll('cql.allRecords=1', 7))).length, RECORDS.length);
  assert.deepEqual(server.requests.map((r) => r.get('startRecord')), ['1', '8', '15', '22']);
});

test('a nextRecordPosition that does not advance is a failing source, not an endless loop', async () => {
  const server = sruServer({ next: () => 1 });
  await assert.rejects(all(client(server).harvestAll('cql.allRecords=1', 5)), (e: unknown) =>
    isSamverkaError(e, 'source-failed') && /does not advance past 1/.test(e.message) && e.details.source === 'bibliotek-sru');
  assert.equal(server.requests.length, 1);
});

test('a page with no records before the end is a failing source', async () => {
  const server = sruServer({ count: (p) => (p.startRecord === 1 ? 5 : 0) });
  await assert.rejects(all(client(server).harvestAll('cql.allRecords=1', 5)), /no records at position 6 of 28/);
});

test('a diagnostic without records is fatal: source-failed carrying uri, message and the query', async () => {
  const server = sruServer({ diagnostic: 'info:srw/diagnostic/1/16', count: () => 0 });
  await assert.rejects(client(server).searchRetrieve({ query: 'dc.foo=x' }), (e: unknown) => {
    assert.ok(isSamverkaError(e, 'source-failed'));
    assert.deepEqual(e.details.diagnostic, { uri: 'info:srw/diagnostic/1/16', message: 'Result set truncated', details: null });
    assert.equal(e.details.query, 'dc.foo=x');
    return true;
  });
});

test('a diagnostic that comes with records is a warning returned beside them', async () => {
  const result = await client(sruServer({ diagnostic: 'info:srw/diagnostic/1/999' })).searchRetrieve({ query: 'dc.title=x', maximumRecords: 3 });
  assert.equal(result.records.length, 3);
  assert.equal(result.diagnostics[0].uri, 'info:srw/diagnostic/1/999');
});

test('requests name version, schema and XML packing as each SRU version spells them', async () => {
  const server = sruServer();
  await client(server, { version: '1.1' }).searchRetrieve({ query: 'dc.title="a b"', startRecord: 3, maximumRecords: 2 });
  await client(server, { version: '2.0', recordSchema: 'info:srw/schema/1/marcxml-v1.1' }).searchRetrieve({ query: 'x' });
  assert.deepEqual(Object.fromEntries(server.requests[0]), {
    version: '1.1', operation: 'searchRetrieve', query: 'dc.title="a b"', startRecord: '3', maximumRecords: '2', recordSchema: 'marcxml', recordPacking: 'xml',
  });
  assert.deepEqual(Object.fromEntries(server.requests[1]), {
    version: '2.0', query: 'x', startRecord: '1', maximumRecords: '10', recordSchema: 'info:srw/schema/1/marcxml-v1.1', recordXMLEscaping: 'xml',
  });
});

test('impossible positions and batch sizes are refused before any request', async () => {
  const server = sruServer();
  await assert.rejects(client(server).searchRetrieve({ query: 'x', startRecord: 0 }), (e: unknown) => isSamverkaError(e, 'bad-request'));
  await assert.rejects(client(server).searchRetrieve({ query: 'x', maximumRecords: 1.5 }), (e: unknown) => isSamverkaError(e, 'bad-request'));
  await assert.rejects(all(client(server).harvestAll('x', 0)), (e: unknown) => isSamverkaError(e, 'bad-request'));
  assert.equal(server.requests.length, 0);
});
