// Kysely table types of the content store (the tables made by migration 0004-content in ../migrations.ts).
import type { Generated } from 'kysely';

export interface ContentItemsTable {
  id: string;
  kind: string;
  library: string | null;
  status: string;
  publish_at: string | null;
  unpublish_at: string | null;
  starts_at: string | null;
  ends_at: string | null;
  slug: string | null;
  sort_key: string;
  version: number;
  /** The ContentItem as JSON. */
  data: string;
}

/** Library, branch and site profiles: the document as JSON beside its key and version. */
export interface LibraryProfilesTable { library: string; version: number; data: string }
export interface BranchProfilesTable { library: string; branch: string; version: number; data: string }
export interface SiteProfileTable { id: number; version: number; data: string }

export interface ImagesTable {
  id: string;
  library: string | null;
  mime: string;
  width: number;
  height: number;
  bytes: Uint8Array;
  created_at: string;
  created_by: string | null;
}

export interface StaffAccountsTable {
  id: string;
  email_key: string;
  password_hash: string | null;
  /** The StaffAccount as JSON. */
  data: string;
}

export interface StaffSessionsTable {
  token_hash: string;
  account_id: string;
  created_at: string;
  seen_at: string;
  expires_at: string;
}

export interface LoginAttemptsTable { key: string; window_start: string; count: number }
export interface PasswordResetsTable { token_hash: string; account_id: string; expires_at: string }

export interface AccessibilityReportsTable {
  id: Generated<number>;
  at: string;
  page_url: string | null;
  description: string;
  contact: string | null;
  handled: Generated<number>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  target_kind: string;
  target_id: string;
  library: string | null;
  summary: string;
}

export interface ContentTables {
  content_items: ContentItemsTable;
  library_profiles: LibraryProfilesTable;
  branch_profiles: BranchProfilesTable;
  site_profile: SiteProfileTable;
  images: ImagesTable;
  staff_accounts: StaffAccountsTable;
  staff_sessions: StaffSessionsTable;
  login_attempts: LoginAttemptsTable;
  password_resets: PasswordResetsTable;
  accessibility_reports: AccessibilityReportsTable;
  audit_log: AuditLogTable;
}
