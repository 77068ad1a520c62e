// SRU replies read into typed values, on envelopes replayed from real Zebra (YAZ 5.34) exchanges for 1.1, 1.2 and 2.0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isSamverkaError } from '../../core/errors.ts';
import type { MarcRecord } from '../../marc/marc-record.ts';
import { readMarc } from '../../marc/marc-reader.ts';
import { readSruExplainReply, readSruSearchReply } from './sru.codec.ts';

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** The first record of a real fixture, as Zebra puts it in recordData: with its namespace declared. */
const LIBRIS_RECORD = (/<record>[\s\S]*?<\/record>/.exec(readFileSync(new URL('../../../test/fixtures/marc/se_libris_librisxl_bib.marcxml.xml', import.meta.url), 'utf8')) ?? [''])[0]
  .replace('<record>', '<record xmlns="http://www.loc.gov/MARC21/slim">');

// Envelopes exactly as Zebra answered `query=dc.title=gruvarbetets&recordSchema=marcxml` (1.2) and a 2.0 search.
const zebra12 = (record: string): string => '<?xml version="1.0" encoding="UTF-8"?>\n<zs:searchRetrieveResponse xmlns:zs="http://www.loc.gov/zing/srw/"><zs:version>1.2</zs:version><zs:numberOfRecords>1</zs:numberOfRecords><zs:records><zs:record><zs:recordSchema>info:srw/schema/1/marcxml-v1.1</zs:recordSchema><zs:recordPacking>xml</zs:recordPacking><zs:recordData>'
  + record + '</zs:recordData><zs:recordPosition>1</zs:recordPosition></zs:record></zs:records><zs:echoedSearchRetrieveRequest><zs:version>1.2</zs:version><zs:query>dc.title=gruvarbetets</zs:query><zs:recordPacking>xml</zs:recordPacking><zs:recordSchema>marcxml</zs:recordSchema></zs:echoedSearchRetrieveRequest></zs:searchRetrieveResponse>';
const zebra20 = (record: string): string => '<?xml version="1.0" encoding="UTF-8"?>\n<zs:searchRetrieveResponse xmlns:zs="http://docs.oasis-open.org/ns/search-ws/sruResponse"><zs:numberOfRecords>394</zs:numberOfRecords><zs:records><zs:record><zs:recordSchema>info:srw/schema/1/marcxml-v1.1</zs:recordSchema><zs:recordXMLEscaping>xml</zs:recordXMLEscaping><zs:recordData>'
  + record + '</zs:recordData><zs:recordPosition>2</zs:recordPosition></zs:record></zs:records><zs:echoedSearchRetrieveRequest><zs:version>2.0</zs:version><zs:query>cql.allRecords=1</zs:query><zs:startRecord>2</zs:startRecord><zs:maximumRecords>1</zs:maximumRecords><zs:recordXMLEscaping>xml</zs:recordXMLEscaping><zs:recordSchema>marcxml</zs:recordSchema></zs:echoedSearchRetrieveRequest><zs:resultCountPrecision>exact</zs:resultCountPrecision></zs:searchRetrieveResponse>';

async function marc(xml: string): Promise<MarcRecord> {
  const results = [];
  for await (const r of readMarc((async function* () { yield Buffer.from(xml); })(), { format: 'marcxml' })) results.push(r);
  assert.equal(results.length, 1);
  assert.ok(results[0].ok);
  return results[0].record;
}

test('SRU 1.2: the record comes back as MARCXML that reads as the same record', async () => {
  const reply = await readSruSearchReply('zebra', once(zebra12(LIBRIS_RECORD)));
  assert.equal(reply.version, '1.2');
  assert.equal(reply.numberOfRecords, 1);
  assert.equal(reply.nextRecordPosition, null);
  assert.equal(reply.records.length, 1);
  const [record] = reply.records;
  assert.ok(record.kind === 'record');
  assert.equal(record.position, 1);
  assert.equal(record.schema, 'info:srw/schema/1/marcxml-v1.1');
  assert.deepEqual(await marc(record.recordData), await marc(LIBRIS_RECORD));
});

test('SRU 2.0: the version is told by the namespace', async () => {
  const reply = await readSruSearchReply('zebra', once(zebra20(LIBRIS_RECORD)));
  assert.equal(reply.version, '2.0');
  assert.equal(reply.numberOfRecords, 394);
  assert.equal(reply.records[0].position, 2);
});

test('diagnostics of 1.1 and 2.0 (Zebra verbatim) give uri, message and details', async () => {
  const v11 = await readSruSearchReply('zebra', once('<?xml version="1.0" encoding="UTF-8"?>\n<zs:searchRetrieveResponse xmlns:zs="http://www.loc.gov/zing/srw/"><zs:version>1.1</zs:version><zs:echoedSearchRetrieveRequest><zs:version>1.1</zs:version><zs:query>foo.bar=x</zs:query><zs:recordPacking>xml</zs:recordPacking><zs:recordSchema>marcxml</zs:recordSchema></zs:echoedSearchRetrieveRequest><zs:diagnostics xmlns:diag="http://www.loc.gov/zing/srw/diagnostic/"><diag:diagnostic><diag:uri>info:srw/diagnostic/1/15</diag:uri><diag:message>Unsupported context set</diag:message></diag:diagnostic></zs:diagnostics></zs:searchRetrieveResponse>'));
  assert.deepEqual(v11.diagnostics, [{ uri: 'info:srw/diagnostic/1/15', message: 'Unsupported context set', details: null }]);
  assert.equal(v11.numberOfRecords, null);
  const v20 = await readSruSearchReply('zebra', once('<?xml version="1.0" encoding="UTF-8"?>\n<zs:searchRetrieveResponse xmlns:zs="http://docs.oasis-open.org/ns/search-ws/sruResponse"><zs:numberOfRecords>394</zs:numberOfRecords><zs:diagnostics xmlns:diag="http://docs.oasis-open.org/ns/search-ws/diagnostic"><diag:diagnostic><diag:uri>info:srw/diagnostic/1/66</diag:uri><diag:details>bogus</diag:details><diag:message>Unknown schema for retrieval</diag:message></diag:diagnostic></zs:diagnostics></zs:searchRetrieveResponse>'));
  assert.deepEqual(v20.diagnostics, [{ uri: 'info:srw/diagnostic/1/66', message: 'Unknown schema for retrieval', details: 'bogus' }]);
});

// Hand-made after the SRU 1.2 diagnostics page (loc.gov/standards/sru/diagnostics): a surrogate diagnostic stands in the record's place.
test('a surrogate diagnostic is a rejection at its position, between real records', async () => {
  const surrogate = '<zs:record><zs:recordSchema>info:srw/schema/1/diagnostics-v1.1</zs:recordSchema><zs:recordPacking>xml</zs:recordPacking><zs:recordData><diagnostic xmlns="http://www.loc.gov/zing/srw/diagnostic/"><uri>info:srw/diagnostic/1/65</uri><message>Record deleted by another user</message></diagnostic></zs:recordData><zs:recordPosition>2</zs:recordPosition></zs:record>';
  const xml = zebra12(LIBRIS_RECORD).replace('</zs:record></zs:records>', `</zs:record>${surrogate}</zs:records>`);
  const reply = await readSruSearchReply('zebra', once(xml));
  assert.deepEqual(reply.records.map((r) => [r.kind, r.position]), [['record', 1], ['rejected', 2]]);
  assert.deepEqual(reply.records[1], { kind: 'rejected', position: 2, diagnostic: { uri: 'info:srw/diagnostic/1/65', message: 'Record deleted by another user', details: null } });
});

test('recordPacking=string: the record escaped as text comes back as its XML', async () => {
  const escaped = LIBRIS_RECORD.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const reply = await readSruSearchReply('zebra', once(zebra12(escaped).replace('<zs:recordPacking>xml', '<zs:recordPacking>string')));
  const [record] = reply.records;
  assert.ok(record.kind === 'record');
  assert.deepEqual(await marc(record.recordData), await marc(LIBRIS_RECORD));
});

test('a reply that is not SRU fails naming the source', async () => {
  await assert.rejects(readSruSearchReply('bibliotek-x', once('<html><body>Bad gateway</body></html>')), (e: unknown) =>
    isSamverkaError(e, 'source-failed') && e.details.source === 'bibliotek-x');
  await assert.rejects(readSruSearchReply('bibliotek-x', once(zebra12('<record><unclosed></record>'))), (e: unknown) => isSamverkaError(e, 'xml-malformed'));
});

test('explain (Zebra verbatim) gives the database', async () => {
  const reply = await readSruExplainReply('zebra', once('<?xml version="1.0" encoding="UTF-8"?>\n<zs:explainResponse xmlns:zs="http://www.loc.gov/zing/srw/"><zs:version>1.2</zs:version><zs:record><zs:recordSchema>http://explain.z3950.org/dtd/2.0/</zs:recordSchema><zs:recordPacking>xml</zs:recordPacking><zs:recordData><explain xmlns="http://explain.z3950.org/dtd/2.0/">\n      <serverInfo protocol="SRU"><host>127.0.0.1</host><port>29811</port><database>Default</database></serverInfo>\n    </explain></zs:recordData></zs:record><zs:echoedExplainRequest><zs:version>1.2</zs:version><zs:recordPacking>xml</zs:recordPacking></zs:echoedExplainRequest></zs:explainResponse>'));
  assert.equal(reply.version, '1.2');
  assert.equal(reply.database, 'Default');
  assert.deepEqual(reply.indexes, []);
});

// Hand-made after the ZeeRex explain schema (explain.z3950.org/dtd/2.0): indexes as set.name, schemas by name.
test('explain lists indexes and record schemas when the server describes them', async () => {
  const reply = await readSruExplainReply('sru', once('<explainResponse xmlns="http://www.loc.gov/zing/srw/"><version>1.1</version><record><recordData><explain xmlns="http://explain.z3950.org/dtd/2.0/"><databaseInfo><title lang="sv">Katalog</title></databaseInfo><indexInfo><index><title>Titel</title><map><name set="dc">title</name></map></index><index><map><name set="bath">isbn</name></map></index></indexInfo><schemaInfo><schema name="marcxml" identifier="info:srw/schema/1/marcxml-v1.1"/></schemaInfo></explain></recordData></record></explainResponse>'));
  assert.equal(reply.title, 'Katalog');
  assert.deepEqual(reply.indexes, ['dc.title', 'bath.isbn']);
  assert.deepEqual(reply.schemas, [{ name: 'marcxml', identifier: 'info:srw/schema/1/marcxml-v1.1' }]);
});
