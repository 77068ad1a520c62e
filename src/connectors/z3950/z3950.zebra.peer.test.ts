// The client against a real Zebra loaded with real Libris records: counts as yaz-client's, every record back intact.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../../core/errors.ts';
import { controlField, type MarcRecord } from '../../marc/marc-record.ts';
import { parseIso2709 } from '../../marc/iso2709.ts';
import { readMarcFile } from '../../marc/marc-reader.ts';
import { startZebra, yazClientHits, type Peer } from '../../../test/helpers/z3950-peers.ts';
import { connect, type Z3950Client } from './z3950.client.ts';

const LIBRIS = 'demo/marc/se_libris_librisxl_bib.utf8.mrc';
let zebra: Peer;
let client: Z3950Client;

before(async () => {
  zebra = await startZebra(`/tmp/zebra-z3950-peer-${process.pid}`, [LIBRIS]);
  client = await connect({ host: '127.0.0.1', port: zebra.port, database: 'Default', charset: 'utf-8', timeoutMs: 10_000 });
});

after(async () => {
  await client?.close();
  zebra?.stop();
});

test('Init negotiates UTF-8 with Zebra', async () => {
  const init = await client.init();
  assert.equal(init.accepted, true);
  assert.match(init.implementationName ?? '', /Zebra/);
  assert.deepEqual(init.charset, { utf8: true, recordsInSelectedCharSets: true });
});

test('hit counts for title, author, ISBN, any-word and boolean searches equal yaz-client\'s', async () => {
  const queries = [
    '@attr 1=4 gender',
    '@attr 1=1003 guillou',
    '@attr 1=1003 åström',
    '@attr 1=1016 "förblev"',
    '@attr 1=7 9789174093209',
    '@attr 1=1016 sverige',
    '@and @attr 1=1016 gender @attr 1=1003 bradley',
    '@or @attr 1=4 ondskan @attr 1=4 gruvarbetets',
    '@attr 1=4 @attr 5=1 leader',
    '@attr 1=_ALLRECORDS @attr 2=103 ""',
  ];
  const ours: number[] = [];
  for (const pqf of queries) ours.push((await client.search(pqf)).count);
  const reference = queries.map((pqf) => yazClientHits(zebra.port, 'Default', pqf));
  assert.deepEqual(ours, reference);
  assert.ok(ours.every((n) => n > 0), `every query finds something: ${ours.join(', ')}`);
});

test('presenting the whole result set in batches returns every record, field for field as in the file', async () => {
  const expected = new Map<string, MarcRecord>();
  for await (const r of readMarcFile(LIBRIS)) if (r.ok) expected.set(controlField(r.record, '001') ?? '', r.record);
  const { count } = await client.search('@attr 1=_ALLRECORDS @attr 2=103 ""');
  assert.equal(count, expected.size);
  const seen = new Set<string>();
  for (let start = 1; start <= count; start += 5) {
    const batch = await client.present(start, Math.min(5, count - start + 1), { syntax: 'usmarc' });
    for (const record of batch) {
      assert.equal(record.kind, 'marc');
      if (record.kind !== 'marc') continue;
      const parsed = parseIso2709(record.bytes, 'utf-8');
      const id = controlField(parsed, '001') ?? '';
      assert.deepEqual(parsed.fields, expected.get(id)?.fields, `record ${id}`);
      seen.add(id);
    }
  }
  assert.deepEqual([...seen].sort(), [...expected.keys()].sort());
});

test('MARCXML comes back as XML text', async () => {
  await client.search('@attr 1=1003 guillou');
  const [record] = await client.present(1, 1, { syntax: 'xml', elementSet: 'marcxml' });
  assert.ok(record.kind === 'xml' && record.xml.includes('<controlfield tag="001">11850823</controlfield>'));
});

test('Zebra\'s diagnostics become typed errors with their Bib-1 code', async () => {
  await assert.rejects(client.search('@attr 1=9999 x'), (e) =>
    isSamverkaError(e, 'bad-query') && (e.details.diagnostic as { condition: number }).condition === 114);
  await client.search('@attr 1=1003 guillou');
  await assert.rejects(client.present(1, 1, { syntax: 'opac' }), (e) =>
    isSamverkaError(e, 'source-failed') && (e.details.diagnostic as { condition: number }).condition === 239);
  // The association is still good after a diagnostic.
  assert.equal((await client.search('@attr 1=1003 guillou')).count, 1);
});
