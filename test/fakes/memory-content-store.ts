// A ContentStore in memory with the same semantics as the SQLite one (both run content-store.contract.ts), for the
// unit tests of the services and pages.
import type {
  AccessibilityReport, AuditEntry, BranchProfile, ContentItem, LibraryProfile, SiteProfile, StaffAccount,
} from '../../src/core/content.ts';
import type { LibraryId } from '../../src/core/types.ts';
import { contentSortKey, eventLastEnd, isoInstant, NEWEST_FIRST } from '../../src/store/content-order.ts';
import type {
  AuditQuery, ContentQuery, ContentStore, StaffCredentials, StaffSession, StoredImage,
} from '../../src/store/content-store.ts';

type Versioned = { readonly version: number };

export class MemoryContentStore implements ContentStore {
  private readonly items = new Map<string, ContentItem>();
  private readonly libraries = new Map<string, LibraryProfile>();
  private readonly branches = new Map<string, BranchProfile>();
  private site: SiteProfile | null = null;
  private readonly images = new Map<string, StoredImage>();
  private readonly accounts = new Map<string, StaffCredentials>();
  private readonly sessions = new Map<string, StaffSession>();
  private readonly attempts = new Map<string, { windowStart: string; count: number }[]>();
  private readonly resets = new Map<string, { accountId: string; expiresAt: string }>();
  private readonly reports: AccessibilityReport[] = [];
  private readonly auditEntries: AuditEntry[] = [];

  async getContent(id: string) { return copy(this.items.get(id) ?? null); }

  async listContent(query: ContentQuery) {
    const sorted = this.matching(query).sort((a, b) => {
      const byKey = compare(contentSortKey(a), contentSortKey(b));
      return (NEWEST_FIRST[query.kind] ? -byKey : byKey) || compare(a.id, b.id);
    });
    const offset = query.offset ?? 0;
    return copy(sorted.slice(offset, query.limit === undefined ? undefined : offset + query.limit));
  }

  async countContent(query: ContentQuery) { return this.matching(query).length; }

  async putContent(item: ContentItem, expectedVersion?: number) {
    if (!fresh(this.items.get(item.id), expectedVersion)) return false;
    if (item.kind === 'page') {
      const taken = [...this.items.values()].some((other) =>
        other.kind === 'page' && other.id !== item.id && other.library === item.library && other.slug === item.slug);
      if (taken) return false;
    }
    this.items.set(item.id, copy(item));
    return true;
  }

  async deleteContent(id: string) { return this.items.delete(id); }

  async pageBySlug(library: LibraryId | null, slug: string) {
    const page = [...this.items.values()].find((i) => i.kind === 'page' && i.library === library && i.slug === slug);
    return copy(page ?? null);
  }

  async libraryProfiles() {
    return copy([...this.libraries.values()].sort((a, b) => compare(a.library, b.library)));
  }

  async putLibraryProfile(profile: LibraryProfile, expectedVersion?: number) {
    return put(this.libraries, profile.library, profile, expectedVersion);
  }

  async branchProfiles() {
    return copy([...this.branches.values()].sort((a, b) => compare(a.library, b.library) || compare(a.branch, b.branch)));
  }

  async putBranchProfile(profile: BranchProfile, expectedVersion?: number) {
    return put(this.branches, JSON.stringify([profile.library, profile.branch]), profile, expectedVersion);
  }

  async siteProfile() { return copy(this.site); }

  async putSiteProfile(profile: SiteProfile, expectedVersion?: number) {
    if (!fresh(this.site ?? undefined, expectedVersion)) return false;
    this.site = copy(profile);
    return true;
  }

  async putImage(image: StoredImage) { this.images.set(image.id, { ...image, bytes: new Uint8Array(image.bytes) }); }

  async getImage(id: string) {
    const image = this.images.get(id);
    return image ? { ...image, bytes: new Uint8Array(image.bytes) } : null;
  }

  async staffAccounts() {
    return copy([...this.accounts.values()].map((c) => c.account).sort((a, b) => compare(a.email.toLowerCase(), b.email.toLowerCase())));
  }

  async staffCredentials(by: { readonly id: string } | { readonly email: string }) {
    const found = 'id' in by
      ? this.accounts.get(by.id)
      : [...this.accounts.values()].find((c) => c.account.email.toLowerCase() === by.email.toLowerCase());
    return copy(found ?? null);
  }

  async putStaffAccount(account: StaffAccount, passwordHash: string | null) {
    const email = account.email.toLowerCase();
    const taken = [...this.accounts.values()].some((c) => c.account.id !== account.id && c.account.email.toLowerCase() === email);
    if (taken) return false;
    const stored = this.accounts.get(account.id);
    this.accounts.set(account.id, { account: copy(account), passwordHash: passwordHash ?? stored?.passwordHash ?? null });
    return true;
  }

  async createSession(session: StaffSession) { this.sessions.set(session.tokenHash, { ...session }); }
  async getSession(tokenHash: string) { return copy(this.sessions.get(tokenHash) ?? null); }

  async touchSession(tokenHash: string, seenAt: string) {
    const session = this.sessions.get(tokenHash);
    if (session) this.sessions.set(tokenHash, { ...session, seenAt });
  }

  async deleteSession(tokenHash: string) { this.sessions.delete(tokenHash); }

  async deleteSessionsOf(accountId: string) {
    for (const [hash, session] of this.sessions) if (session.accountId === accountId) this.sessions.delete(hash);
  }

  async deleteExpiredSessions(now: string) {
    let deleted = 0;
    for (const [hash, session] of this.sessions) {
      if (session.expiresAt <= now) deleted += Number(this.sessions.delete(hash));
    }
    return deleted;
  }

  /** A newer window forgets the key's older ones: with fixed windows only the current one counts. */
  async countAttempt(key: string, windowStart: string) {
    const windows = (this.attempts.get(key) ?? []).filter((w) => w.windowStart >= windowStart);
    let window = windows.find((w) => w.windowStart === windowStart);
    if (window === undefined) windows.push((window = { windowStart, count: 0 }));
    window.count += 1;
    this.attempts.set(key, windows);
    return window.count;
  }

  async attemptsIn(key: string, windowStart: string) {
    return this.attempts.get(key)?.find((w) => w.windowStart === windowStart)?.count ?? 0;
  }

  async clearAttempts(key: string) { this.attempts.delete(key); }

  async putPasswordReset(reset: { readonly tokenHash: string; readonly accountId: string; readonly expiresAt: string }) {
    this.resets.set(reset.tokenHash, { accountId: reset.accountId, expiresAt: reset.expiresAt });
  }

  async takePasswordReset(tokenHash: string) {
    const reset = this.resets.get(tokenHash) ?? null;
    this.resets.delete(tokenHash);
    return reset;
  }

  async addAccessibilityReport(report: Omit<AccessibilityReport, 'id' | 'handled'>) {
    const stored: AccessibilityReport = { ...report, id: this.reports.length + 1, handled: false };
    this.reports.push(stored);
    return { ...stored };
  }

  /** Newest first. */
  async accessibilityReports() { return copy([...this.reports].reverse()); }

  async markReportHandled(id: number) {
    const index = this.reports.findIndex((r) => r.id === id);
    if (index >= 0) this.reports[index] = { ...this.reports[index]!, handled: true };
  }

  async audit(entry: Omit<AuditEntry, 'id'>) { this.auditEntries.push({ ...entry, id: this.auditEntries.length + 1 }); }

  async auditLog(query: AuditQuery) {
    const matching = [...this.auditEntries].reverse().filter((e) =>
      (query.library === undefined || e.library === query.library)
      && (query.actorId === undefined || e.actorId === query.actorId)
      && (query.targetKind === undefined || e.targetKind === query.targetKind)
      && (query.targetId === undefined || e.targetId === query.targetId));
    const offset = query.offset ?? 0;
    return copy(matching.slice(offset, query.limit === undefined ? undefined : offset + query.limit));
  }

  private matching(query: ContentQuery): ContentItem[] {
    const at = query.publicAt === undefined ? undefined : isoInstant(query.publicAt);
    return [...this.items.values()].filter((item) => {
      if (item.kind !== query.kind) return false;
      if (query.libraries !== undefined && !query.libraries.includes(item.library)) return false;
      if (query.status !== undefined && item.status !== query.status) return false;
      if (at !== undefined && !isPublicAt(item, at)) return false;
      if (query.slug !== undefined && (item.kind !== 'page' || item.slug !== query.slug)) return false;
      if (item.kind === 'event') {
        if (query.startsBefore !== undefined && !(item.startsAt < query.startsBefore)) return false;
        const lastEnd = eventLastEnd(item);
        if (query.endsAfter !== undefined && lastEnd !== null && lastEnd < query.endsAfter) return false;
      }
      return true;
    });
  }
}

function isPublicAt(item: ContentItem, at: string): boolean {
  return item.status === 'published'
    && (item.publishAt === null || isoInstant(item.publishAt) <= at)
    && (item.unpublishAt === null || isoInstant(item.unpublishAt) > at);
}

/** With an expected version, the stored one must equal it (nothing stored counts as version 0). */
function fresh(stored: Versioned | undefined, expectedVersion: number | undefined): boolean {
  return expectedVersion === undefined || (stored?.version ?? 0) === expectedVersion;
}

function put<T extends Versioned>(map: Map<string, T>, key: string, value: T, expectedVersion: number | undefined): boolean {
  if (!fresh(map.get(key), expectedVersion)) return false;
  map.set(key, copy(value));
  return true;
}

/** Binary order, as SQLite compares text. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A JSON round trip, as a database stores documents: nothing shared with the caller, `undefined` fields dropped. */
function copy<T>(value: T): T {
  return value === null ? value : JSON.parse(JSON.stringify(value)) as T;
}
