// A coordinator's branch forms through the web: an added pick-up point is on /bibliotek and has its own page in both
// languages; a hidden branch is gone from the lists and its page is 404 until shown again; a rename shows; an
// editor sees none of the forms and a forged post is refused.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildStaffWeb, loginAs, postForm, type StaffSession, type StaffWeb } from '../../../../test/helpers/staff-web.ts';

let web: StaffWeb;
let coordinator: StaffSession;
let krokom: StaffSession;
before(async () => {
  web = await buildStaffWeb();
  [coordinator, krokom] = await Promise.all([loginAs(web.app, 'coordinator'), loginAs(web.app, 'krokom')]);
});
after(() => web.app.close());

const LIBRARY = '/personal/bibliotek/krokom';
const FOLLINGE = `${LIBRARY}/krokom-follinge`;
const NALDEN = { action: 'add-branch', 'newBranch.id': 'krokom-nalden', 'newBranch.name': 'Näldens utlämningsställe', 'newBranch.kind': 'pickup' };
/** A branch form with nothing typed but what a test adds. */
const EMPTY_BRANCH_FORM = { 'rows.schedules': '1', 'rows.exceptions': '0', 'rows.notes': '0', 'rows.busStops': '0', 'openingHours.onHolidays': 'closed', action: 'save' };

const get = (url: string, session?: StaffSession) => web.app.inject({ url, headers: session ? { cookie: session.cookie } : {} });
const publicList = async () => (await get('/bibliotek')).body;

describe('adding a branch', () => {
  test('a pick-up point added through the form is on /bibliotek and has its own page in both languages', async () => {
    const form = await get(LIBRARY, coordinator);
    assert.match(form.body, /<h3 id="add-branch-title">Lägg till filial eller hållplats<\/h3>/);
    assert.match(form.body, /källans filialkarta/, 'the form says holdings need IT');
    const response = await postForm(web.app, LIBRARY, NALDEN, coordinator);
    assert.equal(response.statusCode, 303, response.body.slice(0, 300));
    assert.equal(response.headers.location, `${LIBRARY}/krokom-nalden?added=1`);
    const next = await get(`${LIBRARY}/krokom-nalden?added=1`, coordinator);
    assert.match(next.body, /Tillagd. Fyll i adress, kontakt och öppettider nedan./);
    assert.match(next.body, /inga bestånd visas här förrän IT/);

    assert.match(await publicList(), /<a class="branch-row__name" href="\/bibliotek\/krokom-nalden">Näldens utlämningsställe<\/a><span class="lib-tag">Utlämningsställe<\/span>/);
    const page = await get('/bibliotek/krokom-nalden');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>Näldens utlämningsställe<\/h1>/);
    assert.equal((await get('/en/libraries/krokom-nalden')).statusCode, 200);
    assert.match((await get('/sitemap.xml')).body, /\/bibliotek\/krokom-nalden/);
    assert.match((await get(LIBRARY, coordinator)).body, /Näldens utlämningsställe<\/a> \(utlämningsställe, tillagd av personal\)/);
  });

  test('a taken id and a missing name are shown next to their fields, with what was typed', async () => {
    const response = await postForm(web.app, LIBRARY, { ...NALDEN, 'newBranch.id': 'krokom-follinge', 'newBranch.name': '' }, coordinator);
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /<p class="field__error" id="f-newBranch-id-error">Ett bibliotek eller en filial har redan det id:t.<\/p>/);
    assert.match(response.body, /<p class="field__error" id="f-newBranch-name-error">Fyll i fältet.<\/p>/);
    assert.match(response.body, /<a href="#f-newBranch-id">Id: Ett bibliotek eller en filial har redan det id:t.<\/a>/);
    assert.match(response.body, /name="newBranch.id" type="text" value="krokom-follinge"/);
    const bad = await postForm(web.app, LIBRARY, { ...NALDEN, 'newBranch.id': 'Nälden' }, coordinator);
    assert.match(bad.body, /id="f-newBranch-id-error">Bara a–z, 0–9 och bindestreck./);
  });
});

describe('hiding a branch', () => {
  test('a hidden branch is gone from the lists and its page is 404 until it is shown again', async () => {
    assert.match((await get(LIBRARY, coordinator)).body, /<button class="button button--secondary" type="submit" name="action" value="hide">Dölj<span class="visually-hidden">: Föllinge<\/span>/);
    const hide = await postForm(web.app, FOLLINGE, { action: 'hide', version: '0' }, coordinator);
    assert.equal(hide.statusCode, 303);
    assert.equal(hide.headers.location, `${LIBRARY}?branch=hidden`);
    assert.equal((await get('/bibliotek/krokom-follinge')).statusCode, 404);
    assert.equal((await get('/en/libraries/krokom-follinge')).statusCode, 404);
    assert.doesNotMatch(await publicList(), /krokom-follinge/);
    assert.doesNotMatch((await get('/sitemap.xml')).body, /krokom-follinge/);
    assert.doesNotMatch((await get('/bibliotek/krokom')).body, /krokom-follinge/);

    const staff = await get(`${LIBRARY}?branch=hidden`, coordinator);
    assert.match(staff.body, /Filialen är dold för invånarna./);
    assert.match(staff.body, /Föllinge<\/a> \(dold\)/);
    assert.match(staff.body, /value="show">Visa igen/);
    assert.match((await get(FOLLINGE, krokom)).body, /Dold för invånarna/, "the editor still edits the branch's profile");

    const stale = await postForm(web.app, FOLLINGE, { action: 'show', version: '0' }, coordinator);
    assert.equal(stale.statusCode, 409);
    assert.match(stale.body, /Någon annan ändrade filialen under tiden/);
    assert.equal((await postForm(web.app, FOLLINGE, { action: 'show', version: '1' }, coordinator)).statusCode, 303);
    assert.equal((await get('/bibliotek/krokom-follinge')).statusCode, 200);
    assert.match(await publicList(), /href="\/bibliotek\/krokom-follinge"/);
  });
});

test("a coordinator renames a configured branch on its form; residents see the new name", async () => {
  const form = await get(`${LIBRARY}/krokom-krokom`, coordinator);
  assert.match(form.body, /<label class="field__label" for="f-name">Namn på webbplatsen<\/label>/);
  assert.match(form.body, /namnet i konfigurationen: Krokom./);
  const response = await postForm(web.app, `${LIBRARY}/krokom-krokom`, { ...EMPTY_BRANCH_FORM, version: '0', name: 'Krokoms huvudbibliotek' }, coordinator);
  assert.equal(response.statusCode, 303, response.body.slice(0, 300));
  assert.match((await get('/bibliotek/krokom-krokom')).body, /<h1>Krokoms huvudbibliotek<\/h1>/);
});

test("an editor sees none of the coordinator's forms, and a forged post is refused with nothing changed", async () => {
  const page = (await get(LIBRARY, krokom)).body;
  assert.doesNotMatch(page, /Lägg till filial/);
  assert.doesNotMatch(page, /value="hide"/);
  assert.doesNotMatch((await get(`${LIBRARY}/krokom-bussen`, krokom)).body, /name="name"/);
  const before = await web.store.branchProfiles();
  assert.equal((await postForm(web.app, LIBRARY, { ...NALDEN, 'newBranch.id': 'krokom-ytterberg' }, krokom)).statusCode, 403);
  assert.equal((await postForm(web.app, `${LIBRARY}/krokom-bussen`, { action: 'hide', version: '0' }, krokom)).statusCode, 403);
  assert.equal((await postForm(web.app, `${LIBRARY}/krokom-bussen`, { ...EMPTY_BRANCH_FORM, version: '0', name: 'Bokbuss 2' }, krokom)).statusCode, 403);
  assert.equal((await postForm(web.app, '/personal/bibliotek/berg', { ...NALDEN, 'newBranch.id': 'berg-ny' }, krokom)).statusCode, 403);
  assert.equal((await postForm(web.app, `${LIBRARY}/krokom-bussen`, { action: 'hide', version: '0' }, coordinator, { csrf: false })).statusCode, 403, 'no CSRF token');
  assert.deepEqual(await web.store.branchProfiles(), before);
});

test('the English library page has the same forms in English', async () => {
  const page = (await get('/en/staff/libraries/krokom', coordinator)).body;
  assert.match(page, /Add a branch or stop/);
  assert.match(page, /<label class="choice__label" for="f-newBranch-kind-2">Pick-up point<\/label>/);
  assert.match(page, /value="hide">Hide<span class="visually-hidden">: Krokoms huvudbibliotek<\/span>/);
});

test("an added branch is a venue to choose in the event form, under its library's name", async () => {
  await postForm(web.app, LIBRARY, { ...NALDEN, 'newBranch.id': 'krokom-rise', 'newBranch.name': 'Rise hållplats' }, coordinator);
  const form = await get('/personal/evenemang/ny', krokom);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /<option value="krokom-rise"[^>]*>Rise hållplats<\/option>/);
});
