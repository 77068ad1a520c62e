// The content store: the common web's news, events, pages, e-services, library and branch profiles, images, staff
// accounts, sessions, login throttling, password resets, accessibility reports and the audit log.
// Implemented by store/sqlite/content (embedded; same database file as the catalogue) and later store/postgres;
// both run content-store.contract.ts. Stores what it is given: validation and permissions are the services' job.
import type {
  AccessibilityReport, AuditEntry, BranchProfile, ContentItem, ContentKind, ContentStatus, LibraryProfile, SiteProfile,
  StaffAccount,
} from '../core/content.ts';
import type { LibraryId } from '../core/types.ts';

export interface ContentQuery {
  readonly kind: ContentKind;
  /** Only these owners; `null` in the list = county-wide content. Absent = all owners. */
  readonly libraries?: readonly (LibraryId | null)[];
  readonly status?: ContentStatus;
  /** Only items public at this ISO moment: published, publishAt ≤ at (or null), unpublishAt > at (or null). */
  readonly publicAt?: string;
  /** Events only: whose first start is before this ISO date-time (local Stockholm "YYYY-MM-DDTHH:MM"). */
  readonly startsBefore?: string;
  /** Events only: that have an occurrence that may end at or after this (recurring events are always returned). */
  readonly endsAfter?: string;
  /** Pages only. */
  readonly slug?: string;
  /** Newest `publishAt ?? updatedAt` first (news); events by `startsAt`; pages by slug; e-services by name. */
  readonly limit?: number;
  readonly offset?: number;
}

/** A stored image: the resized bytes and what they are. */
export interface StoredImage {
  readonly id: string;
  readonly library: LibraryId | null;
  readonly mime: 'image/webp' | 'image/jpeg' | 'image/png';
  readonly width: number;
  readonly height: number;
  readonly bytes: Uint8Array;
  readonly createdAt: string;
  readonly createdBy: string | null;
}

/** A staff account with its password hash (argon2id PHC string), for the auth service only. */
export interface StaffCredentials {
  readonly account: StaffAccount;
  readonly passwordHash: string | null;
}

/** A staff session: the cookie holds a random token, the store only its SHA-256. */
export interface StaffSession {
  readonly tokenHash: string;
  readonly accountId: string;
  readonly createdAt: string;
  /** Last request; the session ends after the idle limit. */
  readonly seenAt: string;
  /** Absolute end, whatever the activity. */
  readonly expiresAt: string;
}

export interface AuditQuery {
  readonly library?: LibraryId | null;
  readonly actorId?: string;
  readonly targetKind?: string;
  readonly targetId?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface ContentStore {
  // Content items (news, events, pages, e-services), whole documents.
  getContent(id: string): Promise<ContentItem | null>;
  listContent(query: ContentQuery): Promise<readonly ContentItem[]>;
  countContent(query: ContentQuery): Promise<number>;
  /** Inserts or replaces by id. With `expectedVersion`, replaces only if the stored version equals it, else returns false. */
  putContent(item: ContentItem, expectedVersion?: number): Promise<boolean>;
  deleteContent(id: string): Promise<boolean>;
  /** A page's slug is unique per owner. */
  pageBySlug(library: LibraryId | null, slug: string): Promise<ContentItem | null>;

  // Profiles of libraries, branches and the site.
  libraryProfiles(): Promise<readonly LibraryProfile[]>;
  putLibraryProfile(profile: LibraryProfile, expectedVersion?: number): Promise<boolean>;
  branchProfiles(): Promise<readonly BranchProfile[]>;
  putBranchProfile(profile: BranchProfile, expectedVersion?: number): Promise<boolean>;
  siteProfile(): Promise<SiteProfile | null>;
  putSiteProfile(profile: SiteProfile, expectedVersion?: number): Promise<boolean>;

  // Images.
  putImage(image: StoredImage): Promise<void>;
  getImage(id: string): Promise<StoredImage | null>;

  // Staff accounts and sessions.
  staffAccounts(): Promise<readonly StaffAccount[]>;
  /** By id, or by e-mail (compared case-insensitively). */
  staffCredentials(by: { readonly id: string } | { readonly email: string }): Promise<StaffCredentials | null>;
  /** Inserts or updates the account; a null `passwordHash` leaves the stored hash as it is. E-mails are unique (conflict → false). */
  putStaffAccount(account: StaffAccount, passwordHash: string | null): Promise<boolean>;
  createSession(session: StaffSession): Promise<void>;
  getSession(tokenHash: string): Promise<StaffSession | null>;
  touchSession(tokenHash: string, seenAt: string): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Ends every session of an account (password changed, account deactivated). */
  deleteSessionsOf(accountId: string): Promise<void>;
  deleteExpiredSessions(now: string): Promise<number>;

  // Login throttling, shared by all web nodes: counts per key ("email:…", "ip:…") in fixed windows.
  /** Adds one attempt to the key's window starting at `windowStart` and returns the count in it. */
  countAttempt(key: string, windowStart: string): Promise<number>;
  attemptsIn(key: string, windowStart: string): Promise<number>;
  clearAttempts(key: string): Promise<void>;

  // Password resets: the e-mailed link holds a random token, the store its SHA-256; one use, then gone.
  putPasswordReset(reset: { readonly tokenHash: string; readonly accountId: string; readonly expiresAt: string }): Promise<void>;
  /** Returns and deletes the reset (one use); null when unknown. The caller checks `expiresAt`. */
  takePasswordReset(tokenHash: string): Promise<{ readonly accountId: string; readonly expiresAt: string } | null>;

  // Accessibility reports from the public form.
  addAccessibilityReport(report: Omit<AccessibilityReport, 'id' | 'handled'>): Promise<AccessibilityReport>;
  accessibilityReports(): Promise<readonly AccessibilityReport[]>;
  markReportHandled(id: number): Promise<void>;

  // The audit log: append-only.
  audit(entry: Omit<AuditEntry, 'id'>): Promise<void>;
  auditLog(query: AuditQuery): Promise<readonly AuditEntry[]>;
}
