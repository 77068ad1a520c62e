// MARC-8 decoding: real Evergreen records against yaz's conversion, and each character set and escape sequence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeMarc8 } from './marc8.ts';
import { readMarcFile } from './marc-reader.ts';
import type { MarcRecord } from './marc-record.ts';
import { demoMarc, fixtureMarc } from '../../test/helpers/marc-files.ts';


async function readAll(path: string): Promise<MarcRecord[]> {
  const records: MarcRecord[] = [];
  for await (const result of readMarcFile(path)) {
    assert.ok(result.ok, `record ${result.position} of ${path} was rejected`);
    assert.deepEqual(result.warnings, []);
    records.push(result.record);
  }
  return records;
}


for (const name of ['ca_evergreen_lul_fre_500', 'ca_evergreen_jazz_1k']) {
  test(`every MARC-8 record of ${name} equals yaz's UTF-8 conversion field for field`, async () => {
    const ours = await readAll(`${fixtureMarc}${name}.marc8.mrc`);
    const yaz = await readAll(`${demoMarc}${name}.utf8.mrc`);
    assert.equal(ours.length, yaz.length);
    const matching = ours.filter((r, i) => JSON.stringify(r) === JSON.stringify(yaz[i]));
    assert.equal(matching.length, yaz.length);
  });
}

test('a known French record decodes with its accents composed (NFC)', async () => {
  const records = await readAll(`${fixtureMarc}ca_evergreen_lul_fre_500.marc8.mrc`);
  const record = records.find((r) => r.fields.some((f) => 'value' in f && f.tag === '001' && f.value === '01-0211806'));
  const title = record?.fields.find((f) => f.tag === '245');
  assert.deepEqual(title, {
    tag: '245', ind1: '0', ind2: '3',
    subfields: [{ code: 'a', value: 'Le divin :' }, { code: 'b', value: 'expériences et hypothèses : études psychologiques.' }],
  });
  assert.equal(record?.leader[9], 'a');
});

// Hand-made MARC-8 byte strings below test one rule each; they are not bibliographic records.
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

test('combining marks move after their base letter, including a stack of two', () => {
  assert.equal(decodeMarc8(bytes('caf', [0xe2], 'e')).normalize('NFC'), 'café');
  assert.equal(decodeMarc8(bytes([0xe2, 0xe3], 'a')), 'a\u0301\u0302');
  assert.equal(decodeMarc8(bytes('M', [0xe8], 'uller')).normalize('NFC'), 'Müller');
});

test('ANSEL special letters and the double-width ligature halves', () => {
  assert.equal(decodeMarc8(bytes([0xa1], 'od', [0xb8], [0xb2], [0xc7])), 'Łodıøß');
  assert.equal(decodeMarc8(bytes([0xeb], 't', [0xec], 's')), 't\uFE20s\uFE21');
});

test('escape sequences switch to Greek, Cyrillic, subscripts and superscripts, and back', () => {
  assert.equal(decodeMarc8(bytes([0x1b, 0x28, 0x53], 'abd', [0x1b, 0x28, 0x42], ' ok')), 'αβγ ok');
  assert.equal(decodeMarc8(bytes([0x1b, 0x28, 0x4e], 'mOSKWA')), 'Москва');
  assert.equal(decodeMarc8(bytes([0x1b, 0x28, 0x51], 'cC', [0x1b, 0x28, 0x42], 'c')), 'Єєc');
  assert.equal(decodeMarc8(bytes('H', [0x1b, 0x62], '2', [0x1b, 0x73], 'O')), 'H₂O');
  assert.equal(decodeMarc8(bytes('x', [0x1b, 0x70], '2', [0x1b, 0x73])), 'x²');
  assert.equal(decodeMarc8(bytes([0x1b, 0x67], 'a', [0x1b, 0x73], 'b')), 'αb');
});

test('G1 designation puts Cyrillic in the upper half while ASCII stays in G0', () => {
  assert.equal(decodeMarc8(bytes([0x1b, 0x29, 0x4e], 'A', [0xc1, 0xc2])), 'Aаб');
});

test('a field terminator resets to ASCII and ANSEL', () => {
  assert.equal(decodeMarc8(bytes([0x1b, 0x28, 0x53], 'a', [0x1e], 'a')), 'α\x1ea');
});

test('unsupported and unknown sets become U+FFFD with a warning, never an exception', () => {
  const warnings: string[] = [];
  assert.equal(decodeMarc8(bytes([0x1b, 0x24, 0x31], [0x21, 0x30, 0x21, 0x21, 0x30, 0x22], [0x1b, 0x28, 0x42], 'x'), warnings), '\uFFFD\uFFFDx');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /East Asian/);
  const more: string[] = [];
  assert.equal(decodeMarc8(bytes('a', [0x1b, 0x28, 0x5a], 'b'), more), 'a\uFFFD');
  assert.equal(decodeMarc8(bytes('a', [0x1b]), more), 'a');
  assert.equal(decodeMarc8(bytes([0xfc, 0xe2])), '\uFFFD\u0301');
});
