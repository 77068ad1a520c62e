// The client against yaz-ztest (YAZ's test target): counts as yaz-client's, USMARC/XML/OPAC records, diagnostics.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../../core/errors.ts';
import { controlField } from '../../marc/marc-record.ts';
import { parseIso2709 } from '../../marc/iso2709.ts';
import { startYazZtest, yazClientHits, type Peer } from '../../../test/helpers/z3950-peers.ts';
import { connect, type Z3950Client } from './z3950.client.ts';

let ztest: Peer;
let client: Z3950Client;

before(async () => {
  ztest = await startYazZtest(`/tmp/yaz-ztest-peer-${process.pid}.log`);
  client = await connect({ host: '127.0.0.1', port: ztest.port, database: 'Default', timeoutMs: 10_000 });
});

after(async () => {
  await client?.close();
  ztest?.stop();
});

test('hit counts equal yaz-client\'s for the same PQF', async () => {
  const queries = ['@attr 1=4 @attr 2=3 "computer"', '@attr 1=4 @attr 2=103 x', '@and a b', '10', '@or @attr 1=4 a @attr 1=1016 "Bröderna"'];
  const ours: number[] = [];
  for (const pqf of queries) ours.push((await client.search(pqf)).count);
  assert.deepEqual(ours, queries.map((pqf) => yazClientHits(ztest.port, 'Default', pqf)));
});

test('USMARC records presented in batches all parse', async () => {
  const { count } = await client.search('@attr 1=4 computer');
  const wanted = Math.min(count, 12);
  const ids: string[] = [];
  for (let start = 1; start <= wanted; start += 5) {
    for (const r of await client.present(start, Math.min(5, wanted - start + 1), { syntax: 'usmarc' })) {
      assert.equal(r.kind, 'marc');
      if (r.kind === 'marc') ids.push(controlField(parseIso2709(r.bytes), '001') ?? '');
    }
  }
  assert.equal(ids.length, wanted);
  assert.ok(ids.every((id) => id.trim() !== ''));
});

test('OPAC records carry holdings with circulation data', async () => {
  await client.search('@attr 1=4 computer');
  const records = await client.present(1, 3, { syntax: 'opac' });
  for (const r of records) {
    assert.equal(r.kind, 'opac');
    if (r.kind !== 'opac') continue;
    assert.ok(r.bibliographic !== null && parseIso2709(r.bibliographic).fields.length > 0);
    assert.ok(r.holdings.length > 0);
    for (const h of r.holdings) {
      assert.ok(h.callNumber !== null || h.shelvingLocation !== null || h.localLocation !== null);
      for (const item of h.circulationData) assert.equal(typeof item.availableNow, 'boolean');
    }
  }
  const items = records.flatMap((r) => (r.kind === 'opac' ? r.holdings.flatMap((h) => h.circulationData) : []));
  assert.ok(items.some((item) => item.itemId !== null));
});

test('XML records come back as MARCXML text; ones it cannot give are surrogate diagnostics', async () => {
  await client.search('@attr 1=4 computer');
  const [r] = await client.present(1, 1, { syntax: 'xml', elementSet: null });
  assert.ok(r.kind === 'xml' && r.xml.includes('http://www.loc.gov/MARC21/slim'));
  // yaz-ztest has no XML for element set "F": each record is replaced by diagnostic 14, the present still succeeds.
  const refused = await client.present(1, 2, { syntax: 'xml', elementSet: 'F' });
  assert.deepEqual(refused.map((x) => x.kind === 'diagnostic' && x.diagnostic.condition), [14, 14]);
});

test('an unknown database is a typed error with Bib-1 diagnostic 109', async () => {
  const other = await connect({ host: '127.0.0.1', port: ztest.port, database: 'Nosuch', source: 'ztest-nosuch' });
  try {
    await assert.rejects(other.search('x'), (e) =>
      isSamverkaError(e, 'source-failed') && (e.details.diagnostic as { condition: number }).condition === 109
      && /Source ztest-nosuch failed: Bib-1 diagnostic 109 "Database unavailable": Nosuch/.test(e.message));
  } finally {
    await other.close();
  }
});
