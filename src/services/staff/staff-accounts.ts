// Staff accounts: a coordinator creates and changes them (policy `staff.manage`); the operator's command line and
// the demo seed do it as the system. A new account gets no password but a 7-day link to choose one (the reset flow).
import type { Actor, StaffAccount } from '../../core/content.ts';
import { errors } from '../../core/errors.ts';
import type { LibraryId } from '../../core/types.ts';
import type { ContentStore } from '../../store/content-store.ts';
import { authorize } from '../policy.ts';
import { assertRoleAndLibrary, parseAccountChanges, parseNewAccount, type AccountChanges, type AccountFields } from './account-input.ts';
import type { Mailer } from './mailer.ts';
import type { PasswordHasher } from './password-hasher.ts';
import { assertGoodPassword } from './password-rules.ts';
import { describeAccount, staffAuditEntry, type StaffAuditLine } from './staff-audit.ts';
import type { InviteResult, NewAccount } from './staff-auth.ts';
import { welcomeMail } from './staff-mail.ts';
import { issuePasswordLink, newAccountId } from './staff-tokens.ts';

/** How long the first link of a new account lasts: long enough for someone away a few days. */
export const WELCOME_LINK_DAYS = 7;

export interface StaffAccountsOptions {
  readonly store: ContentStore;
  readonly mailer: Mailer;
  readonly clock: () => Date;
  readonly hasher: PasswordHasher;
  readonly libraries: readonly LibraryId[];
  readonly siteName: string;
}

export class StaffAccounts {
  constructor(private readonly options: StaffAccountsOptions) {}

  async accounts(actor: Actor): Promise<readonly StaffAccount[]> {
    authorize(actor, { action: 'staff.manage' });
    return this.options.store.staffAccounts();
  }

  async create(actor: Actor, input: unknown, link: (token: string) => string): Promise<StaffAccount> {
    authorize(actor, { action: 'staff.manage' });
    const fields = parseNewAccount(input, this.options.libraries);
    const { account } = await this.save(fields, { actor, mustBeNew: true });
    const token = await this.welcomeLink(account);
    try {
      await this.options.mailer.send(welcomeMail({ to: account.email, name: account.name, link: link(token), siteName: this.options.siteName }));
    } catch (error) {
      // The account stays; the person can ask for a link on the login page once mail works again.
      throw errors.sourceUnavailable('mail', error);
    }
    return account;
  }

  async update(actor: Actor, id: string, input: unknown): Promise<StaffAccount> {
    authorize(actor, { action: 'staff.manage' });
    const changes = parseAccountChanges(input);
    const stored = (await this.options.store.staffCredentials({ id }))?.account;
    if (!stored) throw errors.notFound('staff account', id);
    // The last coordinator could otherwise lock everyone out of account management.
    if (id === actor.id && changes.role === 'editor') throw errors.forbidden('staff.demote-self', id);
    if (id === actor.id && changes.active === false) throw errors.forbidden('staff.deactivate-self', id);
    return this.apply(stored, changes, actor);
  }

  async bootstrap(input: NewAccount, password: string): Promise<StaffAccount> {
    const fields = parseNewAccount(input, this.options.libraries);
    assertGoodPassword(password, fields.email);
    const { account, created } = await this.save(fields, { actor: null, passwordHash: await this.options.hasher.hash(password) });
    if (!created) await this.options.store.deleteSessionsOf(account.id);
    await this.audit({ action: 'password-changed', actor: null, account, summary: `Satte lösenordet för ${account.email}` });
    return account;
  }

  async invite(input: NewAccount, link: (token: string) => string): Promise<InviteResult> {
    const fields = parseNewAccount(input, this.options.libraries);
    const { account, created } = await this.save(fields, { actor: null });
    const address = link(await this.welcomeLink(account));
    try {
      await this.options.mailer.send(welcomeMail({ to: account.email, name: account.name, link: address, siteName: this.options.siteName }));
      return { account, created, link: address, mailedVia: this.options.mailer.destination ?? 'e-mail', mailError: null };
    } catch (error) {
      return { account, created, link: address, mailedVia: null, mailError: error instanceof Error ? error.message : String(error) };
    }
  }

  list(): Promise<readonly StaffAccount[]> {
    return this.options.store.staffAccounts();
  }

  async deactivate(email: string): Promise<StaffAccount> {
    const stored = (await this.options.store.staffCredentials({ email: email.trim().toLowerCase() }))?.account;
    if (!stored) throw errors.notFound('staff account', email);
    return this.apply(stored, { active: false }, null);
  }

  /** Creates the account, or (unless `mustBeNew`) updates the one with its e-mail and makes it active again. */
  private async save(fields: AccountFields, how: { actor: Actor | null; mustBeNew?: boolean; passwordHash?: string }) {
    const { store, clock } = this.options;
    const existing = (await store.staffCredentials({ email: fields.email }))?.account ?? null;
    if (existing && how.mustBeNew) throw errors.conflict(`An account with the e-mail ${fields.email} exists`, { field: 'email' });
    const account: StaffAccount = existing
      ? { ...existing, ...fields, active: true }
      : { id: newAccountId(), ...fields, active: true, createdAt: clock().toISOString(), lastLoginAt: null };
    if (!(await store.putStaffAccount(account, how.passwordHash ?? null))) {
      throw errors.conflict(`An account with the e-mail ${fields.email} exists`, { field: 'email' });
    }
    await this.audit(existing
      ? { action: 'account-updated', actor: how.actor, account, summary: `Ändrade kontot: ${describeAccount(account)}` }
      : { action: 'account-created', actor: how.actor, account, summary: `Skapade kontot: ${describeAccount(account)}` });
    return { account, created: existing === null };
  }

  private async apply(stored: StaffAccount, changes: AccountChanges, actor: Actor | null): Promise<StaffAccount> {
    const next: StaffAccount = { ...stored, ...changes };
    if (changes.role !== undefined || changes.library !== undefined) assertRoleAndLibrary(next, this.options.libraries);
    await this.options.store.putStaffAccount(next, null);
    const deactivated = stored.active && !next.active;
    if (!next.active) await this.options.store.deleteSessionsOf(next.id);
    if (deactivated) {
      await this.audit({ action: 'account-deactivated', actor, account: next, summary: `Stängde av kontot: ${describeAccount(next)}` });
    } else if (JSON.stringify(next) !== JSON.stringify(stored)) {
      await this.audit({ action: 'account-updated', actor, account: next, summary: `Ändrade kontot: ${describeAccount(next)}${next.active ? '' : ' (avstängt)'}` });
    }
    return next;
  }

  private welcomeLink(account: StaffAccount): Promise<string> {
    const expiresAt = new Date(this.options.clock().getTime() + WELCOME_LINK_DAYS * 24 * 3_600_000);
    return issuePasswordLink(this.options.store, account.id, expiresAt);
  }

  private audit(line: StaffAuditLine): Promise<void> {
    return this.options.store.audit(staffAuditEntry(this.options.clock(), line));
  }
}
