// The staff use cases beside content items: library and branch profiles (opening hours included; a branch's displayed
// name is the coordinator's), the site's graphic profile, image uploads, the audit log and accessibility reports. Part
// of ContentService; each method asks the policy module first and audits what it changes.
import { z } from 'zod';
import type {
  AccessibilityReport, Actor, AuditEntry, BranchProfile, ImageRef, LibraryProfile, SiteProfile,
} from '../../core/content.ts';
import { errors } from '../../core/errors.ts';
import type { Library, LibraryId } from '../../core/types.ts';
import type { ContentStore } from '../../store/content-store.ts';
import { authorize } from '../policy.ts';
import { branchIdentity } from './branch-admin.ts';
import { shorten } from './content-audit.ts';
import { ID_PREFIX } from './content-ids.ts';
import { DEFAULT_SITE_PROFILE } from './empty-content.ts';
import type { ImageProcessor } from './image-processor.ts';
import { invalidFields, parseInput } from './input-issues.ts';
import { knownBranch } from './library-views.ts';
import {
  accessibilityReportSchema, branchProfileSchema, imageAltSchema, libraryProfileSchema, siteProfileSchema,
} from './profile.schemas.ts';
import { changedBy, checkVersion, demoOf } from './profile-versions.ts';
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
    const profile: LibraryProfile = { library, ...fields, ...changedBy(actor, this.options.clock(), existing, expectedVersion), ...demoOf(existing) };
    if (!(await this.store.putLibraryProfile(profile, expectedVersion))) checkVersion(`library profile ${library}`, null, expectedVersion);
    this.options.onProfileSaved();
    await this.audit(actor, { action: 'update', targetKind: 'library', targetId: library, library, summary: `Ändrade biblioteksprofil: ${configured.name}` });
    return profile;
  }

  async branchProfile(actor: Actor, library: LibraryId, branch: string): Promise<BranchProfile | null> {
    authorize(actor, { action: 'library.edit', library });
    const profiles = await this.store.branchProfiles();
    knownBranch(this.options.libraries, profiles, library, branch);
    return profiles.find((p) => p.library === library && p.branch === branch) ?? null;
  }

  async saveBranchProfile(actor: Actor, library: LibraryId, branch: string, input: unknown, expectedVersion: number): Promise<BranchProfile> {
    authorize(actor, { action: 'library.edit', library });
    const profiles = await this.store.branchProfiles();
    const known = knownBranch(this.options.libraries, profiles, library, branch);
    const { name, ...fields } = parseInput(branchProfileSchema, input);
    // The name residents see is the coordinator's to change, like which branches there are.
    if (name !== undefined) authorize(actor, { action: 'branches.manage', library });
    if (name === null && known.added) throw invalidFields([{ field: 'name', code: 'required', message: 'is required' }]);
    const existing = profiles.find((p) => p.library === library && p.branch === branch) ?? null;
    const what = `branch profile ${library}/${branch}`;
    checkVersion(what, existing?.version ?? 0, expectedVersion);
    const asked = name === undefined ? existing?.name : (name ?? undefined);
    // A configured branch's own name is no rename: the configuration's then shows through, also if IT changes it.
    const kept = asked === known.branch.name && !known.added ? undefined : asked;
    const profile: BranchProfile = {
      library, branch, ...branchIdentity(existing, kept), ...fields, ...changedBy(actor, this.options.clock(), existing, expectedVersion), ...demoOf(existing),
    };
    if (!(await this.store.putBranchProfile(profile, expectedVersion))) checkVersion(what, null, expectedVersion);
    this.options.onProfileSaved();
    const before = existing?.name ?? known.branch.name;
    const after = kept ?? known.branch.name;
    const summary = before === after ? `Ändrade filialprofil och öppettider: ${after}` : `Bytte namn på filial från ${before} till ${after} och ändrade profilen`;
    await this.audit(actor, { action: 'update', targetKind: 'branch', targetId: branch, library, summary });
    return profile;
  }

  async saveSiteProfile(actor: Actor, input: unknown, expectedVersion: number): Promise<SiteProfile> {
    authorize(actor, { action: 'site.edit' });
    const fields = parseInput(siteProfileSchema, input);
    const existing = await this.store.siteProfile();
    checkVersion('site profile', existing?.version ?? 0, expectedVersion);
    const profile: SiteProfile = { ...fields, ...changedBy(actor, this.options.clock(), existing, expectedVersion) };
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

  private audit(actor: Actor, line: AuditLine): Promise<void> {
    return this.store.audit({ at: this.options.clock().toISOString(), actorId: actor.id, actorEmail: actor.email, ...line });
  }
}
