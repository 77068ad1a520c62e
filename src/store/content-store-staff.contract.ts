// The staff part of the ContentStore contract: accounts, sessions, login throttling, password resets,
// accessibility reports and the audit log. Run by content-store.contract.ts for every implementation.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { AuditEntry, StaffAccount } from '../core/content.ts';
import type { ContentStore, StaffSession } from './content-store.ts';

const account = (id: string, email: string, extra: Partial<StaffAccount> = {}): StaffAccount => ({
  id, email, name: `Name ${id}`, role: 'editor', library: 'berg', active: true, createdAt: '2026-11-01T09:00:00.000Z', lastLoginAt: null, ...extra,
});
const session = (tokenHash: string, accountId: string, expiresAt: string): StaffSession => ({
  tokenHash, accountId, createdAt: '2026-12-02T08:00:00.000Z', seenAt: '2026-12-02T08:00:00.000Z', expiresAt,
});
const entry = (n: number, extra: Partial<AuditEntry> = {}): Omit<AuditEntry, 'id'> => ({
  at: `2026-12-02T09:00:0${n}.000Z`, actorId: 'a-1', actorEmail: 'a@example.org', action: 'update', targetKind: 'news',
  targetId: `n-${n}`, library: 'berg', summary: `Ändrade ${n}`, ...extra,
});

export function staffContentStoreContract(store: () => ContentStore): void {
  it('keeps staff accounts with their password hash, found by id or by e-mail in any case', async () => {
    assert.equal(await store().putStaffAccount(account('a-1', 'Anna.Berg@Example.org'), '$argon2id$v=19$hash1'), true);
    assert.equal(await store().putStaffAccount(account('a-2', 'coordinator@example.org', { role: 'coordinator', library: null }), null), true);
    const byEmail = await store().staffCredentials({ email: 'anna.berg@EXAMPLE.org' });
    assert.deepEqual(byEmail, { account: account('a-1', 'Anna.Berg@Example.org'), passwordHash: '$argon2id$v=19$hash1' });
    assert.deepEqual(await store().staffCredentials({ id: 'a-2' }), { account: account('a-2', 'coordinator@example.org', { role: 'coordinator', library: null }), passwordHash: null });
    assert.equal(await store().staffCredentials({ id: 'a-3' }), null);
    assert.equal(await store().staffCredentials({ email: 'nobody@example.org' }), null);
    assert.deepEqual((await store().staffAccounts()).map((a) => a.id), ['a-1', 'a-2'], 'by e-mail');
  });

  it('updates an account, keeping the hash when given null, and refuses an e-mail another account has', async () => {
    await store().putStaffAccount(account('a-1', 'anna@example.org'), 'hash1');
    await store().putStaffAccount(account('a-2', 'bo@example.org'), 'hash2');
    const renamed = account('a-1', 'anna@example.org', { name: 'Anna B', active: false, lastLoginAt: '2026-12-02T09:00:00.000Z' });
    assert.equal(await store().putStaffAccount(renamed, null), true);
    assert.deepEqual(await store().staffCredentials({ id: 'a-1' }), { account: renamed, passwordHash: 'hash1' });
    assert.equal(await store().putStaffAccount(account('a-1', 'anna@example.org'), 'hash3'), true);
    assert.equal((await store().staffCredentials({ id: 'a-1' }))?.passwordHash, 'hash3');

    assert.equal(await store().putStaffAccount(account('a-2', 'ANNA@example.org'), null), false, 'taken by a-1');
    assert.equal(await store().putStaffAccount(account('a-3', 'Anna@Example.org'), 'h'), false, 'taken by a-1');
    assert.equal((await store().staffCredentials({ id: 'a-2' }))?.account.email, 'bo@example.org');
    assert.equal(await store().staffCredentials({ id: 'a-3' }), null);
    assert.equal(await store().putStaffAccount(account('a-1', 'Anna@example.org'), null), true, 'its own e-mail in another case');
  });

  it('keeps sessions: touched, ended one by one, all of an account, and when expired', async () => {
    await store().createSession(session('t-1', 'a-1', '2026-12-02T18:00:00.000Z'));
    await store().createSession(session('t-2', 'a-1', '2026-12-02T20:00:00.000Z'));
    await store().createSession(session('t-3', 'a-2', '2026-12-02T17:00:00.000Z'));
    await store().createSession(session('t-4', 'a-2', '2026-12-02T19:00:00.000Z'));
    await store().touchSession('t-1', '2026-12-02T09:30:00.000Z');
    await store().touchSession('t-unknown', '2026-12-02T09:30:00.000Z');
    assert.deepEqual(await store().getSession('t-1'), { ...session('t-1', 'a-1', '2026-12-02T18:00:00.000Z'), seenAt: '2026-12-02T09:30:00.000Z' });
    assert.equal(await store().getSession('t-unknown'), null);

    await store().deleteSession('t-2');
    assert.equal(await store().getSession('t-2'), null);
    assert.equal(await store().deleteExpiredSessions('2026-12-02T18:00:00.000Z'), 2, 'ends at expiresAt');
    assert.equal(await store().getSession('t-1'), null);
    assert.notEqual(await store().getSession('t-4'), null);
    await store().createSession(session('t-5', 'a-2', '2026-12-03T19:00:00.000Z'));
    await store().deleteSessionsOf('a-2');
    assert.equal(await store().getSession('t-4'), null);
    assert.equal(await store().getSession('t-5'), null);
    assert.equal(await store().deleteExpiredSessions('2027-01-01T00:00:00.000Z'), 0);
  });

  it('counts login attempts per key in fixed windows, and clears a key', async () => {
    const w1 = '2026-12-02T09:00:00.000Z';
    const w2 = '2026-12-02T09:15:00.000Z';
    assert.equal(await store().attemptsIn('email:a@example.org', w1), 0);
    assert.equal(await store().countAttempt('email:a@example.org', w1), 1);
    assert.equal(await store().countAttempt('email:a@example.org', w1), 2);
    assert.equal(await store().countAttempt('ip:192.0.2.1', w1), 1);
    assert.equal(await store().attemptsIn('email:a@example.org', w1), 2);
    assert.equal(await store().countAttempt('email:a@example.org', w2), 1, 'a new window starts at one');
    assert.equal(await store().attemptsIn('email:a@example.org', w2), 1);
    await store().clearAttempts('email:a@example.org');
    assert.equal(await store().attemptsIn('email:a@example.org', w2), 0);
    assert.equal(await store().attemptsIn('ip:192.0.2.1', w1), 1, 'other keys untouched');
  });

  it('hands out a password reset once', async () => {
    await store().putPasswordReset({ tokenHash: 'r-1', accountId: 'a-1', expiresAt: '2026-12-02T10:00:00.000Z' });
    await store().putPasswordReset({ tokenHash: 'r-2', accountId: 'a-1', expiresAt: '2026-12-09T10:00:00.000Z' });
    assert.deepEqual(await store().takePasswordReset('r-1'), { accountId: 'a-1', expiresAt: '2026-12-02T10:00:00.000Z' });
    assert.equal(await store().takePasswordReset('r-1'), null);
    assert.equal(await store().takePasswordReset('unknown'), null);
    assert.deepEqual(await store().takePasswordReset('r-2'), { accountId: 'a-1', expiresAt: '2026-12-09T10:00:00.000Z' });
  });

  it('keeps accessibility reports, newest first, unhandled until marked', async () => {
    const first = await store().addAccessibilityReport({ at: '2026-12-01T09:00:00.000Z', pageUrl: '/evenemang', description: 'Låg kontrast', contact: null });
    const second = await store().addAccessibilityReport({ at: '2026-12-02T09:00:00.000Z', pageUrl: null, description: 'Fokus syns inte', contact: 'x@example.org' });
    assert.deepEqual(first, { id: first.id, at: '2026-12-01T09:00:00.000Z', pageUrl: '/evenemang', description: 'Låg kontrast', contact: null, handled: false });
    assert.notEqual(first.id, second.id);
    await store().markReportHandled(first.id);
    await store().markReportHandled(9999);
    assert.deepEqual(await store().accessibilityReports(), [second, { ...first, handled: true }]);
  });

  it('appends to the audit log and reads it newest first, filtered and paged', async () => {
    await store().audit(entry(1));
    await store().audit(entry(2, { library: null, targetKind: 'page', targetId: 'p-1' }));
    await store().audit(entry(3, { actorId: null, actorEmail: null, action: 'publish' }));
    await store().audit(entry(4, { actorId: 'a-2', targetKind: 'staff', targetId: 'a-9', library: 'krokom', action: 'account-created' }));
    const all = await store().auditLog({});
    assert.deepEqual(all.map((e) => e.targetId), ['a-9', 'n-3', 'p-1', 'n-1']);
    assert.deepEqual(all[3], { ...entry(1), id: all[3]!.id });
    assert.ok(all[0]!.id > all[1]!.id && all[1]!.id > all[2]!.id);
    assert.deepEqual((await store().auditLog({ library: null })).map((e) => e.targetId), ['p-1']);
    assert.deepEqual((await store().auditLog({ library: 'berg' })).map((e) => e.targetId), ['n-3', 'n-1']);
    assert.deepEqual((await store().auditLog({ actorId: 'a-1' })).map((e) => e.targetId), ['p-1', 'n-1']);
    assert.deepEqual((await store().auditLog({ targetKind: 'news', targetId: 'n-3' })).map((e) => e.action), ['publish']);
    assert.deepEqual((await store().auditLog({ limit: 2, offset: 1 })).map((e) => e.targetId), ['n-3', 'p-1']);
  });
}
