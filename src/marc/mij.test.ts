// MARC-in-JSON: Libris's encoding-damaged lines read with warnings, round trip, bad lines rejected alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readMarc, readMarcFile } from './marc-reader.ts';
import { toMij } from './mij.ts';
import { chunked, collect, demoMarc, fixtureMarc } from '../../test/helpers/marc-files.ts';


test('every line of the encoding-damaged Libris file is read, with the repair named in its warnings', async () => {
  const results = await collect(readMarcFile(`${fixtureMarc}se_libris_librisxl_encoding-damaged.mij.jsonl`));
  assert.equal(results.length, 10);
  assert.ok(results.every((r) => r.ok && r.warnings.some((w) => /invalid UTF-8: \d+ byte\(s\)/.test(w))));
  const authority = results[1];
  assert.ok(authority.ok);
  assert.equal(authority.record.leader[6], 'z');
  // Decomposed "C + combining caron" in the file comes back composed (NFC).
  assert.deepEqual(authority.record.fields.filter((f) => f.tag === '400')[0], {
    tag: '400', ind1: '1', ind2: ' ', subfields: [{ code: 'a', value: 'Čechov, Anton Pavlovič,' }, { code: 'd', value: '1860-1904' }],
  });
});

test('toMij → JSON lines → read gives back every Libris record', async () => {
  const libris = (await collect(readMarcFile(`${demoMarc}se_libris_librisxl_bib.utf8.mrc`))).map((r) => r.ok && r.record);
  const lines = libris.map((r) => JSON.stringify(r && toMij(r))).join('\n');
  const read = await collect(readMarc(chunked(`${lines}\n`, 50)));
  assert.deepEqual(read.map((r) => r.ok && r.record), libris);
});

test('a line that is not JSON, or a record without leader, is rejected alone', async () => {
  // A hand-made minimal record, not a real one: only its structure matters here.
  const good = { leader: '00000nam a2200000 a 4500', fields: [{ '001': 'x1' }, { 245: { ind1: '1', ind2: '0', subfields: [{ a: 'Titel' }] } }] };
  const lines = [JSON.stringify(good), '{"leader": "00000nam', JSON.stringify({ fields: good.fields }), JSON.stringify(good)].join('\r\n');
  const results = await collect(readMarc(chunked(lines, 7)));
  assert.deepEqual(results.map((r) => r.ok), [true, false, false, true]);
  assert.equal(results[1].ok === false && results[1].position, 2);
  assert.match(results[1].ok === false ? results[1].reason : '', /not valid JSON/);
  assert.deepEqual(results[2], { ok: false, position: 3, id: 'x1', reason: 'record has no leader' });
  assert.deepEqual(results[3].ok && results[3].record.fields[1], { tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: 'Titel' }] });
});
