// What the search index is told about a work, built from real Libris records normalized as ingest does.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { BibRecord, Holding } from '../core/types.ts';
import { normalizeRecord, recordLocalId } from '../catalogue/normalize.ts';
import { summarizeWork } from '../catalogue/work-summary.ts';
import { controlField } from '../marc/marc-record.ts';
import { readMarcFile } from '../marc/marc-reader.ts';
import { LIBRIS_BIB } from '../../test/helpers/catalogue-harness.ts';
import { toWorkDocument } from './work-document.ts';

const AS_OF = '2025-01-01T00:00:00.000Z';

async function librisRecord(localId: string, library: string): Promise<BibRecord> {
  for await (const r of readMarcFile(LIBRIS_BIB)) {
    if (r.ok && controlField(r.record, '001') === localId) {
      return normalizeRecord(r.record, { library, localId: recordLocalId(r.record, [])!, asOf: AS_OF, holdings: null, branches: [] });
    }
  }
  throw new Error(`${localId} is not in the file`);
}

/** Demo copies (made up for this test): one on the shelf in Berg, one on loan in Krokom. */
function withCopy(record: BibRecord, status: Holding['status']): BibRecord {
  return { ...record, holdings: [{ library: record.library, branch: `${record.library}-main`, callNumber: 'Hc', status, dueDate: null, asOf: AS_OF }] };
}

describe('toWorkDocument', () => {
  let ondskan: BibRecord[];
  before(async () => {
    ondskan = [withCopy(await librisRecord('11850823', 'berg'), 'available'), withCopy(await librisRecord('11850823', 'krokom'), 'on-loan')];
  });

  it('carries the work\'s texts by field weight, and both ISBN forms', () => {
    const doc = toWorkDocument(summarizeWork('w1', ondskan), ondskan);
    assert.equal(doc.title, 'Ondskan');
    assert.match(doc.titleText, /^Ondskan$/m);
    assert.match(doc.authorText, /Guillou, Jan/);
    assert.ok(doc.identifiers.includes('9164220095'), 'ISBN-10 as printed in the book');
    assert.ok(doc.identifiers.includes('9789164220097'), 'the same ISBN in 13 digits');
    assert.equal(doc.recordCount, 2);
    assert.deepEqual(doc.libraries, ['berg', 'krokom']);
  });

  it('names as available only libraries with a copy on the shelf', () => {
    const doc = toWorkDocument(summarizeWork('w1', ondskan), ondskan);
    assert.deepEqual(doc.availableLibraries, ['berg']);
  });

  it('sorts a title by its filing form: the English article is skipped', async () => {
    const lovecraft = [await librisRecord('4582889', 'berg')];
    const doc = toWorkDocument(summarizeWork('w2', lovecraft), lovecraft);
    assert.match(doc.title, /^The call of Cthulhu/);
    assert.match(doc.sortTitle, /^call of cthulhu/);
    assert.deepEqual(doc.years, lovecraft[0].year === null ? [] : [lovecraft[0].year]);
  });
});
