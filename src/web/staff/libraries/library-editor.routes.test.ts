// Library and branch profiles through their forms: opening hours typed into plain rows come out as the hours the
// public pages show; empty rows are left out and a problem lands on the row it came from; bus stops; who may.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildStaffWeb, loginAs, postForm, type StaffSession, type StaffWeb } from '../../../../test/helpers/staff-web.ts';

let web: StaffWeb;
let krokom: StaffSession;
let are: StaffSession;
before(async () => {
  web = await buildStaffWeb();
  [krokom, are] = await Promise.all([loginAs(web.app, 'krokom'), loginAs(web.app, 'are')]);
});
after(() => web.app.close());

const BRANCH = '/personal/bibliotek/krokom/krokom-krokom';
const S1 = 'openingHours.schedules.1';
const ROWS = { 'rows.schedules': '2', 'rows.exceptions': '3', 'rows.notes': '1', 'rows.busStops': '0' };
/** The first schedule row and the first two exception rows are left empty on purpose. */
const HOURS = {
  ...ROWS, version: '0', 'openingHours.onHolidays': 'self-service',
  [`${S1}.days.mon.0.from`]: '10:00', [`${S1}.days.mon.0.to`]: '19:00', [`${S1}.days.mon.0.service`]: 'staffed',
  [`${S1}.days.mon.1.from`]: '07:00', [`${S1}.days.mon.1.to`]: '22:00', [`${S1}.days.mon.1.service`]: 'self-service',
  [`${S1}.days.wed.2.from`]: '10:00', [`${S1}.days.wed.2.to`]: '14:00', [`${S1}.days.wed.2.service`]: 'staffed',
  'openingHours.exceptions.2.date': '2026-12-07', 'openingHours.exceptions.2.closed': '1', 'openingHours.exceptions.2.note.sv': 'Personalutbildning',
  'address.street': 'Kyrkvägen 1', 'address.postalCode': '83531', 'address.city': 'Krokom', services: ['wifi', 'meroppet'],
};

const get = (url: string, session = krokom) => web.app.inject({ url, headers: { cookie: session.cookie } });

test('opening hours typed into the form are the hours the public pages read', async () => {
  const response = await postForm(web.app, BRANCH, { ...HOURS, action: 'save' }, krokom);
  assert.equal(response.statusCode, 303, response.body.slice(0, 300));
  assert.equal(response.headers.location, `${BRANCH}?saved=1`);
  const views = await web.content.libraries();
  const branch = views.find((v) => v.library.id === 'krokom')!.branches.find((b) => b.branch.id === 'krokom-krokom')!;
  assert.deepEqual(branch.branch.openingHours, {
    demo: false, onHolidays: 'self-service',
    schedules: [{
      days: {
        mon: [{ from: '10:00', to: '19:00', service: 'staffed' }, { from: '07:00', to: '22:00', service: 'self-service' }],
        wed: [{ from: '10:00', to: '14:00', service: 'staffed' }],
      },
    }],
    exceptions: [{ date: '2026-12-07', hours: [], note: { sv: 'Personalutbildning' } }],
    notes: [],
  });
  assert.deepEqual(branch.profile?.address, { street: 'Kyrkvägen 1', postalCode: '835 31', city: 'Krokom' });
  assert.deepEqual(branch.profile?.services, ['wifi', 'meroppet']);
  const publicPage = await web.app.inject('/bibliotek/krokom-krokom');
  assert.match(publicPage.body, /<th scope="row">Måndag <span class="hours-table__date">30 nov.<\/span><\/th><td>10:00–19:00<\/td><td>07:00–22:00<\/td>/);
  assert.match(publicPage.body, /Personalutbildning/);

  const form = await get(`${BRANCH}?saved=1`);
  assert.match(form.body, /<p class="status-message" role="status">Sparat.<\/p>/);
  assert.match(form.body, /name="openingHours.schedules.0.days.mon.0.from"[^>]* value="10:00"/, 'saved rows come back first');
  assert.match(form.body, /Personalutbildning/, 'the preview shows the exception in the coming month');
});

test('a problem lands on the row it came from, even when empty rows were left out before it', async () => {
  const response = await postForm(web.app, BRANCH, { ...HOURS, version: '1', [`${S1}.days.wed.2.to`]: '09:00', action: 'save' }, krokom);
  assert.equal(response.statusCode, 400);
  const id = 'f-openingHours-schedules-1-days-wed-2-to';
  assert.match(response.body, new RegExp(`<a href="#${id}">Veckoschema 2, onsdag, tid 3: till: Slutet måste komma efter början.</a>`));
  assert.match(response.body, new RegExp(`id="${id}" name="${S1}.days.wed.2.to"[^>]* value="09:00" aria-invalid="true" aria-describedby="${id}-error"`));
  assert.match(response.body, new RegExp(`<p class="field__error interval__error" id="${id}-error">Slutet måste komma efter början.</p>`));
  const exception = await postForm(web.app, BRANCH, { ...HOURS, version: '1', 'openingHours.exceptions.2.closed': '', action: 'save' }, krokom);
  assert.equal(exception.statusCode, 400);
  assert.match(exception.body, /Kryssa i stängt eller fyll i tider./);
});

test('"Förhandsgranska tiderna" and "Lägg till rader" show the form again and save nothing', async () => {
  const stored = await web.store.branchProfiles();
  const preview = await postForm(web.app, BRANCH, { ...HOURS, version: '1', [`${S1}.days.fri.0.from`]: '09:00', [`${S1}.days.fri.0.to`]: '16:00', action: 'preview' }, krokom);
  assert.equal(preview.statusCode, 200);
  assert.match(preview.body, /Så här visas det/);
  assert.match(preview.body, /09:00–16:00/);
  const more = await postForm(web.app, BRANCH, { ...HOURS, version: '1', action: 'rows' }, krokom);
  assert.match(more.body, /name="rows.schedules" value="3"/);
  assert.match(more.body, /name="openingHours.schedules.2.days.mon.0.from"/);
  assert.match(more.body, /name="openingHours.exceptions.5.date"/);
  assert.deepEqual(await web.store.branchProfiles(), stored);
});

test('a stale branch form is a conflict; nothing is overwritten', async () => {
  const response = await postForm(web.app, BRANCH, { ...HOURS, version: '0', 'address.city': 'Annanstans', action: 'save' }, krokom);
  assert.equal(response.statusCode, 409);
  assert.match(response.body, /Någon annan sparade profilen/);
  assert.match(response.body, /name="version" value="1"/);
  assert.equal((await web.store.branchProfiles()).find((p) => p.branch === 'krokom-krokom')!.address?.city, 'Krokom');
});

test("a library bus's stops: eight empty rows to fill in, empty ones left out", async () => {
  const form = await get('/personal/bibliotek/krokom/krokom-bussen');
  assert.match(form.body, /name="busStops.7.name"/);
  assert.doesNotMatch(form.body, /name="busStops.8.name"/);
  const response = await postForm(web.app, '/personal/bibliotek/krokom/krokom-bussen', {
    version: '0', 'rows.schedules': '1', 'rows.exceptions': '0', 'rows.notes': '0', 'rows.busStops': '8', 'openingHours.onHolidays': 'closed',
    'busStops.3.name': 'Nälden', 'busStops.3.place': 'Vid skolan', 'busStops.3.weekday': 'tue', 'busStops.3.from': '13:00', 'busStops.3.to': '13:30', 'busStops.3.weeks': 'odd',
    action: 'save',
  }, krokom);
  assert.equal(response.statusCode, 303, response.body.slice(0, 300));
  const profile = (await web.store.branchProfiles()).find((p) => p.branch === 'krokom-bussen')!;
  assert.deepEqual(profile.busStops, [{ name: 'Nälden', place: 'Vid skolan', weekday: 'tue', from: '13:00', to: '13:30', weeks: 'odd' }]);
  assert.equal(profile.openingHours, null, 'no hours typed: the configured ones apply');
});

test("a library's profile saves, and a colour too light to read is shown beside its field", async () => {
  const fields = { version: '0', 'description.sv': 'Krokoms bibliotek finns i Krokom och Föllinge.', website: 'https://example.se/krokom', accent: '#f0e68c' };
  const light = await postForm(web.app, '/personal/bibliotek/krokom', fields, krokom);
  assert.equal(light.statusCode, 400);
  assert.match(light.body, /<p class="field__error" id="f-accent-error">Färgen är för ljus mot vitt; kontrasten måste vara minst 4,5:1.<\/p>/);
  const saved = await postForm(web.app, '/personal/bibliotek/krokom', { ...fields, accent: '#0d4f5c' }, krokom);
  assert.equal(saved.statusCode, 303);
  const view = (await web.content.libraries()).find((v) => v.library.id === 'krokom')!;
  assert.equal(view.profile?.website, 'https://example.se/krokom');
  assert.equal(view.profile?.accent, '#0d4f5c');
});

test("an Åre editor can neither see nor change Krokom's profiles", async () => {
  for (const url of ['/personal/bibliotek/krokom', BRANCH]) assert.equal((await get(url, are)).statusCode, 403, url);
  assert.equal((await postForm(web.app, BRANCH, { ...HOURS, version: '1', action: 'save' }, are)).statusCode, 403);
  assert.equal((await postForm(web.app, BRANCH, { ...HOURS, version: '1', action: 'preview' }, are)).statusCode, 403);
  assert.equal((await postForm(web.app, '/personal/bibliotek/krokom', { version: '1' }, are)).statusCode, 403);
  const index = await get('/personal/bibliotek', are);
  assert.match(index.body, /Åre bibliotek/);
  assert.doesNotMatch(index.body, /Krokoms bibliotek/);
  assert.equal((await get('/personal/bibliotek/nowhere', are)).statusCode, 404);
});
