import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isSamverkaError } from '../../core/errors.ts';
import { ADDRESS, COORDINATOR, EDITOR, PASSWORD, link, staffAuthHarness } from '../../../test/helpers/staff-auth-harness.ts';

const NEW = { email: 'Ny.Redaktor@Ostersund.example.se', name: 'Nina Ny', role: 'editor', library: 'ostersund' } as const;
const fieldIssue = (field: string, code: string) => (error: unknown) =>
  isSamverkaError(error, 'bad-request') && (error.details.issues as { field: string; code: string }[]).some((i) => i.field === field && i.code === code);

describe('a coordinator manages accounts', () => {
  test('a new account has no password and gets a 7-day link to choose one', async () => {
    const h = await staffAuthHarness();
    const account = await h.auth.createAccount(h.coordinatorActor, NEW, link);
    assert.deepEqual({ ...account, id: '' }, {
      id: '', email: 'ny.redaktor@ostersund.example.se', name: 'Nina Ny', role: 'editor', library: 'ostersund', active: true,
      createdAt: h.now().toISOString(), lastLoginAt: null,
    });
    const [mail] = h.mailer.to(account.email);
    assert.match(mail?.text ?? '', /Hej Nina Ny!/);
    assert.match(mail?.text ?? '', /sju dagar/);
    await assert.rejects(h.auth.login(account.email, '', ADDRESS), (e: unknown) => isSamverkaError(e, 'unauthenticated'));
    h.advance(6 * 24 * 60);
    await h.auth.resetPassword(h.lastToken(account.email), 'mitt-första-lösenord');
    assert.equal((await h.auth.login(account.email, 'mitt-första-lösenord', ADDRESS)).actor.library, 'ostersund');
  });

  test('the first link expires after 7 days', async () => {
    const h = await staffAuthHarness();
    const account = await h.auth.createAccount(h.coordinatorActor, NEW, link);
    h.advance(7 * 24 * 60);
    await assert.rejects(h.auth.resetPassword(h.lastToken(account.email), 'mitt-första-lösenord'), (e: unknown) => isSamverkaError(e, 'bad-request'));
  });

  test('an e-mail can have one account only, whatever its case', async () => {
    const h = await staffAuthHarness();
    await assert.rejects(h.auth.createAccount(h.coordinatorActor, { ...NEW, email: EDITOR.email.toUpperCase() }, link), (e: unknown) => isSamverkaError(e, 'conflict'));
  });

  test('input is validated: e-mail, name, role, and an editor\'s library among the members', async () => {
    const h = await staffAuthHarness();
    const create = (input: unknown) => h.auth.createAccount(h.coordinatorActor, input, link);
    await assert.rejects(create({ ...NEW, email: 'not-an-email' }), fieldIssue('email', 'invalid-email'));
    await assert.rejects(create({ ...NEW, name: ' ' }), fieldIssue('name', 'required'));
    await assert.rejects(create({ ...NEW, role: 'admin' }), fieldIssue('role', 'invalid'));
    await assert.rejects(create({ ...NEW, library: '' }), fieldIssue('library', 'required'));
    await assert.rejects(create({ ...NEW, library: 'uppsala' }), fieldIssue('library', 'unknown-library'));
    assert.equal((await create({ ...NEW, role: 'coordinator', library: '' })).library, null, 'a coordinator needs no library');
  });

  test('role, library and name change; deactivating ends the sessions and reactivating lets the person back', async () => {
    const h = await staffAuthHarness();
    const { token } = await h.auth.login(EDITOR.email, PASSWORD, ADDRESS);
    const moved = await h.auth.updateAccount(h.coordinatorActor, h.editor.id, { library: 'ostersund', name: 'Erik Flyttad' });
    assert.deepEqual([moved.library, moved.name, moved.role, moved.active], ['ostersund', 'Erik Flyttad', 'editor', true]);
    await h.auth.updateAccount(h.coordinatorActor, h.editor.id, { active: false });
    assert.equal(await h.auth.session(token), null);
    await assert.rejects(h.auth.login(EDITOR.email, PASSWORD, ADDRESS));
    await h.auth.updateAccount(h.coordinatorActor, h.editor.id, { active: 'true' });
    assert.ok((await h.auth.login(EDITOR.email, PASSWORD, ADDRESS)).token);
    await assert.rejects(h.auth.updateAccount(h.coordinatorActor, h.editor.id, { library: '' }), fieldIssue('library', 'required'));
    await assert.rejects(h.auth.updateAccount(h.coordinatorActor, 's-unknown', { name: 'X' }), (e: unknown) => isSamverkaError(e, 'not-found'));
  });

  test('a coordinator cannot demote or deactivate themself', async () => {
    const h = await staffAuthHarness();
    const me = h.coordinatorActor;
    await assert.rejects(h.auth.updateAccount(me, me.id, { active: false }), (e: unknown) => isSamverkaError(e, 'forbidden'));
    await assert.rejects(h.auth.updateAccount(me, me.id, { role: 'editor', library: 'krokom' }), (e: unknown) => isSamverkaError(e, 'forbidden'));
    assert.equal((await h.auth.updateAccount(me, me.id, { name: 'Sara S.' })).name, 'Sara S.');
  });

  test('an editor may not list, create or change accounts', async () => {
    const h = await staffAuthHarness();
    const forbidden = (e: unknown) => isSamverkaError(e, 'forbidden');
    await assert.rejects(h.auth.accounts(h.editorActor), forbidden);
    await assert.rejects(h.auth.createAccount(h.editorActor, NEW, link), forbidden);
    await assert.rejects(h.auth.updateAccount(h.editorActor, h.editor.id, { role: 'coordinator' }), forbidden);
    assert.equal(h.mailer.messages.length, 0);
    assert.equal((await h.auth.accounts(h.coordinatorActor)).length, 2);
  });

  test('each change is in the audit log with who made it', async () => {
    const h = await staffAuthHarness();
    const account = await h.auth.createAccount(h.coordinatorActor, NEW, link);
    await h.auth.updateAccount(h.coordinatorActor, account.id, { name: 'Nina Ny-Namn' });
    await h.auth.updateAccount(h.coordinatorActor, account.id, { active: 'off' });
    const lines = await h.store.auditLog({ targetId: account.id });
    assert.deepEqual(lines.map((l) => [l.action, l.actorEmail, l.library]).reverse(), [
      ['account-created', COORDINATOR.email, 'ostersund'],
      ['account-updated', COORDINATOR.email, 'ostersund'],
      ['account-deactivated', COORDINATOR.email, 'ostersund'],
    ]);
    assert.match(lines[0]!.summary, /Nina Ny-Namn/);
  });

  test('a mail server that fails is reported; the account exists', async () => {
    const h = await staffAuthHarness();
    h.mailer.failWith = new Error('connection refused');
    await assert.rejects(h.auth.createAccount(h.coordinatorActor, NEW, link), (e: unknown) => isSamverkaError(e, 'source-unavailable'));
    assert.ok(await h.store.staffCredentials({ email: NEW.email }));
  });
});

describe('the operator\'s methods (no actor)', () => {
  test('bootstrap creates or updates an account with a password, ending old sessions, and refuses a weak one', async () => {
    const h = await staffAuthHarness();
    const { token } = await h.auth.login(EDITOR.email, PASSWORD, ADDRESS);
    const again = await h.auth.bootstrapAccount({ ...EDITOR, name: 'Erik Igen' }, 'ett-helt-nytt-lösenord');
    assert.equal(again.id, h.editor.id);
    assert.equal(await h.auth.session(token), null);
    assert.ok((await h.auth.login(EDITOR.email, 'ett-helt-nytt-lösenord', ADDRESS)).token);
    await assert.rejects(h.auth.bootstrapAccount(NEW, 'kort'), (e: unknown) => isSamverkaError(e, 'bad-request'));
    assert.equal(await h.store.staffCredentials({ email: NEW.email }), null);
  });

  test('invite returns the link it mails, and reports a mail failure instead of throwing', async () => {
    const h = await staffAuthHarness();
    const invited = await h.auth.inviteAccount(NEW, link);
    assert.equal(invited.created, true);
    assert.equal(invited.mailedVia, 'memory');
    assert.equal(h.mailer.lastLink(invited.account.email), invited.link);
    h.mailer.failWith = new Error('no route to host');
    const again = await h.auth.inviteAccount(NEW, link);
    assert.deepEqual([again.created, again.mailedVia, again.mailError, again.account.id], [false, null, 'no route to host', invited.account.id]);
    assert.notEqual(again.link, invited.link);
  });

  test('deactivate by e-mail ends sessions; an unknown e-mail is not-found', async () => {
    const h = await staffAuthHarness();
    const { token } = await h.auth.login(EDITOR.email, PASSWORD, ADDRESS);
    assert.equal((await h.auth.deactivateAccount(EDITOR.email.toUpperCase())).active, false);
    assert.equal(await h.auth.session(token), null);
    await assert.rejects(h.auth.deactivateAccount('nobody@example.se'), (e: unknown) => isSamverkaError(e, 'not-found'));
    const [line] = await h.store.auditLog({ targetId: h.editor.id, limit: 1 });
    assert.deepEqual([line?.action, line?.actorId], ['account-deactivated', null]);
  });
});
