// End to end over HTTP against the real portal with the seeded Jämtland demo: the JSON API contract of
// DESIGN.md §5 as outside checks use it, on real records grouped into works.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FORMATS, HOLDING_STATUSES } from '../../src/core/types.ts';
import { startDemoPortal, type DemoPortal } from '../helpers/demo-portal.ts';

let portal: DemoPortal;
before(async () => { portal = await startDemoPortal(); });
after(async () => { await portal.close(); });

const get = async (path: string) => {
  const response = await fetch(portal.url + path);
  return { status: response.status, body: await response.json() as any };
};

test('healthz answers ok when the store answers', async () => {
  assert.deepEqual(await get('/healthz'), { status: 200, body: { status: 'ok' } });
});

test('the libraries are the nine members of the demo, with branches', async () => {
  const { body } = await get('/api/v1/libraries');
  assert.equal(body.libraries.length, 9);
  const ostersund = body.libraries.find((l: any) => l.id === 'ostersund');
  assert.equal(ostersund.municipalityCode, '2380');
  assert.equal(ostersund.population, 64979);
  assert.ok(ostersund.branches.some((b: any) => b.kind === 'bus'));
});

test('a search returns works with the contract fields and facets over the whole result', async () => {
  const { status, body } = await get('/api/v1/search?q=jazz&pageSize=5');
  assert.equal(status, 200);
  assert.ok(body.total > 50, `jazz finds many works (${body.total})`);
  assert.equal(body.hits.length, 5);
  for (const hit of body.hits) {
    for (const key of ['id', 'title', 'authors', 'year', 'formats', 'languages', 'libraries', 'recordCount']) assert.ok(key in hit, key);
    for (const format of hit.formats) assert.ok((FORMATS as readonly string[]).includes(format), format);
  }
  for (const facet of ['library', 'format', 'language', 'year', 'subject']) assert.ok(Array.isArray(body.facets[facet]), facet);
  const libraryTotal = body.facets.library.find((f: any) => f.value === 'ostersund').count;
  const filtered = await get('/api/v1/search?q=jazz&library=ostersund');
  assert.equal(filtered.body.total, libraryTotal, 'the facet count is the filtered total');
});

test('many editions in many libraries are one work; a work lists records and holdings', async () => {
  const { body } = await get('/api/v1/search?q=' + encodeURIComponent('Vänrikki Stoolin tarinat'));
  const work = body.hits[0];
  assert.equal(work.title, 'Vänrikki Stoolin tarinat');
  assert.ok(work.recordCount >= 32, `all editions in one work (${work.recordCount})`);
  assert.ok(work.libraries.length >= 2, 'held by several member libraries');
  const detail = await get(`/api/v1/works/${work.id}`);
  assert.equal(detail.status, 200);
  assert.equal(detail.body.records.length, work.recordCount);
  for (const record of detail.body.records) assert.match(record.id, /^[a-z0-9-]+:.+/);
  assert.ok(detail.body.holdings.length > 0);
  for (const holding of detail.body.holdings) {
    assert.ok((HOLDING_STATUSES as readonly string[]).includes(holding.status), holding.status);
    if (holding.status === 'on-loan') assert.match(holding.dueDate, /^\d{4}-\d{2}-\d{2}$/);
  }
  assert.ok(detail.body.holdings.some((h: any) => h.status === 'on-loan'), 'some copies are on loan in the demo');
});

test('filters OR within a facet and AND across facets', async () => {
  const music = (await get('/api/v1/search?q=&format=music')).body.total;
  const score = (await get('/api/v1/search?q=&format=score')).body.total;
  const either = (await get('/api/v1/search?q=&format=music&format=score')).body.total;
  assert.ok(either >= Math.max(music, score) && either <= music + score);
  const both = (await get('/api/v1/search?q=&format=music&library=berg')).body.total;
  assert.ok(both <= music);
});

test('bad input gives a clear 400, an unknown work 404, never a 500', async () => {
  assert.equal((await get('/api/v1/search?q=jazz&page=0')).status, 400);
  assert.equal((await get('/api/v1/search?q=jazz&format=spaceship')).status, 400);
  assert.equal((await get('/api/v1/search?q=' + encodeURIComponent('"(((NEAR('))).status < 500, true);
  assert.equal((await get('/api/v1/works/nope')).status, 404);
});

test('a work\'s live availability comes from each holding library\'s demo system, for every copy of the work', async () => {
  const { body: search } = await get('/api/v1/search?q=' + encodeURIComponent('Vänrikki Stoolin tarinat'));
  const work = (await get(`/api/v1/works/${search.hits[0].id}`)).body;
  const started = Date.now();
  const { status, body } = await get(`/api/v1/works/${work.id}/availability`);
  assert.equal(status, 200);
  assert.equal(body.workId, work.id);
  assert.deepEqual(body.sources.map((s: any) => [s.library, s.live]), [...work.libraries].sort().map((l: string) => [l, true]));
  const copies = (holdings: any[]) => holdings.map((h) => `${h.recordId} ${h.branch} ${h.callNumber}`).sort();
  assert.deepEqual(copies(body.holdings), copies(work.holdings), 'the same copies as harvested');
  for (const holding of body.holdings) {
    assert.equal(holding.live, true);
    assert.ok(Date.parse(holding.asOf) >= started - 60_000, `asOf ${holding.asOf} is the live answer's time`);
  }
});
