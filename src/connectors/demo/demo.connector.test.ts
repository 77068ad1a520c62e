// The demo library system harvested: a member's share of the real demo records with demo copies; the same day
// again gives nothing, a new day the day's circulation, and a crash resumes after the last checkpoint.
import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { controlField } from '../../marc/marc-record.ts';
import { harvestCommitting, recordsOf } from '../connector.contract.ts';
import type { HarvestRequest } from '../connector.ts';
import { DEMO_MARC_FOLDER, isOnlineResource } from './demo-catalogue.ts';
import { createDemoConnector } from './demo.connector.ts';

const LIBRARIES = [
  { id: 'ostersund', name: 'Östersunds bibliotek', branches: [{ id: 'ostersund-stadsbiblioteket', name: 'Stadsbiblioteket' }] },
  { id: 'berg', name: 'Bergs bibliotek', branches: [{ id: 'berg-svenstavik', name: 'Svenstaviks bibliotek' }] },
];
const files = [`${DEMO_MARC_FOLDER}se_libris_librisxl_bib.utf8.mrc`];
const request = (over: Partial<HarvestRequest> = {}): HarvestRequest => ({ since: null, full: false, signal: new AbortController().signal, ...over });

describe('demo connector', () => {
  it('harvests the library\'s share of the real records with demo items; the same day again gives nothing, a new day everything', async () => {
    let today = new Date('2025-03-01T08:00:00Z');
    const connector = createDemoConnector(LIBRARIES[1], LIBRARIES, { clock: () => today, files, batchSize: 5 });
    const first = await harvestCommitting(connector.harvest!, request());
    assert.equal(first.error, null);
    const records = recordsOf(first.committed);
    assert.ok(records.length > 0 && records.length < 28, `a share of the 28 records (${records.length})`);
    assert.ok(records.every((r) => r.fields.some((f) => f.tag === '952') === !isOnlineResource(r)), 'every record on paper carries its demo copies, online ones none');

    const again = await harvestCommitting(connector.harvest!, request({ since: first.cursor }));
    assert.deepEqual(again.committed, []);
    today = new Date('2025-03-02T08:00:00Z');
    const tomorrow = await harvestCommitting(connector.harvest!, request({ since: again.cursor }));
    assert.equal(recordsOf(tomorrow.committed).length, records.length);
  });

  it('resumes after the last checkpoint of an interrupted harvest', async () => {
    const connector = createDemoConnector(LIBRARIES[0], LIBRARIES, { clock: () => new Date('2025-03-01T08:00:00Z'), files, batchSize: 5 });
    const all = recordsOf((await harvestCommitting(connector.harvest!, request())).committed).map((r) => controlField(r, '001'));
    const items = connector.harvest!.harvest(request())[Symbol.asyncIterator]();
    let cursor: string | null = null;
    while (cursor === null) {
      const { value } = await items.next();
      if (value?.kind === 'checkpoint') cursor = value.cursor;
    }
    await items.return?.();
    const rest = recordsOf((await harvestCommitting(connector.harvest!, request({ since: cursor }))).committed);
    assert.deepEqual(rest.map((r) => controlField(r, '001')), all.slice(5));
  });
});

test('the demo puts no copies of an e-book on a shelf', async () => {
  const { readMarcFile } = await import('../../marc/marc-reader.ts');
  let online = 0;
  let printed = 0;
  for await (const result of readMarcFile(new URL('../../../demo/marc/fi_fennica_bib-rdf-pipeline_testinput.utf8.mrc', import.meta.url).pathname)) {
    if (!result.ok) continue;
    if (isOnlineResource(result.record)) online++;
    else printed++;
  }
  assert.ok(online > 0 && printed > online, `${online} online, ${printed} printed`);
});
