import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Command } from 'commander';
import { isSamverkaError } from '../core/errors.ts';
import { STAFF_PATHS } from '../web/staff/staff-paths.ts';
import { ADDRESS, COORDINATOR, EDITOR, PASSWORD, staffAuthHarness } from '../../test/helpers/staff-auth-harness.ts';
import { baseUrl, registerStaffCommand, SET_PASSWORD_PATH } from './staff.command.ts';

async function cli(options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}) {
  const h = await staffAuthHarness();
  const printed: string[] = [];
  let closed = 0;
  const run = async (...args: string[]) => {
    printed.length = 0;
    const program = new Command().exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
    registerStaffCommand(program, async () => ({ staff: h.auth, close: async () => { closed++; } }), {
      print: (line) => printed.push(line),
      readStdin: async () => options.stdin ?? '',
      env: options.env ?? {},
    });
    await program.parseAsync(['staff', ...args], { from: 'user' });
    return printed.join('\n');
  };
  return { h, run, printed, closed: () => closed };
}

describe('samverka staff add', () => {
  test('prints a link to choose the password at the site\'s address, and mails the same link', async () => {
    const { h, run, closed } = await cli({ env: { SAMVERKA_BASE_URL: 'https://bibliotek.example.se/' } });
    const out = await run('add', '--email', 'Ny@Example.se', '--name', 'Nina Ny', '--role', 'editor', '--library', 'ostersund');
    const printedLink = /https:\/\/bibliotek\.example\.se\/personal\/nytt-losenord\/[A-Za-z0-9_-]{43}/.exec(out)?.[0];
    assert.ok(printedLink, out);
    assert.equal(h.mailer.lastLink('ny@example.se'), printedLink);
    assert.match(out, /^Created ny@example\.se \(Nina Ny, editor of ostersund\)\.$/m);
    assert.match(out, /sent to ny@example\.se via memory/);
    assert.equal(closed(), 1, 'the app is closed after the command');
    await h.auth.resetPassword(printedLink.slice(printedLink.lastIndexOf('/') + 1), 'mitt-första-lösenord');
    assert.ok((await h.auth.login('ny@example.se', 'mitt-första-lösenord', ADDRESS)).token);
  });

  test('when mail fails the link is still printed, with the reason', async () => {
    const { h, run } = await cli();
    h.mailer.failWith = new Error('connect ECONNREFUSED 127.0.0.1:25');
    const out = await run('add', '--email', 'ny@example.se', '--name', 'Nina Ny', '--role', 'coordinator');
    assert.match(out, /http:\/\/localhost:3000\/personal\/nytt-losenord\/\S{43}/);
    assert.match(out, /could not be mailed \(connect ECONNREFUSED 127\.0\.0\.1:25\)/);
  });

  test('--password-stdin sets the password read from standard input and never prints it', async () => {
    const { h, run } = await cli({ stdin: 'ett-långt-lösenord-här\n' });
    const out = await run('add', '--email', 'ny@example.se', '--name', 'Nina Ny', '--role', 'coordinator', '--password-stdin');
    assert.ok(!out.includes('ett-långt-lösenord-här'));
    assert.equal(h.mailer.to('ny@example.se').length, 0);
    assert.equal((await h.auth.login('ny@example.se', 'ett-långt-lösenord-här', ADDRESS)).actor.role, 'coordinator');
  });

  test('a weak password, an editor without a library and an unknown role are refused', async () => {
    const weak = await cli({ stdin: 'kort\n' });
    await assert.rejects(weak.run('add', '--email', 'ny@example.se', '--name', 'N', '--role', 'coordinator', '--password-stdin'), (e: unknown) => isSamverkaError(e, 'bad-request'));
    const { run } = await cli();
    await assert.rejects(run('add', '--email', 'ny@example.se', '--name', 'N', '--role', 'editor'), (e: unknown) => isSamverkaError(e, 'bad-request'));
    await assert.rejects(run('add', '--email', 'ny@example.se', '--name', 'N', '--role', 'admin'), { code: 'commander.invalidArgument' });
  });
});

describe('samverka staff list and deactivate', () => {
  test('list shows every account, as text or JSON', async () => {
    const { run } = await cli();
    const text = await run('list');
    assert.match(text, new RegExp(`${EDITOR.email} \\(${EDITOR.name}, editor of krokom\\); never logged in`));
    assert.match(text, new RegExp(`${COORDINATOR.email} \\(${COORDINATOR.name}, coordinator\\)`));
    const json = JSON.parse(await run('list', '--json')) as { email: string; active: boolean }[];
    assert.deepEqual(json.map((a) => a.email).sort(), [COORDINATOR.email, EDITOR.email].sort());
    assert.ok(!JSON.stringify(json).includes('argon2'), 'no password hashes');
  });

  test('deactivate ends the account\'s sessions', async () => {
    const { h, run } = await cli();
    const { token } = await h.auth.login(EDITOR.email, PASSWORD, ADDRESS);
    assert.match(await run('deactivate', '--email', EDITOR.email), /Deactivated/);
    assert.equal(await h.auth.session(token), null);
    assert.match(await run('list'), /\(deactivated\)/);
    await assert.rejects(run('deactivate', '--email', 'nobody@example.se'), (e: unknown) => isSamverkaError(e, 'not-found'));
  });
});

test('the link path is the staff area\'s Swedish set-password address, and the base URL is checked', () => {
  assert.equal(SET_PASSWORD_PATH, STAFF_PATHS.sv.resetPassword);
  assert.equal(baseUrl({}), 'http://localhost:3000');
  assert.equal(baseUrl({ SAMVERKA_BASE_URL: 'https://bibliotek.example.se//' }), 'https://bibliotek.example.se');
  assert.equal(baseUrl({}, 'https://bibliotek.example.se'), 'https://bibliotek.example.se', 'the configuration\'s web.baseUrl when no variable says otherwise');
  assert.equal(baseUrl({ SAMVERKA_BASE_URL: 'https://test.example.se' }, 'https://bibliotek.example.se'), 'https://test.example.se');
  assert.throws(() => baseUrl({ SAMVERKA_BASE_URL: 'bibliotek.example.se' }), (e: unknown) => isSamverkaError(e, 'config-invalid'));
});
