// A work's stored tally must always equal what its records give when tallied from scratch: after records
// join it one by one, and after imports that change, move and delete records (real Libris and Fennica records).
import assert from 'node:assert/strict';
import { afterEach, before, beforeEach, describe, it } from 'node:test';
import type { BibRecord } from '../core/types.ts';
import { featuresLikeness, groupingFeatures, type GroupingFeatures } from '../catalogue/grouping-features.ts';
import { normalizeRecord, recordLocalId } from '../catalogue/normalize.ts';
import { SummaryTally, summarizeWork } from '../catalogue/work-summary.ts';
import { controlField, type MarcRecord } from '../marc/marc-record.ts';
import { readMarcFile } from '../marc/marc-reader.ts';
import { branchesOf, edited, FENNICA, LIBRIS_BIB, openCatalogue, type Catalogue } from '../../test/helpers/catalogue-harness.ts';
import { toWorkDocument } from './work-document.ts';
import { WorkTally } from './work-tally.ts';

const AS_OF = '2025-01-01T00:00:00.000Z';

/** The records of a real file normalized as ingest does; those ingest rejects (no title) left out. */
async function normalized(path: string, library: string): Promise<BibRecord[]> {
  const out: BibRecord[] = [];
  for await (const r of readMarcFile(path)) {
    if (!r.ok || !r.record.fields.some((f) => f.tag === '245')) continue;
    out.push(normalizeRecord(r.record, { library, localId: recordLocalId(r.record, [])!, asOf: AS_OF, holdings: null, branches: [] }));
  }
  return out;
}

describe('WorkTally', () => {
  let records: BibRecord[];
  before(async () => {
    records = [...(await normalized(LIBRIS_BIB, 'berg')), ...(await normalized(FENNICA, 'krokom')), ...(await normalized(LIBRIS_BIB, 'krokom'))];
  });

  it('grown one record at a time, stored and read back in between, equals the tally of all records at once', () => {
    let grown = WorkTally.empty();
    for (const r of records) {
      grown.add(r, groupingFeatures(r));
      grown = WorkTally.parse(grown.toJSON())!;
    }
    const whole = WorkTally.empty();
    for (const r of records) whole.add(r, groupingFeatures(r));
    const work = summarizeWork('w1', records);
    assert.deepEqual(grown.work('w1'), work);
    assert.deepEqual(grown.document(work), toWorkDocument(work, records));
    assert.deepEqual(grown.features(), whole.features());
    assert.equal(grown.size, records.length);
  });

  it('makes copies of one record one face, and keeps apart records that differ only in where a value ends', () => {
    const tally = new SummaryTally();
    const strindberg = { ...records[0], title: 'Röda rummet', subtitle: null, sortTitle: undefined, authors: ['Strindberg, August'], year: 1879 };
    tally.add({ ...strindberg, id: 'berg:1' });
    tally.add({ ...strindberg, id: 'krokom:1' });
    tally.add({ ...strindberg, id: 'berg:2', title: 'Röda', subtitle: 'rummet' });
    tally.add({ ...strindberg, id: 'berg:3', authors: ['Strindberg', 'August'] });
    tally.add({ ...strindberg, id: 'berg:4', subtitle: '' });
    tally.add({ ...strindberg, id: 'berg:5', year: null });
    tally.add({ ...strindberg, id: 'are:1', sortTitle: 'Röda rummet' });
    assert.deepEqual(tally.faces().map((f) => f.ids), [['berg:1', 'krokom:1'], ['berg:2'], ['berg:3'], ['berg:4'], ['berg:5'], ['are:1']]);
  });

  it('reads a tally of another version, or a damaged one, as absent', () => {
    assert.equal(WorkTally.parse(JSON.stringify({ version: '0', summary: {}, document: {}, features: [] })), null);
    assert.equal(WorkTally.parse('{"version":'), null);
    assert.equal(WorkTally.parse('null'), null);
  });
});

const withTitle = (record: MarcRecord, title: string): MarcRecord => ({
  leader: record.leader,
  fields: record.fields.map((f) => (f.tag === '245' && 'subfields' in f ? { ...f, subfields: [{ code: 'a', value: title }] } : f)),
});
const asDeletion = (record: MarcRecord): MarcRecord => ({ leader: `${record.leader.slice(0, 5)}d${record.leader.slice(6)}`, fields: record.fields });

describe('stored work tallies', () => {
  let c: Catalogue;
  beforeEach(async () => {
    c = await openCatalogue({ batchSize: 7 });
  });
  afterEach(() => c.close());

  /** Every stored work and its tally against a recomputation from the work's stored records. */
  async function assertTalliesFresh(): Promise<{ works: number; tallied: number }> {
    let works = 0;
    let tallied = 0;
    for (let after: string | null = null; ;) {
      const page = await c.store.worksAfter(after, 100);
      if (page.length === 0) return { works, tallied };
      const tallies = await c.store.workTallies(page.map((w) => w.id));
      for (const work of page) {
        const records = (await c.store.recordsByWorks([work.id])).map((s) => s.record);
        const fresh = summarizeWork(work.id, records);
        assert.deepEqual(work, fresh, `work ${work.id}`);
        works++;
        // A work of one record is read from its record, and keeps no tally that could go out of date.
        if (records.length === 1) {
          assert.equal(tallies.has(work.id), false, `work ${work.id} of one record has no tally`);
          continue;
        }
        const tally = WorkTally.parse(tallies.get(work.id) ?? '');
        assert.ok(tally, `work ${work.id} has a tally`);
        assert.deepEqual(tally.work(work.id), fresh);
        assert.deepEqual(tally.document(fresh), toWorkDocument(fresh, records));
        const likenesses = (features: readonly GroupingFeatures[]) => new Set(features.map(featuresLikeness));
        assert.deepEqual(likenesses(tally.features()), likenesses(records.map(groupingFeatures)));
        assert.equal(tally.size, records.length);
        tallied++;
      }
      after = page[page.length - 1].id;
    }
  }

  it('stays equal to its records after records join, change title, move and are deleted', async () => {
    for (const library of ['berg', 'krokom']) await c.ingest.importFile(library, LIBRIS_BIB, { branches: branchesOf(library) });
    await c.ingest.importFile('krokom', FENNICA, { branches: branchesOf('krokom') });
    const first = await assertTalliesFresh();
    assert.ok(first.tallied > 0 && first.works > first.tallied, `${first.tallied} of ${first.works} works tallied`);

    const ids = (await readIds(LIBRIS_BIB)).slice(0, 6);
    const changed = edited(LIBRIS_BIB, (r) => {
      const id = controlField(r, '001');
      if (id === ids[0] || id === ids[1]) return withTitle(r, 'Godheten');
      if (id === ids[2] || id === ids[3]) return asDeletion(r);
      return r;
    });
    const summary = await c.ingest.importRecords('krokom', changed, { branches: branchesOf('krokom') });
    assert.deepEqual([summary.updated, summary.deleted], [2, 2]);
    await assertTalliesFresh();

    await c.grouping.splitRecord(`berg:${ids[4]}`);
    await assertTalliesFresh();
  });
});

async function readIds(path: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const r of readMarcFile(path)) if (r.ok) ids.push(controlField(r.record, '001')!);
  return ids;
}
