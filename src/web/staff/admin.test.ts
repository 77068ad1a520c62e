// The staff overview, the audit log, the graphic profile and the accessibility reports, through their pages.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { newsInput } from '../../services/content/content.fixtures.ts';
import { buildStaffWeb, loginAs, postForm, type StaffSession, type StaffWeb } from '../../../test/helpers/staff-web.ts';
import { STAFF_PATHS } from './staff-paths.ts';

const P = STAFF_PATHS.sv;

let web: StaffWeb;
let coordinator: StaffSession;
let krokom: StaffSession;
before(async () => {
  web = await buildStaffWeb();
  const { content, actors } = web;
  await content.create(actors.krokom, 'news', newsInput({ status: 'draft', title: { sv: 'Utkast i Krokom' } }));
  await content.create(actors.krokom, 'news', newsInput({ publishAt: '2026-12-10T08:00:00.000Z', title: { sv: 'Schemalagd i Krokom' } }));
  await content.create(actors.are, 'news', newsInput({ library: 'are', status: 'draft', title: { sv: 'Utkast i Åre' } }));
  await content.report({ pageUrl: 'https://example.se/evenemang', description: 'Knappen går inte att nå med tangentbordet.', contact: '' });
  coordinator = await loginAs(web.app, 'coordinator');
  krokom = await loginAs(web.app, 'krokom');
});
after(() => web.app.close());

const page = async (url: string, session: StaffSession) => (await web.app.inject({ url, headers: { cookie: session.cookie } })).body;
const countsRow = (html: string, kind: string) => new RegExp(`<a href="${P.news}">${kind}</a></th><td class="staff-table__number">(\\d+)</td><td class="staff-table__number">(\\d+)</td>`).exec(html)?.slice(1);

test('the overview counts an editor\'s own drafts and scheduled items, a coordinator\'s across the county', async () => {
  assert.deepEqual(countsRow(await page(P.home, krokom), 'Nyheter'), ['1', '1']);
  assert.deepEqual(countsRow(await page(P.home, coordinator), 'Nyheter'), ['2', '1']);
});

test('the overview shows a coordinator the open accessibility reports and everyone the source health link', async () => {
  const html = await page(P.home, coordinator);
  assert.match(html, /1 obehandlad rapport om brister i tillgängligheten/);
  assert.match(html, /<a href="\/kallor">Katalogkällornas status<\/a>/);
  assert.doesNotMatch(await page(P.home, krokom), /obehandlad rapport/);
});

test('the audit log shows an editor their library\'s lines only, a coordinator everything', async () => {
  const mine = await page(P.audit, krokom);
  assert.match(mine, /Utkast i Krokom/);
  assert.doesNotMatch(mine, /Utkast i Åre/);
  assert.doesNotMatch(mine, /name="library"/, 'an editor has no library filter');
  const all = await page(P.audit, coordinator);
  assert.match(all, /Utkast i Krokom/);
  assert.match(all, /Utkast i Åre/);
  const filtered = await page(`${P.audit}?library=are`, coordinator);
  assert.match(filtered, /Utkast i Åre/);
  assert.doesNotMatch(filtered, /Utkast i Krokom/);
  // An editor asking for another library gets their own anyway: the filter is the coordinator's.
  assert.doesNotMatch(await page(`${P.audit}?library=are`, krokom), /Utkast i Åre/);
  assert.equal((await web.app.inject({ url: `${P.audit}?page=0`, headers: { cookie: coordinator.cookie } })).statusCode, 400);
  assert.equal((await web.app.inject({ url: `${P.audit}?library=nowhere`, headers: { cookie: coordinator.cookie } })).statusCode, 400);
});

test('the audit log pages backwards through time, 50 lines a page', async () => {
  for (let i = 0; i < 55; i++) await web.content.create(web.actors.are, 'news', newsInput({ library: 'are', status: 'draft', title: { sv: `Rad ${i}` } }));
  const first = await page(`${P.audit}?library=are`, coordinator);
  assert.match(first, /<a class="pager__step" href="\/personal\/logg\?library=are&amp;page=2" rel="next">Äldre<\/a>/);
  const second = await page(`${P.audit}?library=are&page=2`, coordinator);
  assert.match(second, /rel="prev">Nyare</);
  assert.doesNotMatch(second, /rel="next"/);
  assert.equal((first.match(/<tr>/g)?.length ?? 0) - 1, 50);
});

test('the graphic profile shows each colour\'s contrast and saves a good one', async () => {
  const form = await page(P.profile, coordinator);
  assert.match(form, /Kontrast mot vitt: 9,17:1 – räcker för text/);
  assert.match(form, /<img class="colour-field__swatch" src="data:image\/svg\+xml,/);
  const saved = await postForm(web.app, P.profile, { primary: '#1a4480', accent: '#8a3615', 'tagline.sv': 'Läs mer i Jämtland', 'tagline.en': '', version: '0' }, coordinator);
  assert.equal(saved.statusCode, 303);
  const after = await page(saved.headers.location!, coordinator);
  assert.match(after, /role="status">Den grafiska profilen är sparad/);
  assert.match(after, /value="#1a4480"/);
  assert.equal((await web.content.site()).tagline?.sv, 'Läs mer i Jämtland');
});

test('a colour too light for text comes back beside its field with its contrast', async () => {
  const version = String((await web.content.site()).version);
  const response = await postForm(web.app, P.profile, { primary: '#ffdd00', accent: 'red', 'tagline.sv': '', 'tagline.en': '', version }, coordinator);
  assert.equal(response.statusCode, 400);
  assert.match(response.body, /id="f-primary-error">Färgen är för ljus/);
  assert.match(response.body, /Kontrast mot vitt: 1,\d\d:1 – för lite för text/);
  assert.match(response.body, /id="f-accent-error">Skriv färgen som #/);
  assert.match(response.body, /<a href="#f-primary">/);
});

test('a profile saved by someone else meanwhile comes back with the current values and says so', async () => {
  const before = await web.content.site();
  const stale = String(before.version);
  await web.content.saveSiteProfile(web.actors.coordinator, { primary: '#1a4480', accent: '#8a3615', tagline: { sv: 'Av någon annan' } }, before.version);
  const response = await postForm(web.app, P.profile, { primary: '#000000', accent: '#000000', 'tagline.sv': 'Gammal', 'tagline.en': '', version: stale }, coordinator);
  assert.equal(response.statusCode, 409);
  assert.match(response.body, /Någon annan har ändrat det här/);
  assert.match(response.body, /value="#1a4480"/);
  assert.match(response.body, new RegExp(`name="version" value="${(await web.content.site()).version}"`));
});

test('a coordinator reads the accessibility reports and marks one handled', async () => {
  const html = await page(P.reports, coordinator);
  assert.match(html, /Knappen går inte att nå med tangentbordet/);
  const id = /action="\/personal\/rapporter\/(\d+)"/.exec(html)?.[1];
  assert.ok(id);
  const marked = await postForm(web.app, `${P.reports}/${id}`, {}, coordinator);
  assert.equal(marked.statusCode, 303);
  const after = await page(marked.headers.location!, coordinator);
  assert.match(after, /role="status">Rapporten är markerad som behandlad/);
  assert.match(after, /Inga obehandlade rapporter/);
  assert.equal((await postForm(web.app, `${P.reports}/999`, {}, coordinator)).statusCode, 404);
});

test('English staff pages are in English, with the language switch leading to the same staff page', async () => {
  const html = await page(STAFF_PATHS.en.audit, coordinator);
  assert.match(html, /<h1>Change log<\/h1>/);
  assert.match(html, /<a href="\/personal\/logg" lang="sv" hreflang="sv">/);
  assert.match(html, /<span lang="sv">/, 'the Swedish summaries are marked as Swedish');
});
