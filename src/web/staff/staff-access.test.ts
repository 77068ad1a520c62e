// Nobody reaches the staff area without a session: every staff route — read from the app, so routes added later are
// covered too — sends a GET to the login form and refuses a POST. Roles: an editor cannot open the coordinator's pages.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildFakeWebApp } from '../../../test/fakes/fake-web-app.ts';
import { buildStaffWeb, formToken, loginAs, postForm, type StaffSession, type StaffWeb } from '../../../test/helpers/staff-web.ts';
import { staffRoutesOf } from './staff.routes.tsx';
import { STAFF_PATHS } from './staff-paths.ts';

let web: StaffWeb;
let editor: StaffSession;
let coordinator: StaffSession;
before(async () => {
  web = await buildStaffWeb();
  editor = await loginAs(web.app, 'krokom');
  coordinator = await loginAs(web.app, 'coordinator');
});
after(() => web.app.close());

/** A concrete address for a route pattern: ids and tokens filled in with values of the right shape. */
const concrete = (url: string) => url.replace(/:token/g, 'A'.repeat(43)).replace(/:[A-Za-z]+/g, 'x1');

test('the staff area has routes in both languages, the editors\' included', () => {
  const urls = staffRoutesOf(web.app).map((r) => r.url);
  for (const path of [STAFF_PATHS.sv.home, STAFF_PATHS.en.home, STAFF_PATHS.sv.accounts, STAFF_PATHS.en.login, STAFF_PATHS.sv.logout]) {
    assert.ok(urls.includes(path), path);
  }
  assert.ok(urls.length >= 30, `only ${urls.length} staff routes`);
});

test('every GET of a staff page without a session goes to the login form, with the page to come back to', async () => {
  for (const route of staffRoutesOf(web.app).filter((r) => r.method === 'GET' && !r.public)) {
    const url = concrete(route.url);
    const response = await web.app.inject(url);
    assert.equal(response.statusCode, 303, url);
    const login = url.startsWith('/en/') ? STAFF_PATHS.en.login : STAFF_PATHS.sv.login;
    const home = url.startsWith('/en/') ? STAFF_PATHS.en.home : STAFF_PATHS.sv.home;
    assert.equal(response.headers.location, url === home ? login : `${login}?next=${encodeURIComponent(url)}`, url);
  }
});

test('every POST to a staff route without a session is refused with 401, CSRF token or not', async () => {
  const form = await formToken(web.app, STAFF_PATHS.sv.login);
  for (const route of staffRoutesOf(web.app).filter((r) => r.method === 'POST' && !r.public)) {
    const url = concrete(route.url);
    for (const response of [await postForm(web.app, url, {}), await postForm(web.app, url, { title: 'x' }, form)]) {
      assert.equal(response.statusCode, 401, url);
      assert.match(response.body, /<h1>(Du är inte inloggad|You are not logged in)<\/h1>/, url);
      assert.equal(response.headers['cache-control'], 'no-store', url);
    }
  }
});

test('a session cookie that is unknown or malformed counts as none', async () => {
  for (const cookie of ['samverka_staff=' + 'B'.repeat(43), 'samverka_staff=<script>', 'samverka_staff=']) {
    const response = await web.app.inject({ url: STAFF_PATHS.sv.audit, headers: { cookie } });
    assert.equal(response.statusCode, 303, cookie);
  }
});

test('only the login and password-reset forms are open without a session, and their POSTs need the CSRF token', async () => {
  const open = staffRoutesOf(web.app).filter((r) => r.public);
  const expected = (['login', 'forgotPassword'] as const).flatMap((k) => [STAFF_PATHS.sv[k], STAFF_PATHS.en[k]])
    .concat([`${STAFF_PATHS.sv.resetPassword}:token`, `${STAFF_PATHS.en.resetPassword}:token`]);
  assert.deepEqual([...new Set(open.map((r) => r.url))].sort(), expected.sort());
  for (const route of open) {
    const url = concrete(route.url);
    if (route.method === 'GET') assert.equal((await web.app.inject(url)).statusCode, 200, url);
    else assert.equal((await postForm(web.app, url, { email: 'a@example.se', password: 'x' })).statusCode, 403, url);
  }
});

test('staff pages are private and unindexed: no-store and noindex on pages, redirects and errors alike', async () => {
  const responses = [
    await web.app.inject(STAFF_PATHS.sv.login),
    await web.app.inject(STAFF_PATHS.en.accounts),
    await web.app.inject({ url: STAFF_PATHS.sv.home, headers: { cookie: editor.cookie } }),
    await web.app.inject({ url: STAFF_PATHS.sv.accounts, headers: { cookie: editor.cookie } }),
    await web.app.inject({ url: `${STAFF_PATHS.sv.accounts}/nobody`, headers: { cookie: coordinator.cookie } }),
  ];
  for (const response of responses) {
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.equal(response.headers['x-robots-tag'], 'noindex');
  }
  assert.match(responses[2]!.body, /<meta name="robots" content="noindex"\/>/);
  assert.equal(responses[4]!.statusCode, 404);
});

test('an editor cannot open or change accounts, the graphic profile or the reports; a coordinator can', async () => {
  const coordinatorOnly = [STAFF_PATHS.sv.accounts, `${STAFF_PATHS.sv.accounts}/ny`, STAFF_PATHS.sv.profile, STAFF_PATHS.sv.reports, STAFF_PATHS.en.accounts, STAFF_PATHS.en.profile, STAFF_PATHS.en.reports];
  for (const url of coordinatorOnly) {
    const refused = await web.app.inject({ url, headers: { cookie: editor.cookie } });
    assert.equal(refused.statusCode, 403, url);
    assert.match(refused.body, /<h1>(Du har inte behörighet|You are not allowed to do this)<\/h1>/);
    assert.equal((await web.app.inject({ url, headers: { cookie: coordinator.cookie } })).statusCode, 200, url);
  }
  const posts: [string, Record<string, string>][] = [
    [STAFF_PATHS.sv.accounts, { email: 'ny@example.se', name: 'Ny', role: 'coordinator', library: '' }],
    [`${STAFF_PATHS.sv.accounts}/${web.accounts.krokom.id}`, { name: 'Kim', role: 'coordinator', library: '', active: '1' }],
    [STAFF_PATHS.sv.profile, { primary: '#000000', accent: '#000000', version: '0' }],
    [`${STAFF_PATHS.sv.reports}/1`, {}],
  ];
  for (const [url, fields] of posts) assert.equal((await postForm(web.app, url, fields, editor)).statusCode, 403, url);
  assert.equal((await web.auth.accounts(web.actors.coordinator)).find((a) => a.id === web.accounts.krokom.id)?.role, 'editor');
});

test('the staff menu shows an editor only what they may use', async () => {
  const menuOf = async (session: StaffSession) => {
    const html = (await web.app.inject({ url: STAFF_PATHS.sv.home, headers: { cookie: session.cookie } })).body;
    return [...(/<nav class="staff-menu"[^]*?<\/nav>/.exec(html)?.[0] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
  };
  const editorMenu = await menuOf(editor);
  assert.ok(editorMenu.includes(STAFF_PATHS.sv.news) && editorMenu.includes(`${STAFF_PATHS.sv.libraries}krokom`));
  for (const hidden of [STAFF_PATHS.sv.accounts, STAFF_PATHS.sv.profile, STAFF_PATHS.sv.reports]) assert.ok(!editorMenu.includes(hidden), hidden);
  const coordinatorMenu = await menuOf(coordinator);
  for (const shown of [STAFF_PATHS.sv.accounts, STAFF_PATHS.sv.profile, STAFF_PATHS.sv.reports, STAFF_PATHS.sv.audit]) assert.ok(coordinatorMenu.includes(shown), shown);
});

test('without staff ports there is no staff area, and its address says so', async () => {
  const { app } = await buildFakeWebApp();
  try {
    const home = await app.inject(STAFF_PATHS.sv.home);
    assert.equal(home.statusCode, 404);
    assert.match(home.body, /Personalsidorna är inte igång/);
    assert.equal((await app.inject(STAFF_PATHS.sv.login)).statusCode, 404);
    assert.deepEqual(staffRoutesOf(app), []);
  } finally {
    await app.close();
  }
});

test('staff pages carry no inline script, style or event handler (the CSP forbids them)', async () => {
  for (const url of [STAFF_PATHS.sv.home, STAFF_PATHS.sv.accounts, STAFF_PATHS.sv.profile, STAFF_PATHS.sv.reports, STAFF_PATHS.sv.audit, STAFF_PATHS.en.changePassword]) {
    const html = (await web.app.inject({ url, headers: { cookie: coordinator.cookie } })).body;
    assert.doesNotMatch(html, /<style/i, url);
    for (const script of html.match(/<script[^>]*>/g) ?? []) assert.match(script, / src="\/assets\//, url);
    for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) assert.doesNotMatch(tag.replace(/"[^"]*"/g, '""'), /\s(style|on[a-z]+)=/i, `${url}: ${tag}`);
  }
});
