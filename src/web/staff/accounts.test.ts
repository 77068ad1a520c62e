// Staff accounts through the coordinator's forms: a new account gets a mailed link to choose its password, a taken or
// malformed e-mail comes back next to its field, changes and deactivation take effect (a deactivated person is out).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildStaffWeb, formToken, loginAs, postForm, STAFF_MEMBERS, type StaffSession, type StaffWeb } from '../../../test/helpers/staff-web.ts';
import { STAFF_PATHS } from './staff-paths.ts';

const ACCOUNTS = STAFF_PATHS.sv.accounts;

let web: StaffWeb;
let coordinator: StaffSession;
before(async () => {
  web = await buildStaffWeb();
  coordinator = await loginAs(web.app, 'coordinator');
});
after(() => web.app.close());

test('the list shows every account with role and library, each linking to its form', async () => {
  const html = (await web.app.inject({ url: ACCOUNTS, headers: { cookie: coordinator.cookie } })).body;
  for (const member of Object.values(STAFF_MEMBERS)) assert.match(html, new RegExp(member.email.replace('.', '\\.')));
  assert.match(html, new RegExp(`<a href="${ACCOUNTS}/${web.accounts.krokom.id}">Kim Krokom</a>`));
  assert.match(html, /<td>Redaktör<\/td><td>Krokoms bibliotek<\/td>/);
});

test('a new account is created and its owner is mailed a link to choose a password, which works', async () => {
  const response = await postForm(web.app, ACCOUNTS, { name: 'Berit Berg', email: 'Berit.Berg@Example.se', role: 'editor', library: 'berg' }, coordinator);
  assert.equal(response.statusCode, 303);
  assert.equal(response.headers.location, `${ACCOUNTS}?done=created&who=berit.berg%40example.se`);
  const listed = await web.app.inject({ url: response.headers.location, headers: { cookie: coordinator.cookie } });
  assert.match(listed.body, /role="status">Kontot för berit\.berg@example\.se är skapat/);
  const link = web.mailer.lastLink('berit.berg@example.se');
  assert.ok(link?.startsWith(`http://localhost:80${STAFF_PATHS.sv.resetPassword}`), link ?? 'no link');
  const path = new URL(link!).pathname;
  const form = await formToken(web.app, path);
  assert.match(form.response.body, /autocomplete="new-password"/);
  const set = await postForm(web.app, path, { password: 'bergs bibliotek i svenstavik', confirm: 'bergs bibliotek i svenstavik' }, form);
  assert.equal(set.statusCode, 303);
  await loginAs(web.app, { email: 'berit.berg@example.se', password: 'bergs bibliotek i svenstavik' });
});

test('a taken e-mail, a malformed one and an editor without a library come back next to their fields', async () => {
  const taken = await postForm(web.app, ACCOUNTS, { name: 'Dubblett', email: STAFF_MEMBERS.are.email, role: 'editor', library: 'are' }, coordinator);
  assert.equal(taken.statusCode, 409);
  assert.match(taken.body, /<p class="field__error" id="f-email-error">Det finns redan ett konto med den e-postadressen<\/p>/);
  assert.match(taken.body, /value="Dubblett"/, 'what was typed is kept');
  const bad = await postForm(web.app, ACCOUNTS, { name: '', email: 'inte-en-adress', role: 'editor', library: '' }, coordinator);
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /id="f-email-error">Skriv en e-postadress som namn@exempel\.se</);
  assert.match(bad.body, /id="f-name-error">Fyll i det här fältet</);
  assert.match(bad.body, /<div class="error-summary"[^]*href="#f-name"[^]*<\/div>/);
  const noLibrary = await postForm(web.app, ACCOUNTS, { name: 'Ny', email: 'ny@example.se', role: 'editor', library: '' }, coordinator);
  assert.equal(noLibrary.statusCode, 400);
  assert.match(noLibrary.body, /id="f-library-error">Fyll i det här fältet</);
  assert.equal(web.mailer.to('ny@example.se').length, 0);
});

test('a coordinator changes an account\'s role and library; deactivating it ends that person\'s session at once', async () => {
  const are = await loginAs(web.app, 'are');
  const url = `${ACCOUNTS}/${web.accounts.are.id}`;
  const form = await web.app.inject({ url, headers: { cookie: coordinator.cookie } });
  assert.match(form.body, /<option value="are" selected>Åre bibliotek<\/option>/);
  assert.match(form.body, /name="active" value="1" checked/);
  const moved = await postForm(web.app, url, { name: 'Åsa Åre', role: 'editor', library: 'ostersund', active: '1' }, coordinator);
  assert.equal(moved.statusCode, 303);
  assert.equal((await web.auth.session(are.cookie.split('samverka_staff=')[1]!))?.library, 'ostersund');
  const off = await postForm(web.app, url, { name: 'Åsa Åre', role: 'editor', library: 'ostersund' }, coordinator);
  assert.equal(off.statusCode, 303);
  assert.equal((await web.app.inject({ url: STAFF_PATHS.sv.home, headers: { cookie: are.cookie } })).statusCode, 303);
  const list = await web.app.inject({ url: ACCOUNTS, headers: { cookie: coordinator.cookie } });
  assert.match(list.body, /Åsa Åre<\/a> <span class="badge">Avstängt<\/span>/);
});

test('a coordinator cannot deactivate or demote themself: the form says why', async () => {
  const url = `${ACCOUNTS}/${web.accounts.coordinator.id}`;
  const self = await postForm(web.app, url, { name: 'Sara Samordnare', role: 'coordinator', library: '' }, coordinator);
  assert.equal(self.statusCode, 400);
  assert.match(self.body, /id="f-active-error">Du kan inte stänga av ditt eget konto/);
  const demote = await postForm(web.app, url, { name: 'Sara Samordnare', role: 'editor', library: 'krokom', active: '1' }, coordinator);
  assert.equal(demote.statusCode, 400);
  assert.match(demote.body, /id="f-role-error">Du kan inte/);
  assert.equal((await web.auth.accounts(web.actors.coordinator)).find((a) => a.id === web.accounts.coordinator.id)?.role, 'coordinator');
});

test('an unknown account is not found', async () => {
  assert.equal((await web.app.inject({ url: `${ACCOUNTS}/s-unknown`, headers: { cookie: coordinator.cookie } })).statusCode, 404);
  assert.equal((await postForm(web.app, `${ACCOUNTS}/s-unknown`, { name: 'X', role: 'editor', library: 'are' }, coordinator)).statusCode, 404);
});
