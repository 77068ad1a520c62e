// ISO 2709: real records read, damaged on purpose (each test says how) and repaired or rejected, re-encoded, written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { isSamverkaError } from '../core/errors.ts';
import { canonicalIso2709, parseIso2709, writeIso2709 } from './iso2709.ts';
import { controlField, isControlField, type MarcRecord } from './marc-record.ts';
import { demoMarc, fixtureMarc } from '../../test/helpers/marc-files.ts';


function recordsOf(file: string): Buffer[] {
  const bytes = readFileSync(`${demoMarc}${file}`);
  const out: Buffer[] = [];
  for (let from = 0, end = bytes.indexOf(0x1d); end >= 0; from = end + 1, end = bytes.indexOf(0x1d, from)) {
    out.push(bytes.subarray(from, end + 1));
  }
  return out;
}

const libris = recordsOf('se_libris_librisxl_bib.utf8.mrc');
const librisRecord = (id: string): Buffer => libris.find((b) => controlField(parseIso2709(b), '001') === id)!;
/** A real Swedish record (Libris 10796401) with "ö" in its title. */
const gruvarbete = librisRecord('10796401');
const copy = (b: Uint8Array): Buffer => Buffer.from(b);

/** Builds ISO 2709 bytes from field bodies given as bytes, so a test can choose their encoding. */
function assemble(leader: string, fields: { tag: string; body: Uint8Array }[]): Buffer {
  let directory = '';
  let offset = 0;
  for (const { tag, body } of fields) {
    directory += tag + String(body.length + 1).padStart(4, '0') + String(offset).padStart(5, '0');
    offset += body.length + 1;
  }
  const base = 24 + directory.length + 1;
  const head = String(base + offset + 1).padStart(5, '0') + leader.slice(5, 12) + String(base).padStart(5, '0') + leader.slice(17);
  const parts = [Buffer.from(head + directory + '\x1e', 'latin1')];
  for (const { body } of fields) parts.push(Buffer.from(body), Buffer.of(0x1e));
  return Buffer.concat([...parts, Buffer.of(0x1d)]);
}

function bodies(record: MarcRecord, encode: (text: string) => Uint8Array): { tag: string; body: Uint8Array }[] {
  return record.fields.map((f) => ({
    tag: f.tag,
    body: encode(isControlField(f) ? f.value : f.ind1 + f.ind2 + f.subfields.map((s) => `\x1f${s.code}${s.value}`).join('')),
  }));
}

function rejection(bytes: Uint8Array): string {
  try {
    parseIso2709(bytes);
  } catch (error) {
    assert.ok(isSamverkaError(error, 'marc-invalid'));
    return error.message;
  }
  assert.fail('the record was accepted');
}

test('a real Libris record reads with its exact title field and a Unicode leader', () => {
  const warnings: string[] = [];
  const record = parseIso2709(gruvarbete, 'auto', warnings);
  assert.deepEqual(warnings, []);
  assert.equal(record.leader, '00000caa a22000007ar4500');
  assert.deepEqual(record.fields.find((f) => f.tag === '245'), {
    tag: '245', ind1: '1', ind2: '0',
    subfields: [
      { code: 'a', value: 'Gruvarbetets historia ur ett genusperspektiv :' },
      { code: 'b', value: 'om hur gruvarbetet blev och förblev manligt /' },
      { code: 'c', value: 'Lena Abrahamsson' },
    ],
  });
});

test('writeIso2709 → parse gives back every record of several real files', () => {
  for (const file of ['se_libris_librisxl_bib.utf8.mrc', 'fi_helmet_real-curated.utf8.mrc', 'us_loc_booksall2014_part01-0001.mrc']) {
    for (const bytes of recordsOf(file)) {
      const record = parseIso2709(bytes);
      const written = writeIso2709(record);
      const warnings: string[] = [];
      assert.deepEqual(parseIso2709(written, 'auto', warnings), record);
      assert.deepEqual(warnings, []);
      const leader = Buffer.from(written.subarray(0, 24)).toString('latin1');
      assert.equal(Number(leader.slice(0, 5)), written.length);
      assert.equal(leader[9], 'a');
    }
  }
});

test('canonicalIso2709 is exactly what writeIso2709 writes, and is the input itself for a canonical record', () => {
  const files = readdirSync(demoMarc).filter((f) => f.endsWith('.mrc'));
  let records = 0;
  let asRead = 0;
  for (const file of files) {
    for (const bytes of recordsOf(file)) {
      let record: MarcRecord;
      try {
        record = parseIso2709(bytes);
      } catch {
        continue;
      }
      records++;
      const canonical = canonicalIso2709(record);
      assert.deepEqual(Buffer.from(canonical), Buffer.from(writeIso2709(record)), `${file}: ${controlField(record, '001')}`);
      if (canonical.buffer === bytes.buffer && canonical.byteOffset === bytes.byteOffset) asRead++;
    }
  }
  assert.ok(records > 2_000, `${records} records read`);
  // Most real UTF-8 exports are canonical already; the rest (MARC-8 leaders, odd leader positions) are written anew.
  assert.ok(asRead > records / 2, `${asRead} of ${records} taken as read`);
});

test('a record that is not in canonical form is written anew, never passed through', () => {
  const record = parseIso2709(gruvarbete);
  const title = record.fields.findIndex((f) => f.tag === '245');
  const withBody = (edit: (body: string) => string, leader = record.leader): Buffer => {
    const fields = bodies(record, (t) => Buffer.from(t));
    fields[title] = { tag: '245', body: Buffer.from(edit(Buffer.from(fields[title].body).toString())) };
    return assemble(leader, fields);
  };
  const cases: Record<string, Buffer> = {
    'decomposed ö (NFD)': withBody((b) => b.normalize('NFD')),
    'an empty subfield': withBody((b) => `${b}\x1f`),
    'two delimiters in a row': withBody((b) => b.replace('\x1fb', '\x1f\x1fb')),
    'an unprintable indicator': withBody((b) => `\x7f${b.slice(1)}`),
    'a subfield delimiter in a control field': assemble(record.leader, bodies(record, (t) => Buffer.from(t === '10796401' ? '107\x1f96401' : t))),
    'a byte-order mark before the first field': assemble(record.leader, bodies(record, (t) => Buffer.from(t === '10796401' ? `\ufeff${t}` : t))),
    'a record terminator inside a value': withBody((b) => b.replace('Lena', 'Le\x1dna')),
    'leader/20–23 other than 4500': withBody((b) => b, `${record.leader.slice(0, 20)}3400`),
    'leader/09 blank': withBody((b) => b, `${record.leader.slice(0, 9)} ${record.leader.slice(10)}`),
  };
  const clean = withBody((b) => b);
  assert.equal(canonicalIso2709(parseIso2709(clean)).buffer, clean.buffer, 'the undamaged assembly is canonical');
  for (const [what, bytes] of Object.entries(cases)) {
    const parsed = parseIso2709(bytes);
    const canonical = canonicalIso2709(parsed);
    assert.notEqual(canonical.buffer, bytes.buffer, what);
    assert.deepEqual(Buffer.from(canonical), Buffer.from(writeIso2709(parsed)), what);
    assert.notDeepEqual(Buffer.from(canonical), bytes, what);
  }
});

test('a wrong record length in the leader is corrected with a warning', () => {
  const bytes = copy(gruvarbete);
  bytes.write('99999', 0, 'latin1');
  const warnings: string[] = [];
  assert.deepEqual(parseIso2709(bytes, 'auto', warnings), parseIso2709(gruvarbete));
  assert.match(warnings.join(), /record length 99999/);
});

test('wrong directory offsets and lengths are repaired by re-splitting at field terminators', () => {
  const bytes = copy(gruvarbete);
  bytes.write('0099', 24 + 12 * 3 + 3, 'latin1'); // length of the 4th field
  bytes.write('00777', 24 + 12 * 5 + 7, 'latin1'); // start of the 6th field
  bytes.write('x', 24 + 12 * 7 + 4, 'latin1'); // a letter among the digits of the 8th
  const warnings: string[] = [];
  assert.deepEqual(parseIso2709(bytes, 'auto', warnings), parseIso2709(gruvarbete));
  assert.match(warnings.join(), /re-split at field terminators/);
});

test('a missing terminator of the last field is repaired', () => {
  const bytes = Buffer.concat([gruvarbete.subarray(0, gruvarbete.length - 2), Buffer.of(0x1d)]);
  const warnings: string[] = [];
  assert.deepEqual(parseIso2709(bytes, 'auto', warnings), parseIso2709(gruvarbete));
  assert.equal(warnings.length > 0, true);
});

test('fields without terminators are taken from a directory that accounts for every byte', () => {
  const record = parseIso2709(gruvarbete);
  const fields = bodies(record, (t) => Buffer.from(t));
  // Drop the terminator after the 2nd field and let the directory say so (its length counts no terminator).
  const bytes = assemble(record.leader, fields);
  const entry = 24 + 12;
  const length = Number(bytes.toString('latin1', entry + 3, entry + 7)) - 1;
  const fieldEnd = Number(bytes.toString('latin1', 12, 17)) + Number(bytes.toString('latin1', entry + 7, entry + 12)) + length;
  const damaged = Buffer.concat([bytes.subarray(0, fieldEnd), bytes.subarray(fieldEnd + 1)]);
  damaged.write(String(length).padStart(4, '0'), entry + 3, 'latin1');
  for (let e = entry + 12; damaged[e] !== 0x1e; e += 12) {
    const start = Number(damaged.toString('latin1', e + 7, e + 12));
    damaged.write(String(start - 1).padStart(5, '0'), e + 7, 'latin1');
  }
  const warnings: string[] = [];
  assert.deepEqual(parseIso2709(damaged, 'auto', warnings), record);
  assert.match(warnings.join(), /terminator missing after 005/);
});

test('a field whose terminator is gone and whose directory was not adjusted is rejected: the intent is unclear', () => {
  const at = gruvarbete.indexOf(0x1e, gruvarbete.indexOf(0x1e) + 1) + 20; // inside the 2nd or 3rd field
  const terminator = gruvarbete.indexOf(0x1e, at);
  const damaged = Buffer.concat([gruvarbete.subarray(0, terminator), gruvarbete.subarray(terminator + 1)]);
  assert.match(rejection(damaged), /directory does not match the data/);
});

test('a truncated record is rejected, one cut only before its record terminator is repaired', () => {
  assert.match(rejection(gruvarbete.subarray(0, 400)), /truncated/);
  const warnings: string[] = [];
  assert.deepEqual(parseIso2709(gruvarbete.subarray(0, gruvarbete.length - 1), 'auto', warnings), parseIso2709(gruvarbete));
  assert.match(warnings.join(), /record terminator \(0x1D\) missing/);
});

test('a damaged leader, a short record and a damaged directory are rejected with a reason', () => {
  const leader = copy(gruvarbete);
  leader[7] = 0x1e;
  assert.match(rejection(leader), /leader is damaged/);
  assert.match(rejection(gruvarbete.subarray(0, 20)), /too short/);
  const directory = Buffer.concat([gruvarbete.subarray(0, 30), gruvarbete.subarray(35)]);
  assert.match(rejection(directory), /not a multiple of 12/);
});

test('leader/09 blank with valid multi-byte UTF-8 is read as UTF-8', () => {
  const bytes = copy(gruvarbete);
  bytes[9] = 0x20;
  const warnings: string[] = [];
  assert.deepEqual(parseIso2709(bytes, 'auto', warnings), parseIso2709(gruvarbete));
  assert.deepEqual(warnings, []);
});

test('ISO-8859-1: read when told, detected when the bytes cannot be MARC-8, repaired when 09 claims UTF-8', () => {
  // A real Libris record whose text is all in Latin-1, re-encoded as Latin-1 bytes.
  const source = librisRecord('11691597');
  const record = parseIso2709(source);
  assert.match(JSON.stringify(record), /Översiktsplan/);
  const latin1 = (leader09: string): Buffer =>
    assemble(`${record.leader.slice(0, 9)}${leader09}${record.leader.slice(10)}`, bodies(record, (t) => Buffer.from(t, 'latin1')));
  assert.deepEqual(parseIso2709(latin1(' '), 'iso-8859-1'), record);
  const detected: string[] = [];
  assert.deepEqual(parseIso2709(latin1(' '), 'auto', detected), record);
  assert.match(detected.join(), /read as ISO-8859-1/);
  const repaired: string[] = [];
  assert.deepEqual(parseIso2709(latin1('a'), 'auto', repaired), record);
  assert.match(repaired.join(), /invalid UTF-8: \d+ byte\(s\) read as ISO-8859-1/);
});

test('a stray ISO-8859-1 byte among valid UTF-8 is repaired without harming the valid characters', () => {
  const bytes = copy(gruvarbete);
  const at = bytes.indexOf('Lena Abrahamsson') + 10;
  bytes[at] = 0xe4; // "ä" as ISO-8859-1 writes it, same length as the "a" it replaces
  const warnings: string[] = [];
  const title = parseIso2709(bytes, 'auto', warnings).fields.find((f) => f.tag === '245');
  assert.match(JSON.stringify(title), /förblev manligt.*Lena Abrahämsson/);
  assert.deepEqual(warnings, ['invalid UTF-8: 1 byte(s) read as ISO-8859-1/Windows-1252']);
});

test('the per-source encoding wins over leader/09', () => {
  const marc8 = readFileSync(`${fixtureMarc}ca_evergreen_lul_fre_500.marc8.mrc`);
  const first = copy(marc8.subarray(0, marc8.indexOf(0x1d) + 1));
  first[9] = 0x61; // claims UTF-8
  const yaz = parseIso2709(recordsOf('ca_evergreen_lul_fre_500.utf8.mrc')[0]);
  assert.deepEqual(parseIso2709(first, 'marc-8').fields, yaz.fields);
  assert.notDeepEqual(parseIso2709(first, 'auto').fields, yaz.fields);
});

test('writeIso2709 refuses what ISO 2709 cannot hold and keeps separators out of values', () => {
  const long: MarcRecord = { leader: '00000nam a2200000 a 4500', fields: [{ tag: '500', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: 'x'.repeat(10_000) }] }] };
  assert.throws(() => writeIso2709(long), (e) => isSamverkaError(e, 'marc-invalid'));
  const badTag: MarcRecord = { leader: long.leader, fields: [{ tag: '5', value: 'x' }] };
  assert.throws(() => writeIso2709(badTag), (e) => isSamverkaError(e, 'marc-invalid'));
  const separators: MarcRecord = { leader: long.leader, fields: [{ tag: '001', value: 'a\x1eb\x1dc' }] };
  assert.deepEqual(parseIso2709(writeIso2709(separators)).fields, [{ tag: '001', value: 'a b c' }]);
});
