// Batches of one import share the tallies they read (TallyCache): a work judged by one batch is not parsed again by
// the next. Checked on real map sheets of one series: a cached tally is never used once the store's has changed.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { RecordId, WorkId } from '../core/types.ts';
import { controlField, isDataField, type MarcRecord } from '../marc/marc-record.ts';
import { FIXTURE_MARC, readRealRecords } from '../../test/helpers/real-records.ts';
import { branchesOf, openCatalogue, type Catalogue } from '../../test/helpers/catalogue-harness.ts';
import { importBatch, type BatchEntry } from './import-batch.ts';
import { normalizationFingerprint, preparedHere, type BatchContext } from './record-content.ts';
import type { TallyCache } from './work-assembly.ts';

const RHODE_ISLAND = join(FIXTURE_MARC, 'us_gpo_cgp_Northeast__rhodeisland_RECORD_SET_20250422.mrc');

/** The test's own edits of a real record: another 001, or another 245 $a. */
const withId = (r: MarcRecord, id: string): MarcRecord => ({
  leader: r.leader, fields: r.fields.map((f) => (f.tag === '001' ? { tag: '001', value: id } : f)),
});
const withTitle = (r: MarcRecord, title: string): MarcRecord => ({
  leader: r.leader,
  fields: r.fields.map((f) => (isDataField(f) && f.tag === '245'
    ? { ...f, subfields: f.subfields.map((s) => (s.code === 'a' ? { ...s, value: title } : s)) } : f)),
});

async function batch(c: Catalogue, library: string, records: readonly MarcRecord[], tallies?: TallyCache): Promise<void> {
  const ctx: BatchContext = { library, holdings: null, branches: branchesOf(library), asOf: '2025-01-01T00:00:00.000Z' };
  async function* read() {
    for (const [i, record] of records.entries()) yield { ok: true as const, position: i + 1, record, warnings: [] };
  }
  const entries: BatchEntry[] = [];
  for await (const item of preparedHere(read(), ctx, normalizationFingerprint(ctx), [])) if ('entry' in item) entries.push(item.entry);
  await importBatch(c.store, c.index, ctx, entries, tallies);
}

test('a tally cached by one batch is read again once the work has changed in the store', async () => {
  const c = await openCatalogue();
  try {
    // Two sheets of the 7.5-minute topographic series: they share the series' OCLC number, so each is judged
    // against the other's work and kept out by its sheet number.
    const sheets = (await readRealRecords(RHODE_ISLAND)).filter((r) => JSON.stringify(r).includes('7.5 minute series (topographic)'));
    const [one, two] = sheets;
    const oneId = controlField(one, '001')!;
    // Sheet one held three times, sheet two twice: works of several records, each with a stored tally.
    await batch(c, 'berg', [one, withId(one, 'copy-1'), two, withId(two, 'copy-2')]);
    await batch(c, 'krokom', [one]);
    const sheetOne = (await c.catalogue.workOfRecord(`berg:${oneId}`))!;
    const recordsOf = async (id: WorkId): Promise<RecordId[]> => [...(await c.store.getWork(id))!.recordIds].sort();
    assert.deepEqual(await recordsOf(sheetOne), [`berg:${oneId}`, 'berg:copy-1', `krokom:${oneId}`]);

    const tallies: TallyCache = new Map();
    // Krokom gets sheet two: sheet one's work is judged, kept out, and its tally kept for the next batches.
    await batch(c, 'krokom', [two], tallies);
    assert.ok(tallies.has(sheetOne), 'sheet one was judged and cached');
    // Berg's copy of sheet one gets another title: it leaves the work, whose tally the store now holds anew.
    await batch(c, 'berg', [withTitle(withId(one, 'copy-1'), 'Toinen kartta')], tallies);
    // Another copy of sheet one joins the work as the store holds it, not as the first batch read it.
    await batch(c, 'krokom', [withId(one, 'again')], tallies);
    assert.deepEqual(await recordsOf(sheetOne), [`berg:${oneId}`, `krokom:${oneId}`, 'krokom:again']);
  } finally {
    await c.close();
  }
});
