// The port the staff area edits content through. Every method takes the acting staff member, asks the policy module
// (policy.ts), validates its input with zod (content.schemas.ts: a bad form is `bad-request` naming each field), and
// writes an audit line. Saves carry the version the form was opened at; a stale save is `conflict`.
import type {
  AccessibilityReport, Actor, AuditEntry, BranchProfile, ContentItem, ContentKind, ContentStatus, ImageRef,
  LibraryProfile, SiteProfile,
} from '../../core/content.ts';
import type { LibraryId } from '../../core/types.ts';
import type { BranchView, Page } from './content-reader.ts';

export interface StaffContentQuery {
  readonly kind: ContentKind;
  /** Absent = everything the actor may edit. */
  readonly library?: LibraryId | null;
  readonly status?: ContentStatus;
  readonly limit: number;
  readonly offset?: number;
}

export interface ContentEditor {
  /** What the actor may edit, drafts and scheduled items included, newest change first. */
  list(actor: Actor, query: StaffContentQuery): Promise<Page<ContentItem>>;
  /** `not-found`, or `forbidden` when the actor may not edit its owner. */
  get(actor: Actor, id: string): Promise<ContentItem>;
  /** `input` is the item's fields as the form sent them, without the managed ones (id, version, timestamps). */
  create(actor: Actor, kind: ContentKind, input: unknown): Promise<ContentItem>;
  update(actor: Actor, id: string, input: unknown, expectedVersion: number): Promise<ContentItem>;
  delete(actor: Actor, id: string): Promise<void>;

  libraryProfile(actor: Actor, library: LibraryId): Promise<LibraryProfile | null>;
  saveLibraryProfile(actor: Actor, library: LibraryId, input: unknown, expectedVersion: number): Promise<LibraryProfile>;
  branchProfile(actor: Actor, library: LibraryId, branch: string): Promise<BranchProfile | null>;
  /** Includes opening hours and exceptions (validated as the configuration's openingHours are), and `name` — the
   *  name residents see, a coordinator's only (empty = the configured name). */
  saveBranchProfile(actor: Actor, library: LibraryId, branch: string, input: unknown, expectedVersion: number): Promise<BranchProfile>;
  /** Every branch of a library the actor may edit, as residents would see it — hidden and staff-added ones included. */
  libraryBranches(actor: Actor, library: LibraryId): Promise<readonly BranchView[]>;
  /** A coordinator's: a branch, library bus or pick-up point that is not in the configuration (`{ id, name, kind }`),
   *  shown to residents at once. No holdings map to it until IT configures it. `bad-request` naming `id` when taken. */
  addBranch(actor: Actor, library: LibraryId, input: unknown): Promise<BranchProfile>;
  /** A coordinator's: leaves a branch out of every public list and page (or shows it again). */
  setBranchHidden(actor: Actor, library: LibraryId, branch: string, hidden: boolean, expectedVersion: number): Promise<BranchProfile>;
  saveSiteProfile(actor: Actor, input: unknown, expectedVersion: number): Promise<SiteProfile>;

  /** Checks the bytes are an image (JPEG, PNG, WebP, GIF, AVIF), at most 10 MB and 40 megapixels; strips metadata;
   *  stores WebP at most 1600 px wide. `bad-request` for anything else. */
  uploadImage(actor: Actor, library: LibraryId | null, bytes: Uint8Array, alt: { readonly sv: string; readonly en?: string }): Promise<ImageRef>;

  auditLog(actor: Actor, query: { readonly library?: LibraryId | null; readonly limit: number; readonly offset?: number }): Promise<readonly AuditEntry[]>;
  accessibilityReports(actor: Actor): Promise<readonly AccessibilityReport[]>;
  markReportHandled(actor: Actor, id: number): Promise<void>;
}

/** The public accessibility-report form's use case (no login). */
export interface AccessibilityReporting {
  report(input: unknown): Promise<void>;
}
