// Staff grouping tools on real records: explain a work, merge two works, split a record off, undo — and the
// overrides survive re-import, also when every record is normalized again.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { isSamverkaError } from '../core/errors.ts';
import { controlField, type MarcRecord } from '../marc/marc-record.ts';
import {
  branchesOf, edited, FENNICA, LIBRIS_BIB, openCatalogue, query, type Catalogue,
} from '../../test/helpers/catalogue-harness.ts';

// se_libris_librisxl_bib: two different books that share a title — a case for a staff merge in a test.
const LIE_OF_THE_LAND_GENDER = 'berg:13584984';
const LIE_OF_THE_LAND_EARTH = 'berg:6128247';
// fi_fennica: the first of the 32 editions of Runeberg's Vänrikki Stoolin tarinat.
const RUNEBERG_FIRST = '000408932';

describe('GroupingService', () => {
  let c: Catalogue;
  beforeEach(async () => {
    c = await openCatalogue();
  });
  afterEach(() => c.close());

  const importFile = (library: string, path: string, branches = branchesOf(library)) =>
    c.ingest.importFile(library, path, { branches });
  /** Other branches change every record's hash: the whole file is normalized and grouped again. */
  const reimportEverything = (library: string, path: string) => importFile(library, path, [...branchesOf(library), 'extra-branch']);

  it('explains a work: each record with the decision and reason that put it there', async () => {
    await importFile('berg', FENNICA);
    const workId = (await c.catalogue.workOfRecord(`berg:${RUNEBERG_FIRST}`))!;
    const explanation = await c.grouping.explainWork(workId);
    assert.equal(explanation?.work.id, workId);
    assert.equal(explanation?.records.length, 32);
    for (const { record, decision, override } of explanation!.records) {
      assert.equal(decision?.recordId, record.id);
      assert.equal(decision?.workId, workId);
      assert.ok(decision!.reason.length > 0);
      assert.equal(override, null);
    }
    assert.equal(explanation!.records.filter((r) => r.decision?.match === 'new-work').length, 1, 'one record founded the work');
    assert.equal(await c.grouping.explainWork('no-such-work'), null);
  });

  it('merges two works for good: the merge survives re-import and full re-normalization', async () => {
    await importFile('berg', LIBRIS_BIB);
    const into = (await c.catalogue.workOfRecord(LIE_OF_THE_LAND_GENDER))!;
    const from = (await c.catalogue.workOfRecord(LIE_OF_THE_LAND_EARTH))!;
    assert.notEqual(into, from);
    const worksBefore = await c.index.count();

    const merged = await c.grouping.mergeWorks(into, from);
    assert.deepEqual(merged.recordIds, [LIE_OF_THE_LAND_EARTH, LIE_OF_THE_LAND_GENDER].sort());
    assert.equal(await c.catalogue.getWork(from), null);
    assert.equal(await c.index.count(), worksBefore - 1);
    const view = await c.catalogue.getWork(into);
    assert.equal(view?.decisions.find((d) => d.recordId === LIE_OF_THE_LAND_EARTH)?.match, 'override-merge');

    assert.equal((await importFile('berg', LIBRIS_BIB)).unchanged, 28);
    assert.equal((await reimportEverything('berg', LIBRIS_BIB)).updated, 28);
    assert.equal(await c.catalogue.workOfRecord(LIE_OF_THE_LAND_EARTH), into);
    assert.equal(await c.index.count(), worksBefore - 1);
    const hit = (await c.catalogue.search(query('lie of the land'))).hits.find((h) => h.id === into);
    assert.equal(hit?.recordCount, 2);
  });

  it('splits a record off for good: nothing joins it, and re-import keeps it apart', async () => {
    await importFile('berg', FENNICA);
    const runeberg = (await c.catalogue.workOfRecord(`berg:${RUNEBERG_FIRST}`))!;
    const own = await c.grouping.splitRecord(`berg:${RUNEBERG_FIRST}`);
    assert.notEqual(own, runeberg);
    assert.deepEqual((await c.catalogue.getWork(own))?.records.map((r) => r.id), [`berg:${RUNEBERG_FIRST}`]);
    assert.equal((await c.catalogue.getWork(runeberg))?.records.length, 31);

    await reimportEverything('berg', FENNICA);
    await importFile('krokom', FENNICA);
    assert.equal(await c.catalogue.workOfRecord(`berg:${RUNEBERG_FIRST}`), own);
    assert.deepEqual((await c.catalogue.getWork(own))?.work.recordIds, [`berg:${RUNEBERG_FIRST}`], 'not even the same record of krokom joins it');
    assert.equal(await c.catalogue.workOfRecord(`krokom:${RUNEBERG_FIRST}`), runeberg);
    assert.equal((await c.grouping.explainWork(own))?.records[0].override?.kind, 'split');
  });

  it('keeps a split for a record that is deleted and later sent again', async () => {
    await importFile('berg', FENNICA);
    const own = await c.grouping.splitRecord(`berg:${RUNEBERG_FIRST}`);
    const runebergFirst = (marc: MarcRecord) => (controlField(marc, '001') === RUNEBERG_FIRST ? marc : null);
    // The test's own edit of the real record: sent as a deletion (leader/05 d), as a delta file would.
    const deletion = edited(FENNICA, (marc) => runebergFirst(marc) && { leader: `${marc.leader.slice(0, 5)}d${marc.leader.slice(6)}`, fields: marc.fields });
    assert.equal((await c.ingest.importRecords('berg', deletion, { branches: branchesOf('berg') })).deleted, 1);
    assert.equal(await c.catalogue.getWork(own), null);
    assert.equal((await c.ingest.importRecords('berg', edited(FENNICA, runebergFirst), { branches: branchesOf('berg') })).added, 1);
    assert.equal(await c.catalogue.workOfRecord(`berg:${RUNEBERG_FIRST}`), own);
  });

  it('undoes an override: the record is grouped by the ladder again', async () => {
    await importFile('berg', FENNICA);
    const runeberg = (await c.catalogue.workOfRecord(`berg:${RUNEBERG_FIRST}`))!;
    const own = await c.grouping.splitRecord(`berg:${RUNEBERG_FIRST}`);
    assert.equal(await c.grouping.clearOverride(`berg:${RUNEBERG_FIRST}`), runeberg);
    assert.equal((await c.catalogue.getWork(runeberg))?.records.length, 32);
    assert.equal(await c.catalogue.getWork(own), null);
    assert.equal((await c.grouping.explainWork(runeberg))?.records.some((r) => r.override !== null), false);
  });

  it('refuses a merge into itself and unknown works or records, changing nothing', async () => {
    await importFile('berg', LIBRIS_BIB);
    const work = (await c.catalogue.workOfRecord(LIE_OF_THE_LAND_GENDER))!;
    await assert.rejects(c.grouping.mergeWorks(work, work), (e: unknown) => isSamverkaError(e, 'bad-request'));
    await assert.rejects(c.grouping.mergeWorks(work, 'wnone'), (e: unknown) => isSamverkaError(e, 'not-found'));
    await assert.rejects(c.grouping.splitRecord('berg:404'), (e: unknown) => isSamverkaError(e, 'not-found'));
    assert.equal((await c.catalogue.getWork(work))?.records.length, 1);
  });
});
