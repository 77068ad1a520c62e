// The catalogue as the web layer reads it, over real imported records: a work with its records newest first,
// holdings in shelf order, availability in search, and the small answers (/healthz, libraries, record links).
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { DEFAULT_HOLDINGS_MAPPINGS, type HoldingsMapping } from '../catalogue/holdings-mapping.ts';
import { SqliteSearchIndex } from '../search/sqlite/sqlite-search-index.ts';
import { CatalogueService } from './catalogue.service.ts';
import { branchesOf, demoMarc, FENNICA, LIBRARIES, openCatalogue, query, type Catalogue } from '../../test/helpers/catalogue-harness.ts';

const LUL_FRE = demoMarc('ca_evergreen_lul_fre_500.utf8.mrc');
/** ca_evergreen_lul_fre_500 #17: Monceaux, Histoire littéraire de l'Afrique chrétienne, seven volumes (949 items). */
const MONCEAUX = '01-0212375';

/**
 * The Evergreen export's 949 with its library code mapped to a demo branch. Its items carry no status, so
 * this test's mapping declares silence to mean "on the shelf" (a source setting, chosen here for the test).
 */
const EVERGREEN_AS_DEMO: HoldingsMapping = {
  ...DEFAULT_HOLDINGS_MAPPINGS['949'], branchMap: { DESMARAIS: 'krokom-follinge' }, silentMeansAvailable: true,
};

describe('CatalogueService', () => {
  let c: Catalogue;
  beforeEach(async () => {
    c = await openCatalogue();
  });
  afterEach(() => c.close());

  it('shows a work with its records newest first and every decision', async () => {
    await c.ingest.importFile('berg', FENNICA, { branches: branchesOf('berg') });
    const workId = (await c.catalogue.workOfRecord('berg:000408932'))!;
    const view = await c.catalogue.getWork(workId);
    assert.ok(view);
    const years = view.records.map((r) => r.year ?? -Infinity);
    assert.deepEqual(years, [...years].sort((a, b) => b - a));
    assert.deepEqual(view.decisions.map((d) => d.recordId), view.records.map((r) => r.id));
    assert.deepEqual([...view.work.recordIds].sort(), view.records.map((r) => r.id).sort());
  });

  it('lists holdings in shelf order, and search knows which library has a copy on the shelf', async () => {
    await c.ingest.importFile('krokom', LUL_FRE, { branches: branchesOf('krokom'), holdings: EVERGREEN_AS_DEMO });
    const workId = (await c.catalogue.workOfRecord(`krokom:${MONCEAUX}`))!;
    const view = await c.catalogue.getWork(workId);
    assert.deepEqual(view?.holdings.map((h) => h.callNumber), [1, 2, 3, 4, 5, 6, 7].map((v) => `BR 190 M65 ${v}`));
    assert.ok(view?.holdings.every((h) => h.branch === 'krokom-follinge' && h.recordId === `krokom:${MONCEAUX}`));

    const onShelf = await c.catalogue.search(query('Monceaux', { available: true, library: ['krokom'] }));
    assert.deepEqual(onShelf.hits.find((h) => h.id === workId)?.availableLibraries, ['krokom']);
  });

  it('answers null for unknown works and records, and lists the configured libraries', async () => {
    assert.equal(await c.catalogue.getWork('wunknown'), null);
    assert.equal(await c.catalogue.workOfRecord('berg:unknown'), null);
    assert.deepEqual(c.catalogue.libraries(), LIBRARIES);
    assert.equal(await c.catalogue.healthy(), true);
  });

  it('suggests titles of imported works', async () => {
    await c.ingest.importFile('berg', FENNICA, { branches: branchesOf('berg') });
    const suggestions = await c.catalogue.suggest('vänrikki', 5);
    assert.ok(suggestions.some((s) => s.kind === 'title' && s.text.startsWith('Vänrikki Stoolin tarinat')), JSON.stringify(suggestions));
  });

  it('rebuilds a reset search index from the store: the same works, hits and facets as before', async () => {
    await c.ingest.importFile('berg', FENNICA, { branches: branchesOf('berg') });
    await c.ingest.importFile('krokom', LUL_FRE, { branches: branchesOf('krokom'), holdings: EVERGREEN_AS_DEMO });
    const browse = { ...query(''), sort: 'title' as const, facetLimit: 1000 };
    const before = await c.catalogue.search(browse);
    const found = await c.catalogue.search(query('Monceaux'));
    // What a start-up after a schema change sees: the index of another version, dropped.
    c.database.exec("DELETE FROM search_meta WHERE name = 'schema'");
    const index = new SqliteSearchIndex(c.database);
    assert.equal(index.needsRebuild, true);
    const catalogue = new CatalogueService({ store: c.store, index, libraries: LIBRARIES });
    assert.equal(await catalogue.reindexAll(), before.total);
    const after = await catalogue.search(browse);
    assert.deepEqual(after.hits.map((h) => h.id), before.hits.map((h) => h.id));
    assert.deepEqual(after.facets, before.facets);
    assert.deepEqual((await catalogue.search(query('Monceaux'))).hits.map((h) => h.id), found.hits.map((h) => h.id));
  });
});
