// The common web's content use cases over the content store: what residents read (published and public now), what
// staff edit (every method asks the policy module first, validates with content.schemas.ts, keeps versions and
// writes the audit log), and the public accessibility report. Profiles, the site and images: profile-editing.ts; adding
// and hiding branches: branch-admin.ts.
import {
  CONTENT_KINDS, type AccessibilityReport, type Actor, type AuditEntry, type BranchProfile, type ContentItem,
  type ContentKind, type EServiceItem, type EventItem, type EventOccurrence, type ImageRef, type LibraryProfile,
  type NewsItem, type PageItem, type SiteProfile,
} from '../../core/content.ts';
import { errors } from '../../core/errors.ts';
import { upcomingOccurrences } from '../../core/events/recurrence.ts';
import { addDays, isIsoDate } from '../../core/opening-hours/stockholm-time.ts';
import type { Library, LibraryId } from '../../core/types.ts';
import type { ContentStore } from '../../store/content-store.ts';
import { authorize, editableLibraries } from '../policy.ts';
import { contentSummary, saveAction } from './content-audit.ts';
import type { AccessibilityReporting, ContentEditor, StaffContentQuery } from './content-editor.ts';
import { ID_PREFIX, randomBase32 } from './content-ids.ts';
import type { BranchView, ContentReader, EventFilter, LibraryView, Page, PublicImage } from './content-reader.ts';
import { contentSchemas, type ContentSchemas, type ImageInput } from './content.schemas.ts';
import type { ImageProcessor } from './image-processor.ts';
import { invalidFields, parseInput } from './input-issues.ts';
import { BranchAdmin } from './branch-admin.ts';
import { libraryViews, publicViews } from './library-views.ts';
import { ProfileEditing } from './profile-editing.ts';
import { isPublicAt, occurrencePage } from './public-content.ts';
import { ShortCache } from './short-cache.ts';

export interface ContentServiceOptions {
  readonly store: ContentStore;
  /** The configured member libraries, in configuration order. */
  readonly libraries: readonly Library[];
  readonly clock: () => Date;
  readonly images: ImageProcessor;
  /** The random part of new ids (12 base32 characters by default); tests pass a counter. */
  readonly newId?: () => string;
  /** How long `libraries()` and `site()` are kept (default 5 s): other web nodes' edits show after at most this. */
  readonly cacheMs?: number;
}

export class ContentService implements ContentReader, ContentEditor, AccessibilityReporting {
  private readonly store: ContentStore;
  private readonly libraryIds: readonly LibraryId[];
  private readonly newId: () => string;
  /** Every branch (staff's) and without the hidden ones (residents'), from one read of the profiles. */
  private readonly views: ShortCache<{ readonly all: readonly LibraryView[]; readonly shown: readonly LibraryView[]; readonly schemas: ContentSchemas }>;
  private readonly profiles: ProfileEditing;
  private readonly branchAdmin: BranchAdmin;

  constructor(private readonly options: ContentServiceOptions) {
    this.store = options.store;
    this.libraryIds = options.libraries.map((l) => l.id);
    this.newId = options.newId ?? (() => randomBase32());
    this.views = new ShortCache(options.cacheMs ?? 5_000);
    this.profiles = new ProfileEditing({ ...options, newId: this.newId, cacheMs: options.cacheMs ?? 5_000, onProfileSaved: () => this.views.clear() });
    this.branchAdmin = new BranchAdmin({ ...options, onSaved: () => this.views.clear() });
  }

  // What residents read.

  async libraries(): Promise<readonly LibraryView[]> {
    return (await this.allViews()).shown;
  }

  async news(options: { readonly library?: LibraryId; readonly limit: number; readonly offset?: number }): Promise<Page<NewsItem>> {
    const query = { kind: 'news', publicAt: this.now().toISOString(), ...(options.library === undefined ? {} : { libraries: [options.library, null] }) } as const;
    const [total, items] = await Promise.all([
      this.store.countContent(query),
      this.store.listContent({ ...query, limit: options.limit, offset: options.offset ?? 0 }),
    ]);
    return { total, items: items.filter((i): i is NewsItem => i.kind === 'news') };
  }

  newsItem(id: string): Promise<NewsItem | null> {
    return this.publicItem<NewsItem>(id, 'news');
  }

  async events(filter: EventFilter): Promise<Page<EventOccurrence>> {
    if (!isIsoDate(filter.from) || !isIsoDate(filter.to) || filter.to < filter.from) {
      throw errors.badQuery('The date range must be two dates YYYY-MM-DD, the first not after the second', { from: filter.from, to: filter.to });
    }
    const events = await this.store.listContent({
      kind: 'event', publicAt: this.now().toISOString(),
      ...(filter.libraries?.length ? { libraries: filter.libraries } : {}),
      startsBefore: `${addDays(filter.to, 1)}T00:00`, endsAfter: `${filter.from}T00:00`,
    });
    return occurrencePage(events.filter((i): i is EventItem => i.kind === 'event'), filter);
  }

  event(id: string): Promise<EventItem | null> {
    return this.publicItem<EventItem>(id, 'event');
  }

  occurrences(event: EventItem, from: string, limit: number): readonly EventOccurrence[] {
    return upcomingOccurrences(event, new Date(from), limit);
  }

  async page(library: LibraryId | null, slug: string): Promise<PageItem | null> {
    const page = await this.store.pageBySlug(library, slug);
    return page?.kind === 'page' && isPublicAt(page, this.now()) ? page : null;
  }

  async pages(library: LibraryId | null): Promise<readonly PageItem[]> {
    const pages = await this.store.listContent({ kind: 'page', libraries: [library], publicAt: this.now().toISOString() });
    return pages.filter((i): i is PageItem => i.kind === 'page');
  }

  async eservices(): Promise<readonly EServiceItem[]> {
    const services = await this.store.listContent({ kind: 'eservice', publicAt: this.now().toISOString() });
    return services.filter((i): i is EServiceItem => i.kind === 'eservice');
  }

  site(): Promise<SiteProfile> {
    return this.profiles.site();
  }

  async image(id: string): Promise<PublicImage | null> {
    const image = await this.store.getImage(id);
    return image === null ? null : { mime: image.mime, bytes: image.bytes };
  }

  // What staff edit.

  async list(actor: Actor, query: StaffContentQuery): Promise<Page<ContentItem>> {
    if (query.library !== undefined) authorize(actor, { action: 'content.edit', library: query.library });
    const owners = query.library !== undefined ? [query.library] : editableLibraries(actor, this.libraryIds);
    // An editor without a library may edit nothing: asking the policy for their (null) library refuses.
    if (owners.length === 0) authorize(actor, { action: 'content.edit', library: actor.library });
    const everyOwner = actor.role === 'coordinator' && query.library === undefined;
    const items = await this.store.listContent({
      kind: query.kind, ...(everyOwner ? {} : { libraries: owners }), ...(query.status ? { status: query.status } : {}),
    });
    // Newest change first, which the store does not order by; a library's own items number in the hundreds.
    const sorted = [...items].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
    const offset = query.offset ?? 0;
    return { total: sorted.length, items: sorted.slice(offset, offset + query.limit) };
  }

  async get(actor: Actor, id: string): Promise<ContentItem> {
    const item = await this.store.getContent(id);
    if (item === null) throw errors.notFound('content', id);
    authorize(actor, { action: 'content.edit', library: item.library });
    return item;
  }

  async create(actor: Actor, kind: ContentKind, input: unknown): Promise<ContentItem> {
    if (!CONTENT_KINDS.includes(kind)) throw errors.badRequest(`Unknown kind of content "${String(kind)}"`);
    const draft = parseInput((await this.allViews()).schemas[kind], input);
    authorize(actor, { action: 'content.edit', library: draft.library });
    const now = this.now().toISOString();
    const item = withoutUndefined({
      ...draft, image: await this.resolveImage('image' in draft ? draft.image : undefined), id: ID_PREFIX[kind] + this.newId(), kind,
      createdAt: now, updatedAt: now, updatedBy: actor.id, version: 1,
    }) as ContentItem;
    await this.checkSlugFree(item);
    if (!(await this.store.putContent(item))) throw errors.conflict(`Could not save ${item.id}`, { id: item.id });
    await this.audit(actor, 'create', item);
    return item;
  }

  async update(actor: Actor, id: string, input: unknown, expectedVersion: number): Promise<ContentItem> {
    const existing = await this.get(actor, id);
    const draft = parseInput((await this.allViews()).schemas[existing.kind], input);
    if (draft.library !== existing.library) {
      // Moving an item to another owner is the coordinator's decision; an editor keeps their library's items.
      if (actor.role !== 'coordinator') throw errors.forbidden('content.move', draft.library ?? 'county');
      authorize(actor, { action: 'content.edit', library: draft.library });
    }
    if (existing.version !== expectedVersion) throw stale(id, existing.version, expectedVersion);
    const item = withoutUndefined({
      ...draft, demo: draft.demo ?? existing.demo, image: await this.resolveImage('image' in draft ? draft.image : undefined), id, kind: existing.kind,
      createdAt: existing.createdAt, updatedAt: this.now().toISOString(), updatedBy: actor.id, version: existing.version + 1,
    }) as ContentItem;
    await this.checkSlugFree(item);
    if (!(await this.store.putContent(item, expectedVersion))) throw stale(id, null, expectedVersion);
    await this.audit(actor, saveAction(existing.status, item.status), item);
    return item;
  }

  async delete(actor: Actor, id: string): Promise<void> {
    const item = await this.get(actor, id);
    await this.store.deleteContent(id);
    await this.audit(actor, 'delete', item);
  }

  libraryProfile(actor: Actor, library: LibraryId): Promise<LibraryProfile | null> {
    return this.profiles.libraryProfile(actor, library);
  }

  saveLibraryProfile(actor: Actor, library: LibraryId, input: unknown, expectedVersion: number): Promise<LibraryProfile> {
    return this.profiles.saveLibraryProfile(actor, library, input, expectedVersion);
  }

  branchProfile(actor: Actor, library: LibraryId, branch: string): Promise<BranchProfile | null> {
    return this.profiles.branchProfile(actor, library, branch);
  }

  saveBranchProfile(actor: Actor, library: LibraryId, branch: string, input: unknown, expectedVersion: number): Promise<BranchProfile> {
    return this.profiles.saveBranchProfile(actor, library, branch, input, expectedVersion);
  }

  async libraryBranches(actor: Actor, library: LibraryId): Promise<readonly BranchView[]> {
    authorize(actor, { action: 'library.edit', library });
    const view = (await this.allViews()).all.find((v) => v.library.id === library);
    if (!view) throw errors.notFound('library', library);
    return view.branches;
  }

  addBranch(actor: Actor, library: LibraryId, input: unknown): Promise<BranchProfile> {
    return this.branchAdmin.addBranch(actor, library, input);
  }

  setBranchHidden(actor: Actor, library: LibraryId, branch: string, hidden: boolean, expectedVersion: number): Promise<BranchProfile> {
    return this.branchAdmin.setBranchHidden(actor, library, branch, hidden, expectedVersion);
  }

  saveSiteProfile(actor: Actor, input: unknown, expectedVersion: number): Promise<SiteProfile> {
    return this.profiles.saveSiteProfile(actor, input, expectedVersion);
  }

  uploadImage(actor: Actor, library: LibraryId | null, bytes: Uint8Array, alt: { readonly sv: string; readonly en?: string }): Promise<ImageRef> {
    return this.profiles.uploadImage(actor, library, bytes, alt);
  }

  auditLog(actor: Actor, query: { readonly library?: LibraryId | null; readonly limit: number; readonly offset?: number }): Promise<readonly AuditEntry[]> {
    return this.profiles.auditLog(actor, query);
  }

  accessibilityReports(actor: Actor): Promise<readonly AccessibilityReport[]> {
    return this.profiles.accessibilityReports(actor);
  }

  markReportHandled(actor: Actor, id: number): Promise<void> {
    return this.profiles.markReportHandled(actor, id);
  }

  report(input: unknown): Promise<void> {
    return this.profiles.report(input);
  }

  private now(): Date {
    return this.options.clock();
  }

  private allViews() {
    return this.views.get(async () => {
      const [libraryProfiles, branchProfiles] = await Promise.all([this.store.libraryProfiles(), this.store.branchProfiles()]);
      const all = libraryViews(this.options.libraries, libraryProfiles, branchProfiles);
      // Forms are checked against every branch there is now: one a coordinator added can be an event's venue, and an
      // event at a branch hidden since stays valid.
      return { all, shown: publicViews(all), schemas: contentSchemas(all.map((view) => view.library)) };
    });
  }

  private async publicItem<T extends ContentItem>(id: string, kind: T['kind']): Promise<T | null> {
    const item = await this.store.getContent(id);
    return item !== null && item.kind === kind && isPublicAt(item, this.now()) ? (item as T) : null;
  }

  /** The chosen image must be one uploaded here; its size is the stored one, not the form's. */
  private async resolveImage(image: ImageInput | null | undefined): Promise<ImageRef | null | undefined> {
    if (image === undefined || image === null) return image;
    const stored = await this.store.getImage(image.id);
    if (stored === null) throw invalidFields([{ field: 'image.id', code: 'unknown-image', message: 'must be an uploaded image' }]);
    return { id: stored.id, alt: image.alt, width: stored.width, height: stored.height };
  }

  private async checkSlugFree(item: ContentItem): Promise<void> {
    if (item.kind !== 'page') return;
    const other = await this.store.pageBySlug(item.library, item.slug);
    if (other !== null && other.id !== item.id) {
      const issues = [{ field: 'slug', code: 'slug-taken', message: `another page already has the address "${item.slug}"` }];
      throw errors.conflict(`Slug "${item.slug}" is taken`, { field: 'slug', issues });
    }
  }

  private audit(actor: Actor, action: AuditEntry['action'], item: ContentItem): Promise<void> {
    return this.store.audit({
      at: this.now().toISOString(), actorId: actor.id, actorEmail: actor.email, action, targetKind: item.kind,
      targetId: item.id, library: item.library, summary: contentSummary(action, item),
    });
  }
}

function stale(id: string, current: number | null, expected: number) {
  return errors.conflict(`${id} was changed by someone else since the form was opened`, { id, current, expected });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
