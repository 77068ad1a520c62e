// SQL of staff sign-in: accounts (JSON, a unique lower-cased e-mail, the password hash), sessions, login attempts
// in fixed windows, and one-use password resets.
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { StaffAccount } from '../../../core/content.ts';
import type { StaffCredentials, StaffSession } from '../../content-store.ts';
import { prepared } from '../sql-helpers.ts';
import type { ContentTables, StaffSessionsTable } from './content-schema.ts';
import { isUniqueViolation } from './versioned-put.ts';

export class StaffRepository {
  constructor(private readonly db: Kysely<ContentTables>, private readonly database: BetterSqlite3.Database) {}

  async accounts(): Promise<StaffAccount[]> {
    const rows = await this.db.selectFrom('staff_accounts').select('data').orderBy('email_key').execute();
    return rows.map((row) => JSON.parse(row.data) as StaffAccount);
  }

  async credentials(by: { readonly id: string } | { readonly email: string }): Promise<StaffCredentials | null> {
    const select = this.db.selectFrom('staff_accounts').select(['data', 'password_hash']);
    const row = await ('id' in by ? select.where('id', '=', by.id) : select.where('email_key', '=', by.email.toLowerCase())).executeTakeFirst();
    return row === undefined ? null : { account: JSON.parse(row.data) as StaffAccount, passwordHash: row.password_hash };
  }

  /** False when another account has the e-mail; a null hash keeps the stored one. */
  async putAccount(account: StaffAccount, passwordHash: string | null): Promise<boolean> {
    try {
      prepared(this.database, `
        insert into staff_accounts (id, email_key, password_hash, data) values (@id, @email_key, @password_hash, @data)
        on conflict (id) do update set email_key = excluded.email_key, data = excluded.data,
          password_hash = coalesce(excluded.password_hash, staff_accounts.password_hash)`,
      ).run({ id: account.id, email_key: account.email.toLowerCase(), password_hash: passwordHash, data: JSON.stringify(account) });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async createSession(session: StaffSession): Promise<void> {
    await this.db.insertInto('staff_sessions').values({
      token_hash: session.tokenHash, account_id: session.accountId, created_at: session.createdAt, seen_at: session.seenAt, expires_at: session.expiresAt,
    }).execute();
  }

  async session(tokenHash: string): Promise<StaffSession | null> {
    const row = await this.db.selectFrom('staff_sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return row === undefined ? null : toSession(row);
  }

  async touchSession(tokenHash: string, seenAt: string): Promise<void> {
    await this.db.updateTable('staff_sessions').set({ seen_at: seenAt }).where('token_hash', '=', tokenHash).execute();
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('staff_sessions').where('token_hash', '=', tokenHash).execute();
  }

  async deleteSessionsOf(accountId: string): Promise<void> {
    await this.db.deleteFrom('staff_sessions').where('account_id', '=', accountId).execute();
  }

  /** A session ends at its `expiresAt`. */
  async deleteExpiredSessions(now: string): Promise<number> {
    const result = await this.db.deleteFrom('staff_sessions').where('expires_at', '<=', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** One statement pair in one transaction; a newer window forgets the key's older ones (only the current counts). */
  async countAttempt(key: string, windowStart: string): Promise<number> {
    return this.database.transaction(() => {
      prepared(this.database, 'delete from login_attempts where key = ? and window_start < ?').run(key, windowStart);
      const row = prepared(this.database, `
        insert into login_attempts (key, window_start, count) values (?, ?, 1)
        on conflict (key, window_start) do update set count = count + 1
        returning count`).get(key, windowStart) as { count: number };
      return row.count;
    }).immediate();
  }

  async attemptsIn(key: string, windowStart: string): Promise<number> {
    const row = await this.db.selectFrom('login_attempts').select('count').where('key', '=', key).where('window_start', '=', windowStart).executeTakeFirst();
    return row?.count ?? 0;
  }

  async clearAttempts(key: string): Promise<void> {
    await this.db.deleteFrom('login_attempts').where('key', '=', key).execute();
  }

  async putPasswordReset(reset: { readonly tokenHash: string; readonly accountId: string; readonly expiresAt: string }): Promise<void> {
    await this.db.insertInto('password_resets')
      .values({ token_hash: reset.tokenHash, account_id: reset.accountId, expires_at: reset.expiresAt })
      .onConflict((oc) => oc.column('token_hash').doUpdateSet({ account_id: reset.accountId, expires_at: reset.expiresAt }))
      .execute();
  }

  /** DELETE … RETURNING: two requests with one link cannot both get it. */
  async takePasswordReset(tokenHash: string): Promise<{ accountId: string; expiresAt: string } | null> {
    const row = await this.db.deleteFrom('password_resets').where('token_hash', '=', tokenHash).returning(['account_id', 'expires_at']).executeTakeFirst();
    return row === undefined ? null : { accountId: row.account_id, expiresAt: row.expires_at };
  }
}

function toSession(row: StaffSessionsTable): StaffSession {
  return { tokenHash: row.token_hash, accountId: row.account_id, createdAt: row.created_at, seenAt: row.seen_at, expiresAt: row.expires_at };
}
