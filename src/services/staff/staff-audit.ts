// The audit lines of staff logins and accounts: who (a staff member, or null for the system), which account, and a
// short Swedish summary for the log page. Never a password: only e-mails, names, roles and addresses go in.
import type { AuditAction, AuditEntry, StaffAccount, StaffRole } from '../../core/content.ts';

export interface StaffAuditLine {
  readonly action: AuditAction;
  /** Who did it; null for the system (the command line, the demo seed). */
  readonly actor: { readonly id: string | null; readonly email: string | null } | null;
  /** The account it concerns; null when none matched (a failed login with an unknown e-mail). */
  readonly account: Pick<StaffAccount, 'id' | 'library'> | null;
  readonly summary: string;
}

export function staffAuditEntry(at: Date, line: StaffAuditLine): Omit<AuditEntry, 'id'> {
  return {
    at: at.toISOString(),
    actorId: line.actor?.id ?? null,
    actorEmail: line.actor?.email ?? null,
    action: line.action,
    targetKind: 'staff',
    targetId: line.account?.id ?? '-',
    library: line.account?.library ?? null,
    summary: line.summary,
  };
}

const ROLE_NAMES: Record<StaffRole, string> = { coordinator: 'samordnare', editor: 'redaktör' };

/** "Anna Berg <anna@example.se>, redaktör för krokom". */
export function describeAccount(account: Pick<StaffAccount, 'name' | 'email' | 'role' | 'library'>): string {
  const library = account.library ? ` för ${account.library}` : '';
  return `${account.name} <${account.email}>, ${ROLE_NAMES[account.role]}${library}`;
}

/** What a typed e-mail may be logged as: only something shaped like an e-mail, since people sometimes type their
 *  password into the e-mail field. */
export function loggableEmail(typed: string): string | null {
  return typed.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(typed) ? typed : null;
}
