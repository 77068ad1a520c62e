// The SRU client against a real Zebra loaded with real Libris and Koha records: searches by title, creator and
// ISBN find the records they should, harvestAll returns every indexed record once and intact, in SRU 1.1, 1.2, 2.0.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../../core/errors.ts';
import { controlField, dataFields, subfield, type MarcRecord } from '../../marc/marc-record.ts';
import { readMarc, readMarcFile } from '../../marc/marc-reader.ts';
import { startZebra, type Peer } from '../../../test/helpers/z3950-peers.ts';
import { cqlClause, cqlTerm } from './cql.ts';
import { SruClient, type SruClientOptions } from './sru.client.ts';
import type { SruRecordResult, SruVersion } from './sru.codec.ts';

const FILES = ['demo/marc/se_libris_librisxl_bib.utf8.mrc', 'demo/marc/multi_koha-misc4dev_sample-bibs_marc21.utf8.mrc'];
let zebra: Peer;
let baseUrl: string;
/** The indexed records: Zebra replaces a record whose 001 repeats (the later one stands); those without 001 each stand alone. */
const indexed = new Map<string, MarcRecord>();

before(async () => {
  zebra = await startZebra(`/tmp/zebra-sru-test-${process.pid}`, FILES);
  baseUrl = `http://127.0.0.1:${zebra.port}/Default`;
  for (const file of FILES) {
    for await (const result of readMarcFile(new URL(`../../../${file}`, import.meta.url).pathname)) {
      if (result.ok) indexed.set(controlField(result.record, '001') ?? `no 001, ${file} #${result.position}`, result.record);
    }
  }
});

after(() => zebra?.stop());

function client(options: Partial<SruClientOptions> = {}): SruClient {
  return new SruClient({ source: 'zebra-peer', baseUrl, timeoutMs: 15_000, ...options });
}

async function parse(result: SruRecordResult): Promise<MarcRecord> {
  assert.equal(result.kind, 'record');
  const xml = result.kind === 'record' ? result.recordData : '';
  for await (const read of readMarc((async function* () { yield Buffer.from(xml); })(), { format: 'marcxml' })) {
    assert.ok(read.ok, `Zebra's MARCXML reads as a record: ${read.ok ? '' : read.reason}`);
    return read.record;
  }
  assert.fail('no record in recordData');
}

/** The fields as they were indexed; the leader's record length (00-04) and base address (12-16) belong to ISO 2709 framing. */
function content(record: MarcRecord): unknown {
  return { leader: record.leader.slice(5, 12) + record.leader.slice(17), fields: record.fields };
}

async function ids(query: string): Promise<string[]> {
  const out: string[] = [];
  for await (const result of client().harvestAll(query, 50)) out.push(controlField(await parse(result), '001') ?? '');
  return out;
}

/** Five indexed records with a 001 and the wanted value, spread over both files: [001, value]. */
function samples(has: (r: MarcRecord) => string | null): Array<[string, string]> {
  const found = [...indexed.values()]
    .map((r) => [controlField(r, '001'), has(r)])
    .filter((p): p is [string, string] => p[0] !== null && p[1] !== null);
  return [0, 1, 2, 3, 4].map((i) => found[Math.floor((i * (found.length - 1)) / 4)]);
}

test('harvestAll returns every indexed record exactly once, field for field as in the file', async () => {
  const harvested: string[] = [];
  for await (const result of client().harvestAll('cql.allRecords=1', 64)) harvested.push(JSON.stringify(content(await parse(result))));
  assert.deepEqual(harvested.sort(), [...indexed.values()].map((r) => JSON.stringify(content(r))).sort());
  const first = await client().searchRetrieve({ query: 'cql.allRecords=1', maximumRecords: 0 });
  assert.equal(first.numberOfRecords, indexed.size);
});

test('dc.title finds a record by a word of its title', async () => {
  const longestWord = (r: MarcRecord): string | null => {
    const title = dataFields(r, '245').map((f) => subfield(f, 'a') ?? '').join(' ');
    return title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0] || null;
  };
  for (const [id, word] of samples(longestWord)) assert.ok((await ids(cqlClause('dc.title', word))).includes(id), `${word} → ${id}`);
});

test('dc.creator finds a record by its main entry\'s surname', async () => {
  const surname = (r: MarcRecord): string | null => {
    const name = dataFields(r, '100').map((f) => subfield(f, 'a'))[0];
    return name ? name.split(/[,\s]/)[0] || null : null;
  };
  for (const [id, name] of samples(surname)) assert.ok((await ids(cqlClause('dc.creator', name))).includes(id), `${name} → ${id}`);
});

test('bath.isbn finds a record by its ISBN', async () => {
  const isbn = (r: MarcRecord): string | null => {
    const value = dataFields(r, '020').map((f) => subfield(f, 'a'))[0];
    return value ? value.trim().split(/\s/)[0].replace(/-/g, '') || null : null;
  };
  for (const [id, number] of samples(isbn)) assert.ok((await ids(cqlClause('bath.isbn', number))).includes(id), `${number} → ${id}`);
});

test('SRU 1.1, 1.2 and 2.0 give the same hits and the same records', async () => {
  const query = cqlClause('dc.subject', 'history');
  const answers = [];
  for (const version of ['1.1', '1.2', '2.0'] as SruVersion[]) {
    const result = await client({ version }).searchRetrieve({ query, maximumRecords: 5 });
    answers.push({ total: result.numberOfRecords, records: await Promise.all(result.records.map(parse)) });
  }
  assert.ok(answers[0].total > 0);
  assert.deepEqual(answers[1], answers[0]);
  assert.deepEqual(answers[2], answers[0]);
});

test('the schema may be named by its URI', async () => {
  const result = await client({ recordSchema: 'info:srw/schema/1/marcxml-v1.1' }).searchRetrieve({ query: 'cql.allRecords=1', maximumRecords: 2 });
  assert.equal(result.records.length, 2);
  await parse(result.records[0]);
});

test('an unknown index is a diagnostic, as a typed error, in every version', async () => {
  for (const version of ['1.1', '1.2', '2.0'] as SruVersion[]) {
    await assert.rejects(client({ version }).searchRetrieve({ query: cqlClause('dc.nosuchindex', 'x') }), (e: unknown) => {
      assert.ok(isSamverkaError(e, 'source-failed'), String(e));
      assert.deepEqual(e.details.diagnostic, { uri: 'info:srw/diagnostic/1/16', message: 'Unsupported index', details: null });
      assert.equal(e.details.source, 'zebra-peer');
      return true;
    });
  }
});

test('quotes and backslashes in a term stay inside it', async () => {
  const result = await client().searchRetrieve({ query: `dc.title=${cqlTerm('x" or cql.allRecords=1 or dc.title="\\')}` });
  assert.equal(result.numberOfRecords, 0);
});

test('explain names the database', async () => {
  assert.equal((await client().explain()).database, 'Default');
  assert.equal((await client({ version: '2.0' }).explain()).database, 'Default');
});
