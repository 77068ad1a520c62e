// The ContentStore on SQLite: the common web's tables in the catalogue's database file, on the same handle.
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type {
  AccessibilityReport, AuditEntry, BranchProfile, ContentItem, LibraryProfile, SiteProfile, StaffAccount,
} from '../../../core/content.ts';
import type { LibraryId } from '../../../core/types.ts';
import type { AuditQuery, ContentQuery, ContentStore, StaffSession, StoredImage } from '../../content-store.ts';
import { migrateStore } from '../migrations.ts';
import { withWriteLock } from '../write-lock.ts';
import { AuditRepository } from './audit.repository.ts';
import { ContentItemsRepository } from './content-items.repository.ts';
import type { ContentTables } from './content-schema.ts';
import { ProfilesRepository } from './profiles.repository.ts';
import { StaffRepository } from './staff.repository.ts';

export class SqliteContentStore implements ContentStore {
  private readonly items: ContentItemsRepository;
  private readonly profiles: ProfilesRepository;
  private readonly staff: StaffRepository;
  private readonly log: AuditRepository;

  private constructor(db: Kysely<ContentTables>, private readonly database: BetterSqlite3.Database) {
    this.items = new ContentItemsRepository(db, database);
    this.profiles = new ProfilesRepository(db, database);
    this.staff = new StaffRepository(db, database);
    this.log = new AuditRepository(db);
  }

  /**
   * Opens the content store on a database the caller owns (and closes). The content tables are migration
   * 0004-content of the store's migrations, so this brings the whole store schema up to date: on a database
   * SqliteStore.open has already migrated it finds nothing to do; on a fresh one it creates every table.
   * Open it after (not concurrently with) SqliteStore.open on the same handle.
   */
  static async open(database: BetterSqlite3.Database): Promise<SqliteContentStore> {
    const db = new Kysely<ContentTables>({ dialect: new SqliteDialect({ database }) });
    await migrateStore(db, database);
    return new SqliteContentStore(db, database);
  }

  /** Writes wait for the catalogue's transactions on the shared handle (write-lock.ts). */
  private write<T>(fn: () => Promise<T>): Promise<T> { return withWriteLock(this.database, fn); }

  getContent(id: string) { return this.items.get(id); }
  listContent(query: ContentQuery) { return this.items.list(query); }
  countContent(query: ContentQuery) { return this.items.count(query); }
  putContent(item: ContentItem, expectedVersion?: number) { return this.write(() => this.items.put(item, expectedVersion)); }
  deleteContent(id: string) { return this.write(() => this.items.delete(id)); }
  pageBySlug(library: LibraryId | null, slug: string) { return this.items.pageBySlug(library, slug); }

  libraryProfiles() { return this.profiles.libraries(); }
  putLibraryProfile(profile: LibraryProfile, expectedVersion?: number) { return this.write(() => this.profiles.putLibrary(profile, expectedVersion)); }
  branchProfiles() { return this.profiles.branches(); }
  putBranchProfile(profile: BranchProfile, expectedVersion?: number) { return this.write(() => this.profiles.putBranch(profile, expectedVersion)); }
  siteProfile() { return this.profiles.site(); }
  putSiteProfile(profile: SiteProfile, expectedVersion?: number) { return this.write(() => this.profiles.putSite(profile, expectedVersion)); }
  putImage(image: StoredImage) { return this.write(() => this.profiles.putImage(image)); }
  getImage(id: string) { return this.profiles.image(id); }

  staffAccounts() { return this.staff.accounts(); }
  staffCredentials(by: { readonly id: string } | { readonly email: string }) { return this.staff.credentials(by); }
  putStaffAccount(account: StaffAccount, passwordHash: string | null) { return this.write(() => this.staff.putAccount(account, passwordHash)); }
  createSession(session: StaffSession) { return this.write(() => this.staff.createSession(session)); }
  getSession(tokenHash: string) { return this.staff.session(tokenHash); }
  touchSession(tokenHash: string, seenAt: string) { return this.write(() => this.staff.touchSession(tokenHash, seenAt)); }
  deleteSession(tokenHash: string) { return this.write(() => this.staff.deleteSession(tokenHash)); }
  deleteSessionsOf(accountId: string) { return this.write(() => this.staff.deleteSessionsOf(accountId)); }
  deleteExpiredSessions(now: string) { return this.write(() => this.staff.deleteExpiredSessions(now)); }
  countAttempt(key: string, windowStart: string) { return this.write(() => this.staff.countAttempt(key, windowStart)); }
  attemptsIn(key: string, windowStart: string) { return this.staff.attemptsIn(key, windowStart); }
  clearAttempts(key: string) { return this.write(() => this.staff.clearAttempts(key)); }
  putPasswordReset(reset: { readonly tokenHash: string; readonly accountId: string; readonly expiresAt: string }) { return this.write(() => this.staff.putPasswordReset(reset)); }
  takePasswordReset(tokenHash: string) { return this.write(() => this.staff.takePasswordReset(tokenHash)); }

  addAccessibilityReport(report: Omit<AccessibilityReport, 'id' | 'handled'>) { return this.write(() => this.log.addReport(report)); }
  accessibilityReports() { return this.log.reports(); }
  markReportHandled(id: number) { return this.write(() => this.log.markHandled(id)); }
  audit(entry: Omit<AuditEntry, 'id'>) { return this.write(() => this.log.append(entry)); }
  auditLog(query: AuditQuery) { return this.log.entries(query); }
}
