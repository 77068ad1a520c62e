import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isSamverkaError } from '../../core/errors.ts';
import { ADDRESS, COORDINATOR, EDITOR, PASSWORD, link, staffAuthHarness } from '../../../test/helpers/staff-auth-harness.ts';
import { passwordProblem } from './password-rules.ts';

const NEW_PASSWORD = 'ny-fin-vinter-i-krokom';
const badRequest = (reason: string) => (error: unknown) => isSamverkaError(error, 'bad-request') && error.details.reason === reason;

describe('password rules', () => {
  test('at least 12 and at most 256 characters, not the e-mail, not a common password', () => {
    assert.equal(passwordProblem('kort-lösen', 'a@example.se'), 'too-short');
    assert.equal(passwordProblem('åäöåäöåäöåäö', 'a@example.se'), null, 'twelve letters are twelve, whatever their bytes');
    assert.equal(passwordProblem('x'.repeat(257), 'a@example.se'), 'too-long');
    assert.equal(passwordProblem('Anna.Berg@Example.se', 'anna.berg@example.se'), 'same-as-email');
    assert.equal(passwordProblem('Qwerty123456', 'a@example.se'), 'too-common');
    assert.equal(passwordProblem('1q2w3e4r5t6y', 'a@example.se'), 'too-common');
    assert.equal(passwordProblem(PASSWORD, 'a@example.se'), null);
  });
});

describe('password reset', () => {
  test('a known e-mail gets a link, in Swedish and then English, that sets a new password once', async () => {
    const h = await staffAuthHarness();
    await h.auth.requestPasswordReset(EDITOR.email, ADDRESS, link);
    const [mail] = h.mailer.to(EDITOR.email);
    assert.ok(mail);
    assert.ok(mail.text.indexOf('Hej!') < mail.text.indexOf('Hello'));
    assert.match(mail.text, /bortse från det här meddelandet/);
    assert.match(mail.text, /If you did not ask for a new password, ignore this message/);
    const token = h.lastToken(EDITOR.email);
    assert.ok(mail.text.includes(link(token)));

    await h.auth.resetPassword(token, NEW_PASSWORD);
    assert.ok((await h.auth.login(EDITOR.email, NEW_PASSWORD, ADDRESS)).token);
    await assert.rejects(h.auth.login(EDITOR.email, PASSWORD, ADDRESS), (e: unknown) => isSamverkaError(e, 'unauthenticated'));
    await assert.rejects(h.auth.resetPassword(token, 'ett-annat-bra-lösenord'), badRequest('invalid-link'));
  });

  test('an unknown e-mail gets no mail and the same silence', async () => {
    const h = await staffAuthHarness();
    assert.equal(await h.auth.requestPasswordReset('nobody@example.se', ADDRESS, link), undefined);
    assert.equal(h.mailer.messages.length, 0);
  });

  test('the link lasts one hour', async () => {
    const h = await staffAuthHarness();
    await h.auth.requestPasswordReset(EDITOR.email, ADDRESS, link);
    h.advance(61);
    await assert.rejects(h.auth.resetPassword(h.lastToken(EDITOR.email), NEW_PASSWORD), badRequest('invalid-link'));
  });

  test('a weak password is refused without using the link up', async () => {
    const h = await staffAuthHarness();
    await h.auth.requestPasswordReset(EDITOR.email, ADDRESS, link);
    const token = h.lastToken(EDITOR.email);
    await assert.rejects(h.auth.resetPassword(token, 'kort'), badRequest('too-short'));
    await assert.rejects(h.auth.resetPassword(token, EDITOR.email), badRequest('same-as-email'));
    await assert.rejects(h.auth.resetPassword(token, 'qwerty123456'), badRequest('too-common'));
    await h.auth.resetPassword(token, NEW_PASSWORD);
  });

  test('a reset ends every session of the account, and lifts a lockout', async () => {
    const h = await staffAuthHarness();
    const first = await h.auth.login(EDITOR.email, PASSWORD, ADDRESS);
    const second = await h.auth.login(EDITOR.email, PASSWORD, '198.51.100.7');
    for (let i = 0; i < 5; i++) await assert.rejects(h.auth.login(EDITOR.email, 'wrong-password-123', ADDRESS));
    await h.auth.requestPasswordReset(EDITOR.email, ADDRESS, link);
    await h.auth.resetPassword(h.lastToken(EDITOR.email), NEW_PASSWORD);
    assert.equal(await h.auth.session(first.token), null);
    assert.equal(await h.auth.session(second.token), null);
    assert.ok((await h.auth.login(EDITOR.email, NEW_PASSWORD, ADDRESS)).token);
  });

  test('requests are throttled like logins', async () => {
    const h = await staffAuthHarness();
    for (let i = 0; i < 5; i++) await h.auth.requestPasswordReset(EDITOR.email, ADDRESS, link);
    await assert.rejects(h.auth.requestPasswordReset(EDITOR.email, ADDRESS, link), (e: unknown) => isSamverkaError(e, 'rate-limited'));
    assert.equal(h.mailer.to(EDITOR.email).length, 5);
  });

  test('a mail server that fails does not change the answer; the failure is reported', async () => {
    const reported: unknown[] = [];
    const h = await staffAuthHarness({ onMailError: (error) => reported.push(error) });
    h.mailer.failWith = new Error('connection refused');
    await h.auth.requestPasswordReset(EDITOR.email, ADDRESS, link);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(reported.map(String), ['Error: connection refused']);
  });
});

describe('changing the password', () => {
  test('needs the current password, keeps the session it is made from and ends the others', async () => {
    const h = await staffAuthHarness();
    const here = await h.auth.login(EDITOR.email, PASSWORD, ADDRESS);
    const elsewhere = await h.auth.login(EDITOR.email, PASSWORD, '198.51.100.7');
    await assert.rejects(h.auth.changePassword(h.editorActor, 'not-my-password', NEW_PASSWORD, here.token), badRequest('wrong-password'));
    await assert.rejects(h.auth.changePassword(h.editorActor, PASSWORD, 'kort', here.token), badRequest('too-short'));
    await h.auth.changePassword(h.editorActor, PASSWORD, NEW_PASSWORD, here.token);
    assert.ok(await h.auth.session(here.token));
    assert.equal(await h.auth.session(elsewhere.token), null);
    assert.ok((await h.auth.login(EDITOR.email, NEW_PASSWORD, ADDRESS)).token);
  });

  test('guessing the current password is throttled', async () => {
    const h = await staffAuthHarness();
    for (let i = 0; i < 5; i++) await assert.rejects(h.auth.changePassword(h.editorActor, `guess-number-${i}`, NEW_PASSWORD), badRequest('wrong-password'));
    await assert.rejects(h.auth.changePassword(h.editorActor, PASSWORD, NEW_PASSWORD), (e: unknown) => isSamverkaError(e, 'rate-limited'));
  });
});

test('no password ever reaches the audit log or a mail', async () => {
  const h = await staffAuthHarness();
  await assert.rejects(h.auth.login(EDITOR.email, 'Fel-Lösenord-Med-Typo', ADDRESS));
  await h.auth.login(COORDINATOR.email, PASSWORD, ADDRESS);
  await h.auth.requestPasswordReset(EDITOR.email, ADDRESS, link);
  await h.auth.resetPassword(h.lastToken(EDITOR.email), NEW_PASSWORD);
  await h.auth.changePassword(h.editorActor, NEW_PASSWORD, 'tredje-lösenordet-här');
  await h.auth.createAccount(h.coordinatorActor, { email: 'ny@example.se', name: 'Ny Person', role: 'editor', library: 'ostersund' }, link);
  const everything = JSON.stringify([await h.store.auditLog({}), h.mailer.messages]).toLowerCase();
  for (const secret of [PASSWORD, 'Fel-Lösenord-Med-Typo', NEW_PASSWORD, 'tredje-lösenordet-här']) {
    assert.ok(!everything.includes(secret.toLowerCase()), `"${secret}" leaked`);
  }
  const actions = new Set((await h.store.auditLog({})).map((e) => e.action));
  for (const action of ['login', 'login-failed', 'password-reset-requested', 'password-changed', 'account-created'] as const) assert.ok(actions.has(action), action);
});
