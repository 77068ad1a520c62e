// The benchmark corpora: how a real record is varied, how replicas cover the base, and that a build is repeatable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readMarcFile } from '../src/marc/marc-reader.ts';
import { controlField, dataFields, subfield, type MarcRecord } from '../src/marc/marc-record.ts';
import { buildCorpus, distinctRecord, layoutFor, readBaseSet, replicaRecords, zebraConsortiumRecord } from './corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** The first record of the Library of Congress sample in demo/marc (see its SOURCES.md). */
async function firstLocRecord(): Promise<MarcRecord> {
  for await (const result of readMarcFile(join(ROOT, 'demo/marc/us_loc_booksall2014_part01-0001.mrc'))) {
    if (result.ok) return result.record;
  }
  throw new Error('no record in the LC sample');
}

test('a distinct replica keeps the record but cannot group with the other replicas', async () => {
  const record = await firstLocRecord();
  const varied = distinctRecord(record, 2);
  assert.equal(controlField(varied, '001'), 'r03-00000002');
  assert.deepEqual(dataFields(varied, '010', '035'), [], 'standard ids are gone');
  assert.equal(subfield(dataFields(varied, '245')[0], 'a'), 'Botanical materia medica and pharmacology r03;');
  assert.deepEqual(dataFields(varied, '100', '650'), dataFields(record, '100', '650'), 'author and subjects stay');
});

test('the consortium copy for Zebra has a 001 that is unique per library', async () => {
  const record = await firstLocRecord();
  const copy = zebraConsortiumRecord(record, 'member-07');
  assert.equal(controlField(copy, '001'), 'member-07-00000002');
  assert.equal(copy.fields.length, record.fields.length);
});

test('replicas reach the size asked for and together use every base record', () => {
  const base = Array.from({ length: 9291 }, (_, i) => ({ leader: String(i), fields: [] }) as MarcRecord);
  const layout = layoutFor(100_000, base.length);
  assert.deepEqual(layout, { replicas: 11, perReplica: 9091, stride: 844 });
  const used = new Set<MarcRecord>();
  for (let r = 0; r < layout.replicas; r++) for (const record of replicaRecords(base, layout, r)) used.add(record);
  assert.equal(used.size, base.length);
  assert.ok(layout.replicas * layout.perReplica >= 100_000);
});

test('building a corpus twice from the same records gives the same bytes', async () => {
  const base = await readBaseSet(join(ROOT, 'demo/marc'));
  const dir = await mkdtemp(join(tmpdir(), 'samverka-corpus-test-'));
  try {
    const first = await buildCorpus('consortium', base, 300, join(dir, 'a'));
    const second = await buildCorpus('consortium', base, 300, join(dir, 'b'));
    assert.deepEqual(first.samverka.map((f) => f.sha256), second.samverka.map((f) => f.sha256));
    assert.equal(first.zebra.sha256, second.zebra.sha256);
    assert.equal(first.records, 300);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
