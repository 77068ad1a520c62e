// Staff login, sessions and passwords over the content store (the port is staff-auth.ts); account management is in
// staff-accounts.ts. An unknown e-mail costs the same password check as a known one, and every refusal reads alike.
import type { Actor, StaffAccount } from '../../core/content.ts';
import { errors } from '../../core/errors.ts';
import type { LibraryId } from '../../core/types.ts';
import type { ContentStore } from '../../store/content-store.ts';
import { LoginThrottle } from './login-throttle.ts';
import type { Mailer } from './mailer.ts';
import { Argon2PasswordHasher, type PasswordHasher } from './password-hasher.ts';
import { PASSWORD_MAX_LENGTH, assertGoodPassword, passwordProblem } from './password-rules.ts';
import { StaffAccounts } from './staff-accounts.ts';
import { loggableEmail, staffAuditEntry, type StaffAuditLine } from './staff-audit.ts';
import type { InviteResult, LoginResult, NewAccount, SessionLimits, StaffAuth } from './staff-auth.ts';
import { resetMail } from './staff-mail.ts';
import { issuePasswordLink, newToken, tokenHash } from './staff-tokens.ts';

export const DEFAULT_SESSION_LIMITS: SessionLimits = { idleMinutes: 30, absoluteHours: 10 };
export const RESET_LINK_HOURS = 1;
/** A session's last-seen time is written at most this often: not on every request. */
const TOUCH_INTERVAL_MS = 60_000;
/** Tokens are 43 characters; anything much longer is not worth hashing. */
const MAX_TOKEN_LENGTH = 128;

export interface StaffAuthOptions {
  readonly store: ContentStore;
  readonly mailer: Mailer;
  readonly clock: () => Date;
  /** The member libraries an editor may belong to. */
  readonly libraries: readonly LibraryId[];
  readonly limits?: SessionLimits;
  /** Default: argon2id with OWASP's parameters. */
  readonly hasher?: PasswordHasher;
  /** Named in e-mails; default "Samverka". */
  readonly siteName?: string;
  /** A reset mail goes out after the request is answered (so the answer's timing does not tell whether the e-mail
   *  has an account); a failure to send it lands here. Default: one line on stderr. */
  readonly onMailError?: (error: unknown) => void;
}

export class StaffAuthService implements StaffAuth {
  private readonly store: ContentStore;
  private readonly clock: () => Date;
  private readonly limits: SessionLimits;
  private readonly hasher: PasswordHasher;
  private readonly logins: LoginThrottle;
  private readonly resets: LoginThrottle;
  private readonly accountsAdmin: StaffAccounts;
  /** What an unknown e-mail's password is checked against; made at once so the first such login is not the slow one. */
  private readonly dummyHash: Promise<string>;

  constructor(private readonly options: StaffAuthOptions) {
    this.store = options.store;
    this.clock = options.clock;
    this.limits = options.limits ?? DEFAULT_SESSION_LIMITS;
    this.hasher = options.hasher ?? new Argon2PasswordHasher();
    this.logins = new LoginThrottle(options.store);
    this.resets = new LoginThrottle(options.store, 'reset-');
    this.accountsAdmin = new StaffAccounts({ ...options, hasher: this.hasher, siteName: options.siteName ?? 'Samverka' });
    this.dummyHash = this.hasher.hash(newToken());
  }

  async login(email: string, password: string, address: string): Promise<LoginResult> {
    const now = this.clock();
    const typed = email.trim().toLowerCase();
    await this.logins.admit(typed, address, now);
    const credentials = await this.store.staffCredentials({ email: typed });
    const matches = await this.passwordMatches(credentials?.passwordHash ?? null, password);
    if (!credentials || !matches || !credentials.account.active) {
      await this.logins.countAddress(address, now);
      await this.audit(now, {
        action: 'login-failed', actor: { id: null, email: loggableEmail(typed) }, account: credentials?.account ?? null,
        summary: `Misslyckad inloggning från ${address}`,
      });
      throw errors.unauthenticated('Wrong e-mail or password');
    }
    await this.logins.cleared(typed);
    const rehashed = this.hasher.needsRehash(credentials.passwordHash!) ? await this.hasher.hash(password) : null;
    const account: StaffAccount = { ...credentials.account, lastLoginAt: now.toISOString() };
    await this.store.putStaffAccount(account, rehashed);
    await this.store.deleteExpiredSessions(now.toISOString());
    const token = newToken();
    const expiresAt = new Date(now.getTime() + this.limits.absoluteHours * 3_600_000).toISOString();
    await this.store.createSession({ tokenHash: tokenHash(token), accountId: account.id, createdAt: now.toISOString(), seenAt: now.toISOString(), expiresAt });
    await this.audit(now, { action: 'login', actor: account, account, summary: `Loggade in från ${address}` });
    return { token, actor: actorOf(account), expiresAt };
  }

  async session(token: string): Promise<Actor | null> {
    if (token.length > MAX_TOKEN_LENGTH) return null;
    const hash = tokenHash(token);
    const session = await this.store.getSession(hash);
    if (!session) return null;
    const now = this.clock().getTime();
    const idleFor = now - Date.parse(session.seenAt);
    if (now >= Date.parse(session.expiresAt) || idleFor >= this.limits.idleMinutes * 60_000) {
      await this.store.deleteSession(hash);
      return null;
    }
    const account = (await this.store.staffCredentials({ id: session.accountId }))?.account;
    if (!account?.active) {
      await this.store.deleteSession(hash);
      return null;
    }
    if (idleFor >= TOUCH_INTERVAL_MS) await this.store.touchSession(hash, new Date(now).toISOString());
    return actorOf(account);
  }

  async logout(token: string): Promise<void> {
    if (token.length > MAX_TOKEN_LENGTH) return;
    const hash = tokenHash(token);
    const session = await this.store.getSession(hash);
    if (!session) return;
    await this.store.deleteSession(hash);
    const account = (await this.store.staffCredentials({ id: session.accountId }))?.account ?? null;
    await this.audit(this.clock(), { action: 'logout', actor: account, account, summary: 'Loggade ut' });
  }

  async requestPasswordReset(email: string, address: string, link: (token: string) => string): Promise<void> {
    const now = this.clock();
    const typed = email.trim().toLowerCase();
    await this.resets.admit(typed, address, now);
    await this.resets.countAddress(address, now);
    const account = (await this.store.staffCredentials({ email: typed }))?.account;
    if (!account?.active) return;
    const token = await issuePasswordLink(this.store, account.id, new Date(now.getTime() + RESET_LINK_HOURS * 3_600_000));
    await this.audit(now, { action: 'password-reset-requested', actor: { id: null, email: account.email }, account, summary: `Bad om en länk för nytt lösenord från ${address}` });
    const message = resetMail({ to: account.email, name: account.name, link: link(token), siteName: this.options.siteName ?? 'Samverka' });
    this.options.mailer.send(message).catch(this.options.onMailError ?? reportMailError);
  }

  async resetPassword(token: string, newPassword: string): Promise<void> {
    const hash = tokenHash(token.slice(0, MAX_TOKEN_LENGTH));
    const reset = await this.store.takePasswordReset(hash);
    const now = this.clock();
    const account = reset && now.getTime() < Date.parse(reset.expiresAt) ? (await this.store.staffCredentials({ id: reset.accountId }))?.account : null;
    if (!reset || !account?.active) throw errors.badRequest('The link is unknown, used or expired', { field: 'token', reason: 'invalid-link' });
    if (passwordProblem(newPassword, account.email)) {
      // A weak choice does not use the link up: put it back so the person can try a better password.
      await this.store.putPasswordReset({ tokenHash: hash, ...reset });
      assertGoodPassword(newPassword, account.email);
    }
    await this.store.putStaffAccount(account, await this.hasher.hash(newPassword));
    await this.store.deleteSessionsOf(account.id);
    await this.logins.cleared(account.email);
    await this.audit(now, { action: 'password-changed', actor: account, account, summary: 'Valde ett nytt lösenord med en e-postad länk' });
  }

  async changePassword(actor: Actor, current: string, next: string, keepToken?: string): Promise<void> {
    const now = this.clock();
    const credentials = await this.store.staffCredentials({ id: actor.id });
    if (!credentials?.account.active) throw errors.unauthenticated();
    const { account } = credentials;
    await this.logins.admit(account.email, null, now);
    if (!(await this.passwordMatches(credentials.passwordHash, current))) {
      throw errors.badRequest('The current password is wrong', { field: 'current', reason: 'wrong-password' });
    }
    await this.logins.cleared(account.email);
    assertGoodPassword(next, account.email);
    await this.store.putStaffAccount(account, await this.hasher.hash(next));
    const kept = keepToken && keepToken.length <= MAX_TOKEN_LENGTH ? await this.store.getSession(tokenHash(keepToken)) : null;
    await this.store.deleteSessionsOf(account.id);
    if (kept?.accountId === account.id) await this.store.createSession(kept);
    await this.audit(now, { action: 'password-changed', actor: account, account, summary: 'Bytte lösenord' });
  }

  accounts(actor: Actor) { return this.accountsAdmin.accounts(actor); }
  createAccount(actor: Actor, input: unknown, link: (token: string) => string) { return this.accountsAdmin.create(actor, input, link); }
  updateAccount(actor: Actor, id: string, input: unknown) { return this.accountsAdmin.update(actor, id, input); }
  bootstrapAccount(account: NewAccount, password: string) { return this.accountsAdmin.bootstrap(account, password); }
  inviteAccount(account: NewAccount, link: (token: string) => string): Promise<InviteResult> { return this.accountsAdmin.invite(account, link); }
  listAccounts() { return this.accountsAdmin.list(); }
  deactivateAccount(email: string) { return this.accountsAdmin.deactivate(email); }

  /** False without a hash (unknown e-mail, no password chosen yet), after checking against a dummy hash all the same
   *  so the answer takes as long as for a real account. */
  private async passwordMatches(hash: string | null, password: string): Promise<boolean> {
    // Anything longer than a password may be is checked as empty: it cannot match, and hashing it is work for nothing.
    const candidate = password.length > 4 * PASSWORD_MAX_LENGTH ? '' : password;
    const matches = await this.hasher.verify(hash ?? (await this.dummyHash), candidate);
    return matches && hash !== null && candidate === password;
  }

  private audit(at: Date, line: StaffAuditLine): Promise<void> {
    return this.store.audit(staffAuditEntry(at, line));
  }
}

function actorOf(account: StaffAccount): Actor {
  return { id: account.id, email: account.email, role: account.role, library: account.library };
}

function reportMailError(error: unknown): void {
  process.stderr.write(`samverka: a password reset e-mail could not be sent: ${error instanceof Error ? error.message : String(error)}\n`);
}
