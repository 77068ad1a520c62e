// The content editors as a Krokom editor uses them through the forms: preview saves nothing, draft, publish,
// schedule, edit with the version the form was opened at, a stale save's conflict, errors beside their fields.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { NewsItem } from '../../../core/content.ts';
import { contentMeta } from '../../../../test/fakes/fake-content.ts';
import { buildStaffWeb, loginAs, postForm, type StaffSession, type StaffWeb } from '../../../../test/helpers/staff-web.ts';

let web: StaffWeb;
let krokom: StaffSession;
before(async () => {
  web = await buildStaffWeb();
  krokom = await loginAs(web.app, 'krokom');
});
after(() => web.app.close());

const NEWS = {
  library: 'krokom', 'title.sv': 'Sagostund i Krokom', 'title.en': 'Story time in Krokom', 'summary.sv': 'Välkommen på sagostund.',
  'body.sv': '## Program\n\nVi läser **högt**.\n\n<script>alert(1)</script>', version: '0',
};

const get = (url: string, session = krokom) => web.app.inject({ url, headers: { cookie: session.cookie } });
const newsIn = async () => (await web.store.listContent({ kind: 'news' })) as NewsItem[];

test('the preview shows the Markdown rendered, safely, and saves nothing', async () => {
  const before = (await newsIn()).length;
  const response = await postForm(web.app, '/personal/nyheter/ny', { ...NEWS, action: 'preview' }, krokom);
  assert.equal(response.statusCode, 200);
  assert.match(response.body, /<h2 id="preview-title"[^>]*>Förhandsgranskning<\/h2>/);
  assert.match(response.body, /<h3 class="preview__heading" lang="en">Story time in Krokom<\/h3><p class="preview__summary" lang="sv">Välkommen på sagostund.<\/p>/);
  assert.match(response.body, /<h5>Program<\/h5>/, 'a "##" under the h3 title, as under the h1 on the public page');
  assert.match(response.body, /<strong>högt<\/strong>/);
  assert.doesNotMatch(response.body, /<script>alert/);
  assert.match(response.body, /value="Sagostund i Krokom"/, 'the form keeps what was typed');
  assert.equal((await newsIn()).length, before);
});

test('"Spara utkast" saves a draft and returns to the form saying so', async () => {
  const response = await postForm(web.app, '/personal/nyheter/ny', { ...NEWS, action: 'draft' }, krokom);
  assert.equal(response.statusCode, 303);
  const location = String(response.headers.location);
  assert.match(location, /^\/personal\/nyheter\/n-[a-z2-7]+\?saved=saved$/);
  const saved = (await newsIn()).find((n) => n.title.sv === 'Sagostund i Krokom')!;
  assert.equal(saved.status, 'draft');
  assert.equal(saved.library, 'krokom');
  assert.deepEqual(saved.title, { sv: 'Sagostund i Krokom', en: 'Story time in Krokom' });
  const form = await get(location);
  assert.match(form.body, /<p class="status-message" role="status">Sparat som utkast.<\/p>/);
  assert.match(form.body, /name="version" value="1"/);
});

test('"Publicera" publishes at once; the public news list shows it', async () => {
  const response = await postForm(web.app, '/personal/nyheter/ny', { ...NEWS, 'title.sv': 'Nu öppnar vi', action: 'publish' }, krokom);
  assert.equal(response.statusCode, 303);
  assert.match(String(response.headers.location), /\?saved=published$/);
  const item = (await newsIn()).find((n) => n.title.sv === 'Nu öppnar vi')!;
  assert.equal(item.status, 'published');
  assert.equal(item.publishAt, null);
  const page = await web.content.news({ limit: 50 });
  assert.ok(page.items.some((n) => n.id === item.id));
});

test('"Schemalägg" needs a future time, read as Swedish time, and stores the instant', async () => {
  const missing = await postForm(web.app, '/personal/nyheter/ny', { ...NEWS, action: 'schedule' }, krokom);
  assert.equal(missing.statusCode, 400);
  assert.match(missing.body, /<a href="#f-publishAt">Publiceringstid: Fyll i när det ska publiceras.<\/a>/);
  const past = await postForm(web.app, '/personal/nyheter/ny', { ...NEWS, action: 'schedule', publishAt: '2026-12-01T08:00' }, krokom);
  assert.equal(past.statusCode, 400);

  const response = await postForm(web.app, '/personal/nyheter/ny', { ...NEWS, 'title.sv': 'Julmys', action: 'schedule', publishAt: '2026-12-20T08:00' }, krokom);
  assert.equal(response.statusCode, 303);
  const item = (await newsIn()).find((n) => n.title.sv === 'Julmys')!;
  assert.equal(item.status, 'published');
  assert.equal(item.publishAt, '2026-12-20T07:00:00.000Z', '08:00 in Stockholm in winter is 07:00 UTC');
  assert.ok(!(await web.content.news({ limit: 50 })).items.some((n) => n.id === item.id), 'not public before its time');
  const form = await get(String(response.headers.location));
  assert.match(form.body, /Schemalagt: publiceras/);
  assert.match(form.body, /name="publishAt" type="datetime-local" value="2026-12-20T08:00"/);
  const list = await get('/personal/nyheter?status=scheduled');
  assert.match(list.body, /Julmys/);
  assert.doesNotMatch(list.body, /Nu öppnar vi/);
});

test('an edit with the version the form was opened at saves; a stale one shows what was saved meanwhile', async () => {
  await web.store.putContent({
    ...contentMeta('news', 'n-conflict', 'krokom'), status: 'draft', title: { sv: 'Bokcirkel' }, summary: { sv: 'Vi läser.' },
    body: { sv: 'Text.' }, image: null,
  } satisfies NewsItem);
  const first = await postForm(web.app, '/personal/nyheter/n-conflict', { ...NEWS, 'title.sv': 'Bokcirkel i januari', version: '1', action: 'draft' }, krokom);
  assert.equal(first.statusCode, 303);
  assert.equal((await web.store.getContent('n-conflict'))!.version, 2);

  const stale = await postForm(web.app, '/personal/nyheter/n-conflict', { ...NEWS, 'title.sv': 'Bokcirkel i februari', version: '1', action: 'draft' }, krokom);
  assert.equal(stale.statusCode, 409);
  assert.match(stale.body, /Någon annan har ändrat under tiden/);
  assert.match(stale.body, /<th scope="row">Rubrik \(svenska\)<\/th><td lang="sv">Bokcirkel i januari<\/td><td lang="sv">Bokcirkel i februari<\/td>/);
  assert.match(stale.body, /name="version" value="2"/, 'saving again replaces the newer version deliberately');
  assert.equal((await web.store.getContent('n-conflict') as NewsItem).title.sv, 'Bokcirkel i januari', 'nothing was overwritten');
});

test('problems are listed at the top, linked, and shown beside their fields', async () => {
  const response = await postForm(web.app, '/personal/nyheter/ny', { ...NEWS, 'title.sv': '', 'summary.sv': '', action: 'draft' }, krokom);
  assert.equal(response.statusCode, 400);
  assert.match(response.body, /<div class="error-summary" role="alert"/);
  assert.match(response.body, /<a href="#f-title-sv">Rubrik \(svenska\): Fyll i fältet.<\/a>/);
  assert.match(response.body, /<p class="field__error" id="f-title-sv-error">Fyll i fältet.<\/p>/);
  assert.match(response.body, /id="f-title-sv" name="title.sv" type="text" value lang="sv" aria-invalid="true" aria-describedby="f-title-sv-error"/);
  assert.match(response.body, /value="Story time in Krokom"/, 'what was typed stays');
});

test('an event keeps every field: times, repetition, cancelled dates, branch, audiences, sign-up', async () => {
  const response = await postForm(web.app, '/personal/evenemang/ny', {
    library: 'krokom', 'title.sv': 'Läsecirkel', 'summary.sv': 'Vi pratar om böcker.', startsAt: '2026-12-08T18:00', endsAt: '2026-12-08T19:30',
    'recurrence.frequency': 'weekly', 'recurrence.interval': '2', 'recurrence.count': '6', 'recurrence.except': '2026-12-22\n2027-01-05',
    branch: 'krokom-follinge', audiences: ['adults', 'youth'], type: 'reading-group', registrationUrl: 'https://example.se/anmalan', capacity: '12',
    version: '0', action: 'publish',
  }, krokom);
  assert.equal(response.statusCode, 303, response.body.slice(0, 500));
  const form = await get(String(response.headers.location));
  for (const expected of [
    /name="startsAt" type="datetime-local" value="2026-12-08T18:00"/, /<option value="weekly" selected>/, /name="recurrence.interval" type="number" value="2"/,
    /name="recurrence.count" type="number" value="6"/, />2026-12-22\n2027-01-05<\/textarea>/, /<option value="krokom-follinge" selected>Föllinge<\/option>/,
    /value="adults" checked/, /value="youth" checked/, /<option value="reading-group" selected>/, /value="https:\/\/example.se\/anmalan"/, /name="capacity" type="number" value="12"/,
  ]) assert.match(form.body, expected);
});

test('an item can be deleted after a confirmation page', async () => {
  await web.store.putContent({ ...contentMeta('page', 'p-remove', 'krokom'), slug: 'bort', title: { sv: 'Ska bort' }, body: { sv: 'x' }, language: null });
  const confirm = await get('/personal/sidor/p-remove/ta-bort');
  assert.equal(confirm.statusCode, 200);
  assert.match(confirm.body, /<h1>Ta bort sidan\?<\/h1>/);
  assert.match(confirm.body, /href="\/en\/staff\/pages\/p-remove\/delete"/, 'the language switch leads to the same page');
  const response = await postForm(web.app, '/personal/sidor/p-remove/ta-bort', {}, krokom);
  assert.equal(response.statusCode, 303);
  assert.equal(await web.store.getContent('p-remove'), null);
});

test('the English staff pages edit the same items', async () => {
  const response = await postForm(web.app, '/en/staff/e-services/new', {
    library: 'krokom', name: 'Krokoms arkiv', 'description.sv': 'Gamla tidningar.', categories: 'newspapers', url: 'https://example.se/arkiv',
    access: 'on-site', version: '0', action: 'draft',
  }, krokom);
  assert.equal(response.statusCode, 303);
  const form = await get(String(response.headers.location));
  assert.match(form.body, /<html lang="en"/);
  assert.match(form.body, /Saved as a draft./);
  assert.match(form.body, /value="on-site" checked/);
});
