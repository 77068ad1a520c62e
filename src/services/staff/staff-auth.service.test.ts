import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isSamverkaError } from '../../core/errors.ts';
import { ADDRESS, CHEAP_HASHER, EDITOR, PASSWORD, staffAuthHarness } from '../../../test/helpers/staff-auth-harness.ts';

const rejectsWith = (code: string) => (error: unknown) => isSamverkaError(error) && error.code === code;

describe('login', () => {
  test('the right e-mail and password open a session whose token names the staff member', async () => {
    const h = await staffAuthHarness();
    const login = await h.auth.login('Redaktor@Krokom.example.se ', PASSWORD, ADDRESS);
    assert.match(login.token, /^[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(login.actor, { id: h.editor.id, email: EDITOR.email, role: 'editor', library: 'krokom' });
    assert.equal(login.expiresAt, new Date(h.now().getTime() + 10 * 3_600_000).toISOString());
    assert.deepEqual(await h.auth.session(login.token), login.actor);
    assert.equal((await h.store.staffCredentials({ id: h.editor.id }))?.account.lastLoginAt, h.now().toISOString());
  });

  test('the store keeps only the SHA-256 of the session token', async () => {
    const h = await staffAuthHarness();
    const { token } = await h.auth.login(EDITOR.email, PASSWORD, ADDRESS);
    assert.equal(await h.store.getSession(token), null);
    const { createHash } = await import('node:crypto');
    assert.ok(await h.store.getSession(createHash('sha256').update(token).digest('hex')));
  });

  test('a wrong password and an unknown e-mail are refused with the same error', async () => {
    const h = await staffAuthHarness();
    const wrong = await h.auth.login(EDITOR.email, 'not-the-password-at-all', ADDRESS).catch((e: unknown) => e);
    const unknown = await h.auth.login('nobody@example.se', PASSWORD, ADDRESS).catch((e: unknown) => e);
    assert.ok(isSamverkaError(wrong, 'unauthenticated') && isSamverkaError(unknown, 'unauthenticated'));
    assert.equal(wrong.message, unknown.message);
  });

  test('an unknown e-mail costs one password check all the same, so timing does not reveal accounts', async () => {
    const verified: string[] = [];
    const hasher = { ...CHEAP_HASHER, hash: CHEAP_HASHER.hash.bind(CHEAP_HASHER), needsRehash: CHEAP_HASHER.needsRehash.bind(CHEAP_HASHER),
      verify: async (hash: string, password: string) => { verified.push(hash); return CHEAP_HASHER.verify(hash, password); } };
    const h = await staffAuthHarness({ hasher });
    await assert.rejects(h.auth.login('nobody@example.se', PASSWORD, ADDRESS), rejectsWith('unauthenticated'));
    await assert.rejects(h.auth.login('nobody@example.se', PASSWORD, ADDRESS), rejectsWith('unauthenticated'));
    assert.equal(verified.length, 2);
    assert.match(verified[0]!, /^\$argon2id\$v=19\$m=256,/, 'checked against a dummy made with the same parameters');
  });

  test('a deactivated account cannot log in, even with its password, and says no more than a wrong password', async () => {
    const h = await staffAuthHarness();
    await h.auth.deactivateAccount(EDITOR.email);
    await assert.rejects(h.auth.login(EDITOR.email, PASSWORD, ADDRESS), (e: unknown) => isSamverkaError(e, 'unauthenticated') && e.message === 'Wrong e-mail or password');
  });

  test('the 6th attempt within 15 minutes is refused even with the right password, and says when to try again', async () => {
    const h = await staffAuthHarness();
    for (let i = 0; i < 5; i++) await assert.rejects(h.auth.login(EDITOR.email, `wrong-password-${i}!`, ADDRESS), rejectsWith('unauthenticated'));
    const refused = await h.auth.login(EDITOR.email, PASSWORD, ADDRESS).catch((e: unknown) => e);
    assert.ok(isSamverkaError(refused, 'rate-limited'));
    // 10:00 Stockholm is 09:00 UTC, the start of a window: 15 minutes left.
    assert.equal(refused.details.retryAfterSeconds, 15 * 60);
  });

  test('when the window ends the right password lets the person in again', async () => {
    const h = await staffAuthHarness();
    for (let i = 0; i < 5; i++) await assert.rejects(h.auth.login(EDITOR.email, 'wrong-password-123', ADDRESS), rejectsWith('unauthenticated'));
    h.advance(14);
    await assert.rejects(h.auth.login(EDITOR.email, PASSWORD, ADDRESS), rejectsWith('rate-limited'));
    h.advance(1);
    assert.ok((await h.auth.login(EDITOR.email, PASSWORD, ADDRESS)).token);
  });

  test('e-mails are throttled whatever their case, and a success clears the count', async () => {
    const h = await staffAuthHarness();
    for (let i = 0; i < 4; i++) await assert.rejects(h.auth.login(i % 2 ? EDITOR.email.toUpperCase() : EDITOR.email, 'wrong-password-123', ADDRESS));
    await h.auth.login(EDITOR.email, PASSWORD, ADDRESS);
    for (let i = 0; i < 4; i++) await assert.rejects(h.auth.login(EDITOR.email, 'wrong-password-123', ADDRESS), rejectsWith('unauthenticated'));
    assert.ok((await h.auth.login(EDITOR.email, PASSWORD, ADDRESS)).token);
  });

  test('20 failures from one address shut it out for every e-mail, other addresses still get in', async () => {
    const h = await staffAuthHarness();
    for (let i = 0; i < 20; i++) await assert.rejects(h.auth.login(`guess${i}@example.se`, 'wrong-password-123', ADDRESS), rejectsWith('unauthenticated'));
    await assert.rejects(h.auth.login(EDITOR.email, PASSWORD, ADDRESS), rejectsWith('rate-limited'));
    assert.ok((await h.auth.login(EDITOR.email, PASSWORD, '198.51.100.7')).token);
  });
});

describe('sessions', () => {
  test('a session ends after 30 minutes without a request, and stays alive while used', async () => {
    const h = await staffAuthHarness();
    const { token } = await h.auth.login(EDITOR.email, PASSWORD, ADDRESS);
    for (let i = 0; i < 6; i++) {
      h.advance(29);
      assert.ok(await h.auth.session(token), `alive after ${(i + 1) * 29} minutes of steady use`);
    }
    h.advance(30);
    assert.equal(await h.auth.session(token), null);
    h.advance(-30);
    assert.equal(await h.auth.session(token), null, 'an ended session is gone for good');
  });

  test('a session ends 10 hours after login however busy it is', async () => {
    const h = await staffAuthHarness();
    const { token } = await h.auth.login(EDITOR.email, PASSWORD, ADDRESS);
    for (let minutes = 20; minutes < 600; minutes += 20) {
      h.advance(20);
      assert.ok(await h.auth.session(token));
    }
    h.advance(20);
    assert.equal(await h.auth.session(token), null);
  });

  test('the last-seen time is written at most once a minute', async () => {
    const h = await staffAuthHarness();
    const { token } = await h.auth.login(EDITOR.email, PASSWORD, ADDRESS);
    let touches = 0;
    const touch = h.store.touchSession.bind(h.store);
    h.store.touchSession = async (hash, seenAt) => { touches++; await touch(hash, seenAt); };
    for (let i = 0; i < 10; i++) await h.auth.session(token);
    assert.equal(touches, 0);
    h.advance(1);
    await h.auth.session(token);
    await h.auth.session(token);
    assert.equal(touches, 1);
  });

  test('shorter limits can be configured', async () => {
    const h = await staffAuthHarness({ limits: { idleMinutes: 5, absoluteHours: 1 } });
    const { token } = await h.auth.login(EDITOR.email, PASSWORD, ADDRESS);
    h.advance(5);
    assert.equal(await h.auth.session(token), null);
  });

  test('logout ends the session, and an unknown token is no session', async () => {
    const h = await staffAuthHarness();
    const { token } = await h.auth.login(EDITOR.email, PASSWORD, ADDRESS);
    await h.auth.logout(token);
    assert.equal(await h.auth.session(token), null);
    await h.auth.logout(token);
    assert.equal(await h.auth.session('x'.repeat(43)), null);
    assert.equal(await h.auth.session(''), null);
  });

  test('deactivating an account ends its sessions at once', async () => {
    const h = await staffAuthHarness();
    const { token } = await h.auth.login(EDITOR.email, PASSWORD, ADDRESS);
    await h.auth.updateAccount(h.coordinatorActor, h.editor.id, { active: 'false' });
    assert.equal(await h.auth.session(token), null);
  });

  test('a changed role applies to a live session', async () => {
    const h = await staffAuthHarness();
    const { token } = await h.auth.login(EDITOR.email, PASSWORD, ADDRESS);
    await h.auth.updateAccount(h.coordinatorActor, h.editor.id, { role: 'coordinator' });
    assert.equal((await h.auth.session(token))?.role, 'coordinator');
  });
});

describe('audit', () => {
  test('logins, failures and logouts are logged with the e-mail, never the password', async () => {
    const h = await staffAuthHarness();
    await assert.rejects(h.auth.login(EDITOR.email, 'my-secret-typo-password', ADDRESS));
    await assert.rejects(h.auth.login('nobody@example.se', 'my-secret-typo-password', ADDRESS));
    const { token } = await h.auth.login(EDITOR.email, PASSWORD, ADDRESS);
    await h.auth.logout(token);
    const log = await h.store.auditLog({ targetKind: 'staff' });
    const actions = log.map((e) => `${e.action} ${e.actorEmail}`).reverse().filter((line) => !line.startsWith('account-') && !line.startsWith('password-'));
    assert.deepEqual(actions, [
      `login-failed ${EDITOR.email}`, 'login-failed nobody@example.se', `login ${EDITOR.email}`, `logout ${EDITOR.email}`,
    ]);
    assert.equal(log.find((e) => e.action === 'login-failed' && e.actorEmail === EDITOR.email)?.targetId, h.editor.id);
    const text = JSON.stringify(log);
    assert.ok(!text.includes('my-secret-typo-password') && !text.includes(PASSWORD));
  });

  test('a password typed into the e-mail field is not logged', async () => {
    const h = await staffAuthHarness();
    await assert.rejects(h.auth.login('Hemligt-Lösenord-99', 'whatever-else-123', ADDRESS));
    const [failure] = await h.store.auditLog({ targetKind: 'staff', limit: 1 });
    assert.equal(failure?.action, 'login-failed');
    assert.equal(failure.actorEmail, null);
    assert.ok(!JSON.stringify(failure).toLowerCase().includes('hemligt'));
  });
});
