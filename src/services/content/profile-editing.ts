// The staff use cases beside content items: library and branch profiles (opening hours included), the site's graphic
// profile, image uploads, the audit log and accessibility reports. Part of ContentService; each method asks the
// policy module first and audits what it changes.
import { z } from 'zod';
import type {
  AccessibilityReport, Actor, AuditEntry, BranchProfile, ImageRef, LibraryProfile, SiteProfile,
} from '../../core/content.ts';
import { errors } from '../../core/errors.ts';
import type { Library, LibraryId } from '../../core/types.ts';
import type { ContentStore } from '../../store/content-store.ts';
import { authorize } from '../policy.ts';
import { shorten } from './content-audit.ts';
import { ID_PREFIX } from './content-ids.ts';
import { DEFAULT_SITE_PROFILE } from './empty-content.ts';
import type { ImageProcessor } from './image-processor.ts';
import { parseInput } from './input-issues.ts';
import {
  accessibilityReportSchema, branchProfileSchema, imageAltSchema, libraryProfileSchema, siteProfileSchema,
} from './profile.schemas.ts';
import { ShortCache } from './short-cache.ts';

export interface ProfileEditingOptions {
  readonly store: ContentStore;
  readonly libraries: readonly Library[];
  readonly clock: () => Date;
  readonly images: ImageProcessor;
  readonly newId: () => string;
  readonly cacheMs: number;
  /** A library or branch profile changed: the library views must be read again. */
  readonly onProfileSaved: () => void;
}

type AuditLine = Pick<AuditEntry, 'action' | 'targetKind' | 'targetId' | 'library' | 'summary'>;

export class ProfileEditing {
  private readonly store: ContentStore;
  private readonly siteCache: ShortCache<SiteProfile>;

  constructor(private readonly options: ProfileEditingOptions) {
    this.store = options.store;
    this.siteCache = new ShortCache(options.cacheMs);
  }

  site(): Promise<SiteProfile> {
    return this.siteCache.get(async () => (await this.store.siteProfile()) ?? DEFAULT_SITE_PROFILE);
  }

  async libraryProfile(actor: Actor, library: LibraryId): Promise<LibraryProfile | null> {
    authorize(actor, { action: 'library.edit', library });
    this.configured(library);
    return (await this.store.libraryProfiles()).find((p) => p.library === library) ?? null;
  }

  async saveLibraryProfile(actor: Actor, library: LibraryId, input: unknown, expectedVersion: number): Promise<LibraryProfile> {
    authorize(actor, { action: 'library.edit', library });
    const configured = this.configured(library);
    const fields = parseInput(libraryProfileSchema, input);
    const existing = (await this.store.libraryProfiles()).find((p) => p.library === library) ?? null;
    checkVersion(`library profile ${library}`, existing?.version ?? 0, expectedVersion);
    const profile: LibraryProfile = { library, ...fields, ...this.changed(actor, existing, expectedVersion), ...demoOf(existing) };
    if (!(await this.store.putLibraryProfile(profile, expectedVersion))) checkVersion(`library profile ${library}`, null, expectedVersion);
    this.options.onProfileSaved();
    await this.audit(actor, { action: 'update', targetKind: 'library', targetId: library, library, summary: `Ändrade biblioteksprofil: ${configured.name}` });
    return profile;
  }

  async branchProfile(actor: Actor, library: LibraryId, branch: string): Promise<BranchProfile | null> {
    authorize(actor, { action: 'library.edit', library });
    this.configuredBranch(library, branch);
    return (await this.store.branchProfiles()).find((p) => p.library === library && p.branch === branch) ?? null;
  }

  async saveBranchProfile(actor: Actor, library: LibraryId, branch: string, input: unknown, expectedVersion: number): Promise<BranchProfile> {
    authorize(actor, { action: 'library.edit', library });
    const configured = this.configuredBranch(library, branch);
    const fields = parseInput(branchProfileSchema, input);
    const existing = (await this.store.branchProfiles()).find((p) => p.library === library && p.branch === branch) ?? null;
    const what = `branch profile ${library}/${branch}`;
    checkVersion(what, existing?.version ?? 0, expectedVersion);
    const profile: BranchProfile = { library, branch, ...fields, ...this.changed(actor, existing, expectedVersion), ...demoOf(existing) };
    if (!(await this.store.putBranchProfile(profile, expectedVersion))) checkVersion(what, null, expectedVersion);
    this.options.onProfileSaved();
    await this.audit(actor, { action: 'update', targetKind: 'branch', targetId: branch, library, summary: `Ändrade filialprofil och öppettider: ${configured.name}` });
    return profile;
  }

  async saveSiteProfile(actor: Actor, input: unknown, expectedVersion: number): Promise<SiteProfile> {
    authorize(actor, { action: 'site.edit' });
    const fields = parseInput(siteProfileSchema, input);
    const existing = await this.store.siteProfile();
    checkVersion('site profile', existing?.version ?? 0, expectedVersion);
    const profile: SiteProfile = { ...fields, ...this.changed(actor, existing, expectedVersion) };
    if (!(await this.store.putSiteProfile(profile, expectedVersion))) checkVersion('site profile', null, expectedVersion);
    this.siteCache.clear();
    await this.audit(actor, { action: 'update', targetKind: 'site', targetId: 'site', library: null, summary: 'Ändrade den grafiska profilen' });
    return profile;
  }

  async uploadImage(actor: Actor, library: LibraryId | null, bytes: Uint8Array, alt: { readonly sv: string; readonly en?: string }): Promise<ImageRef> {
    // County images go with county content; a library's with its own content and profile.
    if (library === null) authorize(actor, { action: 'content.edit', library: null });
    else {
      authorize(actor, { action: 'library.edit', library });
      this.configured(library);
    }
    const altText = parseInput(z.object({ alt: imageAltSchema }), { alt }).alt;
    const image = await this.options.images.process(bytes);
    const id = ID_PREFIX.image + this.options.newId();
    const at = this.options.clock().toISOString();
    await this.store.putImage({ id, library, mime: image.mime, width: image.width, height: image.height, bytes: image.bytes, createdAt: at, createdBy: actor.id });
    const described = altText.sv === '' ? 'dekorativ bild' : shorten(altText.sv, 80);
    await this.audit(actor, { action: 'upload', targetKind: 'image', targetId: id, library, summary: `Laddade upp bild: ${described} (${image.width}×${image.height})` });
    return { id, alt: altText, width: image.width, height: image.height };
  }

  /** A coordinator reads all of it (or one owner's lines); an editor their own library's lines. */
  async auditLog(actor: Actor, query: { readonly library?: LibraryId | null; readonly limit: number; readonly offset?: number }): Promise<readonly AuditEntry[]> {
    const library = query.library !== undefined ? query.library : actor.role === 'coordinator' ? undefined : actor.library;
    authorize(actor, { action: 'audit.read', library: library ?? null });
    return this.store.auditLog({ ...(library === undefined ? {} : { library }), limit: query.limit, offset: query.offset ?? 0 });
  }

  async accessibilityReports(actor: Actor): Promise<readonly AccessibilityReport[]> {
    authorize(actor, { action: 'reports.read' });
    return this.store.accessibilityReports();
  }

  async markReportHandled(actor: Actor, id: number): Promise<void> {
    authorize(actor, { action: 'reports.read' });
    if (!(await this.store.accessibilityReports()).some((r) => r.id === id)) throw errors.notFound('accessibility report', String(id));
    await this.store.markReportHandled(id);
    await this.audit(actor, { action: 'update', targetKind: 'report', targetId: String(id), library: null, summary: `Markerade tillgänglighetsrapport ${id} som hanterad` });
  }

  async report(input: unknown): Promise<void> {
    const report = parseInput(accessibilityReportSchema, input);
    await this.store.addAccessibilityReport({ at: this.options.clock().toISOString(), ...report });
  }

  private configured(library: LibraryId): Library {
    const found = this.options.libraries.find((l) => l.id === library);
    if (!found) throw errors.notFound('library', library);
    return found;
  }

  private configuredBranch(library: LibraryId, branch: string): { readonly name: string } {
    const found = this.configured(library).branches.find((b) => b.id === branch);
    if (!found) throw errors.notFound('branch', `${library}/${branch}`);
    return found;
  }

  private changed(actor: Actor, existing: { readonly version: number } | null, expectedVersion: number) {
    return { updatedAt: this.options.clock().toISOString(), updatedBy: actor.id, version: (existing?.version ?? expectedVersion) + 1 };
  }

  private audit(actor: Actor, line: AuditLine): Promise<void> {
    return this.store.audit({ at: this.options.clock().toISOString(), actorId: actor.id, actorEmail: actor.email, ...line });
  }
}

/** A stale form (or a save that lost a race: `current` null) is a conflict. */
function checkVersion(what: string, current: number | null, expected: number): void {
  if (current !== expected) throw errors.conflict(`The ${what} was changed by someone else since the form was opened`, { current, expected });
}

/** Seeded demo profiles stay marked as demo when staff edit them: made-up facts must never pass as real. */
function demoOf(existing: { readonly demo?: boolean } | null): { demo?: true } {
  return existing?.demo ? { demo: true } : {};
}
