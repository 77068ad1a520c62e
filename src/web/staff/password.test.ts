// Passwords: the reset request answers alike for any e-mail, the mailed link sets a new password once, and a logged-in
// person changes theirs with the current one — errors beside the fields, the rules in sight.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildStaffWeb, formToken, loginAs, postForm, STAFF_MEMBERS, STAFF_PASSWORD, type StaffWeb } from '../../../test/helpers/staff-web.ts';
import { STAFF_PATHS } from './staff-paths.ts';

const FORGOT = STAFF_PATHS.sv.forgotPassword;
const ORIGIN = 'https://bibliotek.example.se';

let web: StaffWeb;
before(async () => { web = await buildStaffWeb({ baseUrl: ORIGIN }); });
after(() => web.app.close());

async function askForLink(email: string) {
  return postForm(web.app, FORGOT, { email }, await formToken(web.app, FORGOT));
}

const statusOf = (html: string) => /<p class="status-message" role="status">([^<]*)<\/p>/.exec(html)?.[1];

test('asking for a reset link says the same for a known and an unknown e-mail; only the known one gets mail', async () => {
  const known = await askForLink(STAFF_MEMBERS.krokom.email);
  const unknown = await askForLink('ingen.alls@example.se');
  assert.equal(known.statusCode, 200);
  assert.equal(unknown.statusCode, 200);
  assert.equal(statusOf(known.body)?.replace(STAFF_MEMBERS.krokom.email, 'X'), statusOf(unknown.body)?.replace('ingen.alls@example.se', 'X'));
  assert.match(statusOf(known.body) ?? '', /Om redaktor\.krokom@example\.se hör till ett personalkonto har vi skickat en länk/);
  const link = web.mailer.lastLink(STAFF_MEMBERS.krokom.email);
  assert.match(link ?? '', new RegExp(`^${ORIGIN}${STAFF_PATHS.sv.resetPassword}[A-Za-z0-9_-]{40,}$`));
  assert.equal(web.mailer.to('ingen.alls@example.se').length, 0);
  const empty = await askForLink('');
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /id="f-email-error">Skriv din e-postadress</);
});

test('asking too often still gets the same answer (a throttled request must not tell that an account exists)', async () => {
  let last = '';
  for (let i = 0; i < 7; i++) last = (await askForLink(STAFF_MEMBERS.coordinator.email)).body;
  assert.match(statusOf(last) ?? '', /har vi skickat en länk/);
  assert.equal(web.mailer.to(STAFF_MEMBERS.coordinator.email).length, 5, 'the sixth and seventh were throttled');
});

test('the mailed link sets a new password once: rules shown, mistakes beside their fields', async () => {
  await askForLink(STAFF_MEMBERS.are.email);
  const path = new URL(web.mailer.lastLink(STAFF_MEMBERS.are.email)!).pathname;
  const form = await formToken(web.app, path);
  assert.match(form.response.body, /<ul class="password-rules"[^]*Minst 12 tecken/);
  assert.equal(form.response.body.match(/autocomplete="new-password"/g)?.length, 2);
  const mismatch = await postForm(web.app, path, { password: 'ett nytt långt lösenord', confirm: 'ett annat långt lösenord' }, form);
  assert.equal(mismatch.statusCode, 400);
  assert.match(mismatch.body, /id="f-confirm-error">Lösenorden är inte likadana/);
  const short = await postForm(web.app, path, { password: 'kort', confirm: 'kort' }, form);
  assert.match(short.body, /id="f-password-error">Lösenordet måste ha minst 12 tecken</);
  const common = await postForm(web.app, path, { password: 'qwerty123456', confirm: 'qwerty123456' }, form);
  assert.match(common.body, /id="f-password-error">Det lösenordet är för vanligt/);
  const set = await postForm(web.app, path, { password: 'fjällen runt åre i december', confirm: 'fjällen runt åre i december' }, form);
  assert.equal(set.statusCode, 303);
  assert.equal(set.headers.location, `${STAFF_PATHS.sv.login}?done=password`);
  await loginAs(web.app, { email: STAFF_MEMBERS.are.email, password: 'fjällen runt åre i december' });
  await assert.rejects(loginAs(web.app, 'are'), /failed: 401/);
  const again = await postForm(web.app, path, { password: 'ännu ett nytt lösenord', confirm: 'ännu ett nytt lösenord' }, form);
  assert.equal(again.statusCode, 400);
  assert.match(again.body, /Länken fungerar inte längre[^]*<a href="\/personal\/glomt-losenord">Be om en ny länk<\/a>/);
});

test('a logged-in person changes their password with the current one; their other sessions end, this one stays', async () => {
  const here = await loginAs(web.app, 'krokom');
  const elsewhere = await loginAs(web.app, 'krokom');
  const url = STAFF_PATHS.sv.changePassword;
  const wrong = await postForm(web.app, url, { current: 'inte mitt lösenord', password: 'ett helt nytt lösenord', confirm: 'ett helt nytt lösenord' }, here);
  assert.equal(wrong.statusCode, 400);
  assert.match(wrong.body, /id="f-current-error">Det nuvarande lösenordet stämmer inte</);
  const missing = await postForm(web.app, url, { current: '', password: '', confirm: '' }, here);
  assert.match(missing.body, /href="#f-current"[^]*href="#f-password"/);
  const done = await postForm(web.app, url, { current: STAFF_PASSWORD, password: 'ett helt nytt lösenord', confirm: 'ett helt nytt lösenord' }, here);
  assert.equal(done.statusCode, 200);
  assert.match(statusOf(done.body) ?? '', /Ditt lösenord är bytt/);
  assert.equal((await web.app.inject({ url: STAFF_PATHS.sv.home, headers: { cookie: here.cookie } })).statusCode, 200);
  assert.equal((await web.app.inject({ url: STAFF_PATHS.sv.home, headers: { cookie: elsewhere.cookie } })).statusCode, 303);
});

test('a reset address with a malformed token is a bad request, not an error', async () => {
  assert.equal((await web.app.inject(`${STAFF_PATHS.sv.resetPassword}<script>`)).statusCode, 400);
  assert.equal((await web.app.inject(`${STAFF_PATHS.en.resetPassword}short`)).statusCode, 400);
});

test('without a configured address, a forged Host header never ends up in a mailed link', async () => {
  const bare = await buildStaffWeb();
  try {
    const form = await formToken(bare.app, FORGOT);
    const forged = await bare.app.inject({
      method: 'POST', url: FORGOT, headers: { host: 'evil.example', cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ email: STAFF_MEMBERS.krokom.email, _csrf: form.token }).toString(),
    });
    assert.notEqual(forged.statusCode, 200);
    assert.equal(bare.mailer.to(STAFF_MEMBERS.krokom.email).length, 0);
    await postForm(bare.app, FORGOT, { email: STAFF_MEMBERS.krokom.email }, await formToken(bare.app, FORGOT));
    assert.match(bare.mailer.lastLink(STAFF_MEMBERS.krokom.email) ?? '', /^http:\/\/localhost(:\d+)?\/personal\//, 'on this machine the request names itself');
  } finally {
    await bare.app.close();
  }
});
