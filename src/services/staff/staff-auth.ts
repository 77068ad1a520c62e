// The port of staff login and accounts. Passwords are hashed with argon2id; sessions are random tokens whose SHA-256
// is stored (so a stolen database holds no usable session); logins are throttled per e-mail and per address in the
// store (shared by all web nodes). Messages never tell whether an e-mail exists.
import type { Actor, StaffAccount, StaffRole } from '../../core/content.ts';
import type { LibraryId } from '../../core/types.ts';

export interface SessionLimits {
  /** A session ends after this long without a request (default 30 min). */
  readonly idleMinutes: number;
  /** And after this long whatever happens (default 10 h: one working day). */
  readonly absoluteHours: number;
}

export interface LoginResult {
  /** The cookie value (random, 32 bytes base64url); never stored. */
  readonly token: string;
  readonly actor: Actor;
  readonly expiresAt: string;
}

export interface NewAccount {
  readonly email: string;
  readonly name: string;
  readonly role: StaffRole;
  readonly library: LibraryId | null;
}

export interface StaffAuth {
  /** `unauthenticated` for a wrong e-mail or password or an inactive account (one message), `rate-limited` after
   *  5 failures per e-mail or 20 per address in 15 minutes. Success clears the e-mail's failures. */
  login(email: string, password: string, address: string): Promise<LoginResult>;
  /** The actor of a live session (and marks it used), or null when unknown, idle too long or past its end. */
  session(token: string): Promise<Actor | null>;
  logout(token: string): Promise<void>;
  /** Mails a one-hour, one-use link when the e-mail belongs to an active account; silent otherwise (no enumeration).
   *  Throttled like logins. `link` builds the address from the token. */
  requestPasswordReset(email: string, address: string, link: (token: string) => string): Promise<void>;
  /** `bad-request` for an unknown/used/expired token or a weak password (< 12 characters). Ends the account's sessions. */
  resetPassword(token: string, newPassword: string): Promise<void>;
  /** `bad-request` for a wrong current password (throttled like logins) or a weak new one. Ends the account's other
   *  sessions; the one whose token is `keepToken` (the caller's own) stays. */
  changePassword(actor: Actor, current: string, next: string, keepToken?: string): Promise<void>;

  /** Coordinator only (policy `staff.manage`). */
  accounts(actor: Actor): Promise<readonly StaffAccount[]>;
  /** Creates the account without a password and mails a link to set one (the reset flow, valid 7 days). */
  createAccount(actor: Actor, input: unknown, link: (token: string) => string): Promise<StaffAccount>;
  /** Role, library, name, active; deactivating ends the account's sessions. A coordinator cannot demote or deactivate themself.
   *  `input` holds any of { name, role, library, active }: what is absent stays; `active` is true/false, "true"/"false" or "on"/"off". */
  updateAccount(actor: Actor, id: string, input: unknown): Promise<StaffAccount>;
  /** For the CLI and the demo seed: creates or updates an account with a password, no actor (audited as system). */
  bootstrapAccount(account: NewAccount, password: string): Promise<StaffAccount>;

  // The operator's command line (`samverka staff …`): no actor, audited as the system.
  /** Creates (or updates and reactivates) the account without touching its password and issues a set-password link
   *  valid 7 days, mailed to the account; a mail that cannot be sent is reported in `mailError`, not thrown. */
  inviteAccount(account: NewAccount, link: (token: string) => string): Promise<InviteResult>;
  /** Every account, by e-mail. */
  listAccounts(): Promise<readonly StaffAccount[]>;
  /** Deactivates the account with this e-mail and ends its sessions; `not-found` for an unknown e-mail. */
  deactivateAccount(email: string): Promise<StaffAccount>;
}

export interface InviteResult {
  readonly account: StaffAccount;
  readonly created: boolean;
  /** The set-password address, to hand over when mail does not reach the person. */
  readonly link: string;
  /** Where the mail went (the mailer's destination); null when it could not be sent. */
  readonly mailedVia: string | null;
  /** Why the mail could not be sent; null when it was. */
  readonly mailError: string | null;
}
