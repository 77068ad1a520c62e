// Puts the demo's content into the store on first start: each item and profile only when absent (by id, by slug, by
// library/branch) and never deleted by staff (the audit log says), so seeding again changes nothing and what staff
// wrote or deleted since stays as they left it.
// The content is a parameter shaped like src/config/demo-content's DemoContent (services do not import config).
import type { ContentItem, SeedContent } from '../../core/content.ts';
import type { ContentStore } from '../../store/content-store.ts';

export type { SeedContent, SeedItem, SeedProfile } from '../../core/content.ts';

export interface SeedResult {
  readonly items: number;
  readonly libraryProfiles: number;
  readonly branchProfiles: number;
}

/** Adds what is missing and writes one audit line (as the system) when anything was added. */
export async function seedContent(store: ContentStore, content: SeedContent, now: Date): Promise<SeedResult> {
  const at = now.toISOString();
  const managed = { createdAt: at, updatedAt: at, updatedBy: null, version: 1 };
  const items: ContentItem[] = [
    ...content.news.map((n): ContentItem => ({ ...n, kind: 'news', ...managed })),
    ...content.events.map((e): ContentItem => ({ ...e, kind: 'event', ...managed })),
    ...content.pages.map((p): ContentItem => ({ ...p, kind: 'page', ...managed })),
    ...content.eservices.map((s): ContentItem => ({ ...s, kind: 'eservice', ...managed })),
  ];
  let added = 0;
  for (const item of items) {
    if ((await store.getContent(item.id)) !== null) continue;
    if (item.kind === 'page' && (await store.pageBySlug(item.library, item.slug)) !== null) continue;
    if ((await store.auditLog({ targetKind: item.kind, targetId: item.id })).some((line) => line.action === 'delete')) continue;
    if (await store.putContent(item, 0)) added++;
  }

  const libraries = new Set((await store.libraryProfiles()).map((p) => p.library));
  let libraryProfiles = 0;
  for (const profile of content.libraryProfiles) {
    if (libraries.has(profile.library)) continue;
    if (await store.putLibraryProfile({ ...profile, updatedAt: at, updatedBy: null, version: 1 }, 0)) libraryProfiles++;
  }

  const branches = new Set((await store.branchProfiles()).map((p) => `${p.library}/${p.branch}`));
  let branchProfiles = 0;
  for (const profile of content.branchProfiles) {
    if (branches.has(`${profile.library}/${profile.branch}`)) continue;
    if (await store.putBranchProfile({ ...profile, updatedAt: at, updatedBy: null, version: 1 }, 0)) branchProfiles++;
  }

  if (added + libraryProfiles + branchProfiles > 0) {
    await store.audit({
      at, actorId: null, actorEmail: null, action: 'create', targetKind: 'seed', targetId: 'demo-content', library: null,
      summary: `Lade in demoinnehåll: ${added} inlägg, ${libraryProfiles} biblioteksprofiler, ${branchProfiles} filialprofiler`,
    });
  }
  return { items: added, libraryProfiles, branchProfiles };
}
