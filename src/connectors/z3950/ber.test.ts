// BER encoding and decoding against X.690 by hand, and refusal of malformed input with a typed error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../../core/errors.ts';
import {
  berElementLength, decodeBer, readBits, readBoolean, readExternal, readInteger, readOid, readOctets, readString,
  UNIVERSAL, MAX_BER_DEPTH,
} from './ber.ts';
import { bits, boolean, constructed, context, external, integer, octets, oid, primitive, sequence, string, universal } from './ber-encoder.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const bytes = (h: string) => Buffer.from(h.replace(/\s/g, ''), 'hex');

function assertMalformed(input: Uint8Array, pattern: RegExp): void {
  assert.throws(() => decodeBer(input), (e) => isSamverkaError(e, 'source-failed') && pattern.test(e.message));
}

test('tags of every class, low and high tag numbers (X.690 8.1.2)', () => {
  assert.equal(hex(primitive(universal(2), Uint8Array.of(5))), '020105');
  assert.equal(hex(primitive({ tagClass: 'application', tag: 3 }, new Uint8Array(0))), '4300');
  assert.equal(hex(primitive(context(30), new Uint8Array(0))), '9e00');
  assert.equal(hex(primitive({ tagClass: 'private', tag: 1 }, new Uint8Array(0))), 'c100');
  // 31 is the first tag number that needs the long form; 201 = 1·128 + 73; 16384 = 1·128² + 0·128 + 0.
  assert.equal(hex(primitive(context(31), new Uint8Array(0))), '9f1f00');
  assert.equal(hex(constructed(context(201))), 'bf814900');
  assert.equal(hex(primitive(context(16384), new Uint8Array(0))), '9f81800000');
  for (const tag of [0, 30, 31, 127, 128, 201, 16383, 16384, 2 ** 21]) {
    for (const tagClass of ['universal', 'application', 'context', 'private'] as const) {
      if (tagClass === 'universal' && tag === 0) continue;
      const node = decodeBer(primitive({ tagClass, tag }, Uint8Array.of(1)));
      assert.deepEqual([node.tagClass, node.tag, node.constructed], [tagClass, tag, false]);
    }
  }
});

test('definite lengths in short and long form (X.690 8.1.3)', () => {
  for (const [length, header] of [[0, '0400'], [127, '047f'], [128, '048180'], [255, '0481ff'], [256, '04820100'], [65536, '0483010000']] as const) {
    const encoded = octets(new Uint8Array(length));
    assert.equal(hex(encoded.subarray(0, header.length / 2)), header);
    assert.equal(readOctets(decodeBer(encoded)).length, length);
  }
});

test('indefinite lengths decode, nested, with end-of-contents', () => {
  // [1] { SEQUENCE(indefinite) { INTEGER 7, OCTET STRING "ab" } }, itself indefinite.
  const node = decodeBer(bytes('a1 80 30 80 020107 04026162 0000 0000'));
  assert.equal(node.children.length, 1);
  const seq = node.children[0];
  assert.equal(readInteger(seq.children[0]), 7);
  assert.equal(readString(seq.children[1]), 'ab');
  assert.equal(berElementLength(bytes('a1 80 30 80 020107 0000 0000 ffff'), 100), 11);
});

test('INTEGER in minimal two\'s complement (X.690 8.3)', () => {
  const cases: [number, string][] = [
    [0, '020100'], [127, '02017f'], [128, '02020080'], [256, '02020100'], [-1, '0201ff'], [-128, '020180'],
    [-129, '0202ff7f'], [67108864, '020404000000'], [Number.MAX_SAFE_INTEGER, '02071fffffffffffff'],
  ];
  for (const [value, encoded] of cases) {
    assert.equal(hex(integer(value)), encoded, `encode ${value}`);
    assert.equal(readInteger(decodeBer(bytes(encoded))), value, `decode ${value}`);
  }
  assert.throws(() => readInteger(decodeBer(bytes('0200'))), /empty INTEGER/);
  assert.throws(() => readInteger(decodeBer(bytes('0209010000000000000000'))), /out of range/);
  assert.throws(() => readInteger(decodeBer(bytes('02087fffffffffffffff'))), /out of range/);
});

test('BOOLEAN, OCTET STRING, GeneralString and VisibleString', () => {
  assert.equal(hex(boolean(true)), '0101' + '01');
  assert.equal(readBoolean(decodeBer(bytes('0101ff'))), true);
  assert.equal(readBoolean(decodeBer(bytes('010100'))), false);
  assert.throws(() => readBoolean(decodeBer(bytes('01020000'))), /one contents octet/);
  assert.equal(hex(string('Åre')), '1b04' + 'c38572' + '65');
  assert.equal(readString(decodeBer(string('Östersund', universal(UNIVERSAL.visibleString)))), 'Östersund');
  // The constructed form of OCTET STRING: segments are joined.
  assert.equal(readString(decodeBer(bytes('2480 04026162 040163 0000'))), 'abc');
});

test('OBJECT IDENTIFIER (X.690 8.19), including the Z39.50 and ISO 10646 arcs', () => {
  const cases: [string, string][] = [
    ['1.2.840.10003.5.10', '06072a8648ce13050a'],
    ['1.2.840.10003.5.109.10', '06082a8648ce13056d0a'],
    ['1.0.10646.1.0.8', '060628d316010008'],
    ['2.999.3', '0603883703'],
  ];
  for (const [dotted, encoded] of cases) {
    assert.equal(hex(oid(dotted)), encoded);
    assert.equal(readOid(decodeBer(bytes(encoded))), dotted);
  }
  assert.throws(() => readOid(decodeBer(bytes('06022a86'))), /truncated/);
  assert.throws(() => readOid(decodeBer(bytes('06032a8001'))), /leading zero/);
  assert.throws(() => readOid(decodeBer(bytes('060b2affffffffffffffffff7f'))), /out of range/);
  assert.throws(() => oid('1.40'), (e) => isSamverkaError(e, 'bad-request'));
});

test('BIT STRING as yaz writes it: whole octets, unused count 0', () => {
  assert.equal(hex(bits([true, true, true], context(3))), '830200e0');
  assert.deepEqual(readBits(decodeBer(bytes('830200e0'))).slice(0, 3), [true, true, true]);
  assert.deepEqual(readBits(decodeBer(bytes('030206c0'))), [true, true]);
  assert.throws(() => readBits(decodeBer(bytes('030108'))), /malformed BIT STRING/);
});

test('EXTERNAL: octet-aligned and single-ASN1-type encodings', () => {
  const marc = external('1.2.840.10003.5.10', { octetAligned: Buffer.from('00024') });
  assert.equal(hex(marc), '2810' + '06072a8648ce13050a' + '8105' + Buffer.from('00024').toString('hex'));
  const read = readExternal(decodeBer(marc));
  assert.equal(read.directReference, '1.2.840.10003.5.10');
  assert.equal(read.encoding.kind === 'octet-aligned' && Buffer.from(read.encoding.octets).toString(), '00024');
  const single = readExternal(decodeBer(external('1.2.840.10003.15.3', { singleAsn1Type: sequence(integer(5)) })));
  assert.equal(single.encoding.kind === 'single-asn1-type' && readInteger(single.encoding.value.children[0]), 5);
  assert.throws(() => readExternal(decodeBer(bytes('2809 06072a8648ce13050a'))), /without an encoding/);
});

test('malformed input is a typed error: overruns, absurd lengths, truncation, deep nesting', () => {
  assertMalformed(bytes('0405 6162'), /runs past the end/);
  assertMalformed(bytes('3006 0405616263640000'), /runs past the end/);
  assertMalformed(bytes('0485 0100000000'), /absurd/);
  assertMalformed(bytes('0484 ffffffff 00'), /runs past the end/);
  assertMalformed(bytes('04'), /truncated/);
  assertMalformed(bytes('9f'), /truncated/);
  assertMalformed(bytes('9f 80 01 00'), /leading zero/);
  assertMalformed(bytes('9f ff ff ff ff 01 00'), /tag number too long/);
  assertMalformed(bytes('0480 0000'), /indefinite length on a primitive/);
  assertMalformed(bytes('3080 020101'), /no end-of-contents/);
  assertMalformed(bytes('020101 00'), /after the element/);
  assertMalformed(bytes('0000'), /end-of-contents where an element/);
  let deep: Uint8Array = integer(1);
  for (let i = 0; i <= MAX_BER_DEPTH; i++) deep = sequence(deep);
  assertMalformed(deep, /nesting too deep/);
  assertMalformed(bytes('3080'.repeat(MAX_BER_DEPTH + 2)), /nesting too deep/);
  assert.throws(() => berElementLength(bytes('3080'.repeat(MAX_BER_DEPTH + 2)), 1000), /nesting too deep/);
});

test('framing: incomplete elements wait for more bytes, oversize ones are refused early', () => {
  const pdu = constructed(context(23), integer(7, context(23)), boolean(true, context(22)));
  for (let n = 0; n < pdu.length; n++) assert.equal(berElementLength(pdu.subarray(0, n), 1000), null);
  assert.equal(berElementLength(Buffer.concat([pdu, pdu]), 1000), pdu.length);
  // A declared length past the limit is refused from the header alone, before the bytes arrive.
  assert.throws(() => berElementLength(bytes('b7 84 7fffffff'), 1 << 20), (e) => isSamverkaError(e, 'source-failed') && /exceeds the limit/.test(e.message));
  const endless = Buffer.concat([bytes('b780'), ...Array.from({ length: 100 }, () => octets(new Uint8Array(50)))]);
  assert.throws(() => berElementLength(endless, 2000), /exceeds the limit/);
  assert.equal(berElementLength(endless, 1 << 20), null);
});
