// Who may edit what through the content forms: a Krokom editor only Krokom's items (a forged form gets 403 and
// changes nothing), a coordinator also the county's; every form needs its CSRF token.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { NewsItem, PageItem } from '../../../core/content.ts';
import { contentMeta } from '../../../../test/fakes/fake-content.ts';
import { buildStaffWeb, loginAs, postForm, type StaffSession, type StaffWeb } from '../../../../test/helpers/staff-web.ts';

const news = (id: string, library: string | null, title: string): NewsItem => ({
  ...contentMeta('news', id, library), title: { sv: title }, summary: { sv: 'Kort.' }, body: { sv: 'Text.' }, image: null,
});
const COUNTY_PAGE: PageItem = { ...contentMeta('page', 'p-om', null), slug: 'om', title: { sv: 'Om samarbetet' }, body: { sv: 'Text.' }, language: null };
const FIELDS = { 'title.sv': 'Ändrad', 'summary.sv': 'Kort.', 'body.sv': 'Text.', version: '1', action: 'draft' };

let web: StaffWeb;
let krokom: StaffSession;
let coordinator: StaffSession;
before(async () => {
  web = await buildStaffWeb({ items: [news('n-krokom', 'krokom', 'Krokoms nyhet'), news('n-are', 'are', 'Åres nyhet'), COUNTY_PAGE] });
  [krokom, coordinator] = await Promise.all([loginAs(web.app, 'krokom'), loginAs(web.app, 'coordinator')]);
});
after(() => web.app.close());

const get = (url: string, session: StaffSession) => web.app.inject({ url, headers: { cookie: session.cookie } });

test("a Krokom editor's list holds Krokom's items only", async () => {
  const list = await get('/personal/nyheter', krokom);
  assert.equal(list.statusCode, 200);
  assert.match(list.body, /Krokoms nyhet/);
  assert.doesNotMatch(list.body, /Åres nyhet/);
  assert.doesNotMatch(list.body, /name="library"/, 'no owner filter with one owner');
});

test("a Krokom editor can neither open nor change nor delete an Åre item", async () => {
  for (const url of ['/personal/nyheter/n-are', '/personal/nyheter/n-are/ta-bort', '/en/staff/news/n-are']) {
    assert.equal((await get(url, krokom)).statusCode, 403, url);
  }
  assert.equal((await postForm(web.app, '/personal/nyheter/n-are', { ...FIELDS, library: 'are' }, krokom)).statusCode, 403);
  assert.equal((await postForm(web.app, '/personal/nyheter/n-are/ta-bort', {}, krokom)).statusCode, 403);
  const stored = (await web.store.getContent('n-are')) as NewsItem;
  assert.equal(stored.title.sv, 'Åres nyhet');
});

test('the owner select offers a Krokom editor only Krokom, and a forged owner is refused', async () => {
  const form = await get('/personal/nyheter/ny', krokom);
  const select = /<select[^>]*name="library">(.*?)<\/select>/s.exec(form.body)?.[1] ?? '';
  assert.deepEqual([...select.matchAll(/<option value(?:="([^"]*)")?/g)].map((m) => m[1] ?? ''), ['krokom']);

  const before = (await web.store.listContent({ kind: 'news' })).length;
  for (const library of ['are', '']) {
    const forged = await postForm(web.app, '/personal/nyheter/ny', { ...FIELDS, version: '0', library }, krokom);
    assert.equal(forged.statusCode, 403, `owner "${library}"`);
  }
  const moved = await postForm(web.app, '/personal/nyheter/n-krokom', { ...FIELDS, library: 'are' }, krokom);
  assert.equal(moved.statusCode, 403, 'nor may a Krokom item be given to Åre');
  assert.equal((await web.store.listContent({ kind: 'news' })).length, before);
  assert.equal((await web.store.getContent('n-krokom'))!.library, 'krokom');
});

test("the county's pages are a coordinator's: an editor gets 403, a coordinator edits them", async () => {
  assert.equal((await get('/personal/sidor/p-om', krokom)).statusCode, 403);
  const page = { 'title.sv': 'Om oss', 'body.sv': 'Ny text.', slug: 'om', library: '', version: '1', action: 'publish' };
  assert.equal((await postForm(web.app, '/personal/sidor/p-om', page, krokom)).statusCode, 403);

  const form = await get('/personal/sidor/p-om', coordinator);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /<option value selected>Hela länet \(samarbetet\)<\/option>/);
  assert.match(form.body, /<option value="are">Åre bibliotek<\/option>/);
  const saved = await postForm(web.app, '/personal/sidor/p-om', page, coordinator);
  assert.equal(saved.statusCode, 303);
  assert.equal(((await web.store.getContent('p-om')) as PageItem).title.sv, 'Om oss');
});

test("a coordinator's list can be narrowed to one owner", async () => {
  const list = await get('/personal/nyheter?library=are', coordinator);
  assert.match(list.body, /Åres nyhet/);
  assert.doesNotMatch(list.body, /Krokoms nyhet/);
  assert.equal((await get('/personal/nyheter?library=<x>', coordinator)).statusCode, 400);
});

test('a form without its CSRF token, or with a wrong one, is refused and changes nothing', async () => {
  const before = (await web.store.listContent({ kind: 'news' })).length;
  const fields = { ...FIELDS, version: '0', library: 'krokom' };
  assert.equal((await postForm(web.app, '/personal/nyheter/ny', fields, krokom, { csrf: false })).statusCode, 403);
  assert.equal((await postForm(web.app, '/personal/nyheter/ny', { ...fields, _csrf: 'forged' }, krokom)).statusCode, 403);
  assert.equal((await postForm(web.app, '/personal/nyheter/n-krokom/ta-bort', {}, krokom, { csrf: false })).statusCode, 403);
  assert.equal((await web.store.listContent({ kind: 'news' })).length, before);
});

test('without a session the forms lead to the login', async () => {
  const response = await web.app.inject('/personal/nyheter/ny');
  assert.equal(response.statusCode, 303);
  assert.match(String(response.headers.location), /^\/personal\/logga-in/);
});
