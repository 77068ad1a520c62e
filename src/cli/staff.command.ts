// `samverka staff add | list | deactivate`: the operator's way to manage staff accounts of the common web, e.g. the
// first coordinator. `add` prints a link to choose a password (valid 7 days) and mails it, or with --password-stdin
// sets the password read from standard input (never from an argument, which other users could see in `ps`).
import { Command, Option } from 'commander';
import { STAFF_ROLES, type StaffAccount, type StaffRole } from '../core/content.ts';
import { errors } from '../core/errors.ts';
import type { StaffAuth } from '../services/staff/staff-auth.ts';

/** The Swedish set-password address of the staff area (STAFF_PATHS.sv.resetPassword; staff.command.test.ts checks it). */
export const SET_PASSWORD_PATH = '/personal/nytt-losenord/';
export const DEFAULT_BASE_URL = 'http://localhost:3000';

/** What the commands need of the application (`App` from app.ts once it has `staff`). */
export interface StaffCommandApp {
  readonly staff: StaffAuth;
  /** The configuration's `web.baseUrl`, when it has one. */
  readonly baseUrl?: string;
  close(): Promise<void>;
}

export interface StaffCommandIo {
  print(line: string): void;
  readStdin(): Promise<string>;
  readonly env: NodeJS.ProcessEnv;
}

const processIo: StaffCommandIo = {
  print: (line) => process.stdout.write(`${line}\n`),
  readStdin: async () => {
    // On a terminal the password would be echoed as it is typed: take it from a pipe, or use the link instead.
    if (process.stdin.isTTY) throw errors.badRequest('--password-stdin reads a pipe, e.g. printf \'%s\' "$PASSWORD" | samverka staff add …; on a terminal, leave it out and use the link');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
  },
  env: process.env,
};

interface AddOptions {
  readonly email: string;
  readonly name: string;
  readonly role: StaffRole;
  readonly library?: string;
  readonly passwordStdin?: boolean;
}

export function registerStaffCommand(program: Command, openApp: () => Promise<StaffCommandApp>, io: StaffCommandIo = processIo): Command {
  const staff = program.command('staff').description('staff accounts of the common web: add, list, deactivate');
  const withStaff = async (action: (auth: StaffAuth, configuredBase?: string) => Promise<void>) => {
    const app = await openApp();
    try {
      await action(app.staff, app.baseUrl);
    } finally {
      await app.close();
    }
  };

  staff.command('add')
    .description('create (or update and reactivate) a staff account; prints a link to choose the password and mails it')
    .requiredOption('--email <email>', 'the e-mail address, which is also the user name')
    .requiredOption('--name <name>', 'the name shown in the staff area and the audit log')
    .addOption(new Option('--role <role>', 'coordinator: everything; editor: one library\'s content').choices(STAFF_ROLES).makeOptionMandatory())
    .option('--library <id>', 'the member library (required for an editor)')
    .option('--password-stdin', 'set the password read from standard input instead of making a link')
    .action((options: AddOptions) => withStaff((auth, configuredBase) => addStaff(auth, options, io, configuredBase)));

  staff.command('list')
    .description('list the staff accounts')
    .option('--json', 'print the accounts as one JSON array')
    .action((options: { json?: boolean }) => withStaff((auth) => listStaff(auth, options.json ?? false, io)));

  staff.command('deactivate')
    .description('deactivate a staff account and end its sessions')
    .requiredOption('--email <email>', 'the account\'s e-mail address')
    .action((options: { email: string }) => withStaff(async (auth) => {
      const account = await auth.deactivateAccount(options.email);
      io.print(`Deactivated ${account.email}; its sessions have ended.`);
    }));

  return staff;
}

async function addStaff(auth: StaffAuth, options: AddOptions, io: StaffCommandIo, configuredBase?: string): Promise<void> {
  const account = { email: options.email, name: options.name, role: options.role, library: options.library ?? null };
  if (options.passwordStdin) {
    const password = (await io.readStdin()).replace(/\r?\n$/, '');
    if (password === '') throw errors.badRequest('No password on standard input');
    const saved = await auth.bootstrapAccount(account, password);
    io.print(`Saved ${describe(saved)} with the password given.`);
    return;
  }
  const base = baseUrl(io.env, configuredBase);
  const result = await auth.inviteAccount(account, (token) => `${base}${SET_PASSWORD_PATH}${token}`);
  io.print(`${result.created ? 'Created' : 'Updated'} ${describe(result.account)}.`);
  io.print(`Link to choose the password (valid 7 days, one use): ${result.link}`);
  io.print(result.mailedVia ? `The link was also sent to ${result.account.email} via ${result.mailedVia}.` : `The link could not be mailed (${result.mailError}); hand it over another way.`);
}

async function listStaff(auth: StaffAuth, json: boolean, io: StaffCommandIo): Promise<void> {
  const accounts = await auth.listAccounts();
  if (json) {
    io.print(JSON.stringify(accounts));
    return;
  }
  if (accounts.length === 0) {
    io.print('No staff accounts yet; add one with `samverka staff add`.');
    return;
  }
  for (const a of accounts) {
    const lastLogin = a.lastLoginAt ? `last login ${a.lastLoginAt.slice(0, 16).replace('T', ' ')} UTC` : 'never logged in';
    io.print(`${a.active ? ' ' : '-'} ${describe(a)}; ${lastLogin}${a.active ? '' : ' (deactivated)'}`);
  }
}

function describe(account: StaffAccount): string {
  return `${account.email} (${account.name}, ${account.role}${account.library ? ` of ${account.library}` : ''})`;
}

/** The site's public address for the links in mails: SAMVERKA_BASE_URL, else the configuration's web.baseUrl, else localhost. */
export function baseUrl(env: NodeJS.ProcessEnv, configured?: string): string {
  const value = env.SAMVERKA_BASE_URL?.trim() || configured || DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw errors.configInvalid([`SAMVERKA_BASE_URL: "${value}" is not a web address such as https://bibliotek.example.se`]);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw errors.configInvalid(['SAMVERKA_BASE_URL: must start with https:// or http://']);
  return value.replace(/\/+$/, '');
}
