// readMarc / readMarcFile: format detection, streaming in any chunking, one bad record never stops the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { isSamverkaError } from '../core/errors.ts';
import { readMarc, readMarcFile, type MarcReadOptions, type MarcReadResult } from './marc-reader.ts';
import { writeIso2709 } from './iso2709.ts';
import { chunked, collect, demoMarc, fixtureMarc } from '../../test/helpers/marc-files.ts';

const librisFile = `${demoMarc}se_libris_librisxl_bib.utf8.mrc`;
const librisBytes = readFileSync(librisFile);

const read = (bytes: Uint8Array, options?: MarcReadOptions, size = 4096): Promise<MarcReadResult[]> =>
  collect(readMarc(chunked(bytes, size), options));

const whole = await collect(readMarcFile(librisFile));
const recordBytes = (bytes: Buffer): Buffer[] => bytes.toString('latin1').split('\x1d').slice(0, -1).map((r) => Buffer.from(`${r}\x1d`, 'latin1'));

test('format auto: ISO 2709 and MARCXML files are told apart by their first non-blank byte', async () => {
  assert.equal(whole.length, 28);
  assert.ok(whole.every((r, i) => r.ok && r.position === i + 1));
  const xml = await collect(readMarcFile(`${fixtureMarc}se_libris_librisxl_bib.marcxml.xml`));
  assert.deepEqual(xml, whole);
  const fromNodeStream = await collect(readMarc(createReadStream(`${fixtureMarc}se_libris_librisxl_bib.marcxml.xml`, { highWaterMark: 1000 })));
  assert.deepEqual(fromNodeStream, whole);
});

test('records split across chunks of any size read the same as the whole file', async () => {
  for (const size of [1, 5, 997]) assert.deepEqual(await read(librisBytes, {}, size), whole);
});

test('newlines and junk between records are skipped; positions stay record numbers', async () => {
  const records = recordBytes(librisBytes);
  const messy = Buffer.concat(records.flatMap((r, i) => [r, Buffer.from(i === 1 ? '\r\n--junk--' : '\r\n')]));
  const results = await read(messy);
  assert.deepEqual(results.map((r) => r.ok && r.record), whole.map((r) => r.ok && r.record));
  assert.deepEqual(results.map((r) => r.position), whole.map((r) => r.position));
  assert.match(results[2].ok ? results[2].warnings.join() : '', /junk before the record skipped/);
  assert.deepEqual(results[0].ok && results[0].warnings, []);
});

test('a damaged record in the middle is rejected with its position and 001; the rest are read', async () => {
  const records = recordBytes(librisBytes);
  // Drop the terminator of the 3rd field of record 5 without fixing its directory.
  const fifth = records[4];
  const at = [...fifth.entries()].filter(([, b]) => b === 0x1e)[3][0];
  records[4] = Buffer.concat([fifth.subarray(0, at), fifth.subarray(at + 1)]);
  const results = await read(Buffer.concat(records));
  assert.equal(results.length, 28);
  assert.deepEqual(results[4], {
    ok: false, position: 5, id: '11691597',
    reason: 'directory does not match the data (23 entries, 22 terminated fields): cannot tell where fields start',
  });
  assert.deepEqual(results.filter((r) => r.ok).length, 27);
});

test('a truncated last record is rejected with its 001, and what came before is kept', async () => {
  const results = await read(librisBytes.subarray(0, librisBytes.length - 300));
  assert.equal(results.length, 28);
  assert.ok(results.slice(0, 27).every((r) => r.ok));
  const last = results[27];
  assert.ok(!last.ok);
  assert.equal(last.id, '8558889');
  assert.match(last.reason, /truncated/);
});

test('without a 001 the rejection names the configured fallback id field', async () => {
  const koha = (await collect(readMarcFile(`${demoMarc}multi_koha-misc4dev_sample-bibs_marc21.utf8.mrc`)))[0];
  assert.ok(koha.ok);
  const bytes = Buffer.from(writeIso2709({ ...koha.record, fields: koha.record.fields.filter((f) => f.tag !== '001') }));
  bytes[5] = 0xff; // a damaged leader: the record is rejected, its directory still reads
  const [rejected] = await read(bytes, { idFields: ['035a', '999c'] });
  assert.deepEqual(rejected, { ok: false, position: 1, id: '1', reason: 'leader is damaged (byte 0xff at position 5)' });
  const [without] = await read(bytes);
  assert.equal(without.ok === false && without.id, null);
});

test('input that is not MARC at all is one rejection, never a crash or a whole file in memory', async () => {
  assert.deepEqual(await read(Buffer.from('hello, this is not a MARC record\n')), [
    { ok: false, position: 1, id: null, reason: 'no MARC leader found (junk instead of a record)' },
  ]);
  const huge = await read(Buffer.alloc(3 << 20, 0x78), {}, 64 * 1024);
  assert.equal(huge.length, 1);
  assert.match(huge[0].ok ? '' : huge[0].reason, /no record terminator/);
  assert.deepEqual(await read(Buffer.from('  \n\n')), []);
  assert.deepEqual(await read(Buffer.alloc(0)), []);
});

test('a forced format is used as given', async () => {
  const results = await collect(readMarcFile(`${fixtureMarc}se_libris_librisxl_bib.marcxml.xml`, { format: 'iso2709' }));
  assert.ok(results.length > 0 && results.every((r) => !r.ok));
});

test('an unreadable file throws file-unreadable', async () => {
  for (const path of [`${fixtureMarc}no-such-file.mrc`, fixtureMarc]) {
    await assert.rejects(collect(readMarcFile(path)), (e) => isSamverkaError(e, 'file-unreadable'));
  }
});
