// Logging in and out as staff: one message for any wrong e-mail or password, 429 after too many tries, CSRF on the
// form, a session cookie with the right flags, logout that ends the session, and `next` only to our own staff pages.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  buildStaffWeb, cookiesOf, formToken, loginAs, postForm, STAFF_MEMBERS, STAFF_PASSWORD, type StaffWeb,
} from '../../../test/helpers/staff-web.ts';
import { SESSION_COOKIE } from './staff-frame.tsx';
import { STAFF_PATHS } from './staff-paths.ts';
import { safeNext } from './staff-session.ts';

const LOGIN = STAFF_PATHS.sv.login;

let web: StaffWeb;
before(async () => { web = await buildStaffWeb(); });
after(() => web.app.close());

async function tryLogin(email: string, password: string, next?: string, headers: Record<string, string> = {}) {
  const form = await formToken(web.app, next ? `${LOGIN}?next=${encodeURIComponent(next)}` : LOGIN);
  return web.app.inject({
    method: 'POST', url: LOGIN, headers: { ...headers, cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ email, password, _csrf: form.token, ...(next ? { next } : {}) }).toString(),
  });
}

const errorOf = (html: string) => /<p class="field__error" id="f-email-error">([^<]*)<\/p>/.exec(html)?.[1];

test('the login form asks for e-mail and password with the autocomplete a password manager needs', async () => {
  const html = (await web.app.inject(LOGIN)).body;
  assert.match(html, /<input[^>]*name="email"[^>]*type="email"[^>]*autocomplete="username"/);
  assert.match(html, /<input[^>]*name="password" type="password" autocomplete="current-password"/);
  assert.match(html, /<label class="field__label" for="f-email">E-postadress<\/label>/);
  assert.match(html, /name="_csrf" value="[^"]+"/);
  assert.match((await web.app.inject(STAFF_PATHS.en.login)).body, /<h1>Log in<\/h1>/);
});

test('a wrong password and an unknown e-mail get the same answer, which names neither', async () => {
  const wrong = await tryLogin(STAFF_MEMBERS.are.email, 'fel lösenord helt klart');
  const unknown = await tryLogin('ingen.alls@example.se', 'fel lösenord helt klart');
  for (const response of [wrong, unknown]) {
    assert.equal(response.statusCode, 401);
    assert.equal(errorOf(response.body), 'E-postadressen eller lösenordet är fel');
    assert.equal(cookiesOf(response)[SESSION_COOKIE], undefined);
    // The error summary links to the field, which is marked invalid and described by the message.
    assert.match(response.body, /<div class="error-summary" role="alert"[^]*<a href="#f-email">/);
    assert.match(response.body, /<input[^>]*aria-invalid="true" aria-describedby="f-email-error"/);
  }
  assert.match(wrong.body, new RegExp(`value="${STAFF_MEMBERS.are.email}"`), 'the e-mail is kept');
  assert.doesNotMatch(wrong.body, /fel lösenord helt klart/, 'the password is never written back');
  const empty = await tryLogin('', '');
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /Skriv din e-postadress[^]*Skriv ditt lösenord/);
});

test('the session cookie is HttpOnly, SameSite=Strict, Path=/ and ends with the session; not Secure over plain HTTP', async () => {
  const response = await tryLogin(STAFF_MEMBERS.krokom.email, STAFF_PASSWORD);
  assert.equal(response.statusCode, 303);
  assert.equal(response.headers.location, STAFF_PATHS.sv.home);
  const line = [response.headers['set-cookie']].flat().find((c) => c?.startsWith(`${SESSION_COOKIE}=`))!;
  assert.match(line, /; HttpOnly/);
  assert.match(line, /; SameSite=Strict/);
  assert.match(line, /; Path=\//);
  assert.doesNotMatch(line, /Max-Age/);
  const expires = Date.parse(/Expires=([^;]+)/.exec(line)![1]!);
  assert.ok(expires > Date.parse('2026-12-02T09:00:00Z') && expires <= Date.parse('2026-12-02T19:00:00Z'), 'at most the 10-hour working day');
  assert.doesNotMatch(line, /Secure/);
  // The app trusts no proxy, so a client's own X-Forwarded-Proto does not make the cookie Secure …
  const forwarded = await tryLogin(STAFF_MEMBERS.krokom.email, STAFF_PASSWORD, undefined, { 'x-forwarded-proto': 'https' });
  assert.doesNotMatch([forwarded.headers['set-cookie']].flat().find((c) => c?.startsWith(SESSION_COOKIE)) ?? '', /Secure/);
});

test('… but a site whose configured address is https always sets Secure session cookies', async () => {
  const https = await buildStaffWeb({ baseUrl: 'https://bibliotek.example.se' });
  try {
    const form = await formToken(https.app, LOGIN);
    const response = await postForm(https.app, LOGIN, { email: STAFF_MEMBERS.are.email, password: STAFF_PASSWORD }, form);
    assert.match([response.headers['set-cookie']].flat().find((c) => c?.startsWith(SESSION_COOKIE)) ?? '', /; Secure/);
  } finally {
    await https.app.close();
  }
});

test('the login form without its CSRF token is refused', async () => {
  const form = await formToken(web.app, LOGIN);
  const response = await postForm(web.app, LOGIN, { email: STAFF_MEMBERS.krokom.email, password: STAFF_PASSWORD }, form, { csrf: false });
  assert.equal(response.statusCode, 403);
  assert.match(response.body, /Formuläret har gått ut/);
  assert.equal(cookiesOf(response)[SESSION_COOKIE], undefined);
  const forged = await postForm(web.app, LOGIN, { email: STAFF_MEMBERS.krokom.email, password: STAFF_PASSWORD, _csrf: 'forged' }, form);
  assert.equal(forged.statusCode, 403);
});

test('logging in returns to the page asked for, but never to another site', async () => {
  const back = await tryLogin(STAFF_MEMBERS.krokom.email, STAFF_PASSWORD, '/personal/logg?page=2');
  assert.equal(back.headers.location, '/personal/logg?page=2');
  for (const next of ['https://evil.example/personal', '//evil.example/personal', '/\\evil.example', '/personal//evil.example', '/sok?q=x', 'javascript:alert(1)', '/personalx']) {
    const response = await tryLogin(STAFF_MEMBERS.krokom.email, STAFF_PASSWORD, next);
    assert.equal(response.headers.location, STAFF_PATHS.sv.home, next);
  }
  assert.equal(safeNext('/en/staff/accounts/new'), '/en/staff/accounts/new');
  assert.equal(safeNext('/personal/%2F%2Fevil.example'), null);
  const form = (await web.app.inject(`${LOGIN}?next=${encodeURIComponent('https://evil.example')}`)).body;
  assert.doesNotMatch(form, /name="next"/, 'a refused next is not even put in the form');
  // Already logged in: the login form sends the person on, to the same safe places.
  const session = await loginAs(web.app, 'krokom');
  const again = await web.app.inject({ url: `${LOGIN}?next=${encodeURIComponent('//evil.example')}`, headers: { cookie: session.cookie } });
  assert.equal(again.headers.location, STAFF_PATHS.sv.home);
});

test('logging out ends the session on the server, not just in the browser', async () => {
  const session = await loginAs(web.app, 'are');
  assert.equal((await web.app.inject({ url: STAFF_PATHS.sv.home, headers: { cookie: session.cookie } })).statusCode, 200);
  const response = await postForm(web.app, STAFF_PATHS.sv.logout, {}, session);
  assert.equal(response.statusCode, 303);
  assert.equal(response.headers.location, `${LOGIN}?done=logout`);
  assert.match([response.headers['set-cookie']].flat().join('\n'), new RegExp(`${SESSION_COOKIE}=; Max-Age=0`));
  // The old cookie, replayed, is worth nothing now.
  assert.equal((await web.app.inject({ url: STAFF_PATHS.sv.home, headers: { cookie: session.cookie } })).statusCode, 303);
  assert.match((await web.app.inject(`${LOGIN}?done=logout`)).body, /<p class="status-message" role="status">Du är utloggad.<\/p>/);
  // Logging out needs the form's token too: another site cannot log a person out.
  const other = await loginAs(web.app, 'are');
  assert.equal((await postForm(web.app, STAFF_PATHS.sv.logout, {}, other, { csrf: false })).statusCode, 403);
});

test('a session that has been idle for half an hour is over', async () => {
  const idle = await buildStaffWeb();
  try {
    const session = await loginAs(idle.app, 'krokom');
    idle.setNow(new Date(Date.parse('2026-12-02T10:31:00+01:00')));
    const response = await idle.app.inject({ url: STAFF_PATHS.sv.news, headers: { cookie: session.cookie } });
    assert.equal(response.statusCode, 303);
    assert.match([response.headers['set-cookie']].flat().join('\n'), new RegExp(`${SESSION_COOKIE}=;`), 'the dead cookie is cleared');
  } finally {
    await idle.app.close();
  }
});

test('after five tries on one e-mail the form answers 429 with the time to wait, even for the right password', async () => {
  const limited = await buildStaffWeb();
  try {
    const email = STAFF_MEMBERS.coordinator.email;
    for (let i = 0; i < 5; i++) {
      const form = await formToken(limited.app, LOGIN);
      assert.equal((await postForm(limited.app, LOGIN, { email, password: `fel gissning nummer ${i}` }, form)).statusCode, 401);
    }
    const form = await formToken(limited.app, LOGIN);
    const response = await postForm(limited.app, LOGIN, { email, password: STAFF_PASSWORD }, form);
    assert.equal(response.statusCode, 429);
    assert.match(response.body, /För många inloggningsförsök. Vänta 15 minuter och försök igen./);
    assert.equal(response.headers['retry-after'], '900');
    assert.equal(cookiesOf(response)[SESSION_COOKIE], undefined);
  } finally {
    await limited.app.close();
  }
});
