// The contract every ContentStore implementation passes: run by test/fakes/memory-content-store.test.ts and
// sqlite/content/sqlite-content-store.test.ts (later the PostgreSQL store). Content items, profiles and images here;
// the staff side in content-store-staff.contract.ts.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { BranchProfile, ContentItem, EventItem, EServiceItem, LibraryProfile, NewsItem, PageItem } from '../core/content.ts';
import { staffContentStoreContract } from './content-store-staff.contract.ts';
import type { ContentStore } from './content-store.ts';

/** A fresh, empty store for one test, and how to dispose of it. */
export interface ContentStoreHarness {
  readonly store: ContentStore;
  close(): Promise<void>;
}

// Synthetic items that exercise storage only: the texts make no claim about any library.
const meta = { status: 'published', publishAt: null, unpublishAt: null, createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-01T09:00:00.000Z', updatedBy: null, version: 1 } as const;
const text = (sv: string) => ({ sv, en: `${sv} (en)` });

export const news = (id: string, extra: Partial<NewsItem> = {}): NewsItem => ({
  ...meta, id, kind: 'news', library: null, title: text(id), summary: text('S'), body: text('**B**'), image: null, ...extra,
});
export const event = (id: string, extra: Partial<EventItem> = {}): EventItem => ({
  ...meta, id, kind: 'event', library: 'berg', title: text(id), summary: text('S'), body: text('B'), startsAt: '2026-12-03T18:00',
  endsAt: '2026-12-03T19:00', recurrence: null, branch: 'berg-main', place: null, audiences: ['children'], type: 'storytime',
  registrationUrl: null, capacity: null, cancelled: false, image: null, ...extra,
});
export const page = (id: string, slug: string, extra: Partial<PageItem> = {}): PageItem => ({
  ...meta, id, kind: 'page', library: null, slug, title: text(slug), body: text('B'), language: null, ...extra,
});
export const eservice = (id: string, name: string, extra: Partial<EServiceItem> = {}): EServiceItem => ({
  ...meta, id, kind: 'eservice', library: null, name, description: text('D'), categories: ['ebooks'], url: 'https://example.org/',
  forLibraries: [], access: 'remote', terms: null, image: null, ...extra,
});

const ids = (items: readonly ContentItem[]) => items.map((i) => i.id);

export function runContentStoreContract(name: string, makeStore: () => Promise<ContentStoreHarness>): void {
  describe(`ContentStore contract: ${name}`, () => {
    let harness: ContentStoreHarness;
    let store: ContentStore;
    beforeEach(async () => {
      harness = await makeStore();
      store = harness.store;
    });
    afterEach(() => harness.close());

    it('returns an item exactly as it was put, every kind, and null for an unknown id', async () => {
      const items: ContentItem[] = [
        news('n-1', { demo: true, image: { id: 'i-1', alt: { sv: 'Alt' }, width: 800, height: 600 }, publishAt: '2026-11-02T08:00:00+01:00' }),
        event('e-1', { recurrence: { frequency: 'monthly', interval: 1, until: '2027-06-01', count: null, except: ['2027-01-05'] }, place: { sv: 'Sagorummet' } }),
        page('p-1', 'om', { language: 'sma' }),
        eservice('s-1', 'Elib', { forLibraries: ['berg', 'krokom'], terms: { sv: '2 e-böcker per vecka' } }),
      ];
      for (const item of items) assert.equal(await store.putContent(item), true);
      for (const item of items) assert.deepEqual(await store.getContent(item.id), item);
      assert.equal(await store.getContent('nope'), null);
    });

    it('replaces by id; with an expected version only when it is the stored one (absent counts as 0)', async () => {
      assert.equal(await store.putContent(news('n-1', { version: 1 }), 3), false, 'nothing stored: version 0');
      assert.equal(await store.putContent(news('n-1', { version: 1 }), 0), true);
      assert.equal(await store.putContent(news('n-1', { version: 2, title: text('Second') }), 1), true);
      assert.equal(await store.putContent(news('n-1', { version: 2, title: text('Stale') }), 1), false, 'a stale save');
      assert.deepEqual(((await store.getContent('n-1')) as NewsItem | null)?.title, text('Second'));
      assert.equal(await store.putContent(news('n-1', { version: 7, title: text('Forced') })), true, 'without a version: replaces');
      assert.equal((await store.getContent('n-1'))?.version, 7);
      assert.equal(await store.countContent({ kind: 'news' }), 1);
    });

    it('deletes an item, saying whether there was one', async () => {
      await store.putContent(news('n-1'));
      assert.equal(await store.deleteContent('n-1'), true);
      assert.equal(await store.deleteContent('n-1'), false);
      assert.equal(await store.getContent('n-1'), null);
    });

    it('lists one kind, filtered by owners (null = county-wide), status, with count, limit and offset', async () => {
      await store.putContent(news('n-1', { library: 'berg' }));
      await store.putContent(news('n-2', { library: 'krokom' }));
      await store.putContent(news('n-3', { library: null, status: 'draft' }));
      await store.putContent(page('p-1', 'om'));
      assert.deepEqual(ids(await store.listContent({ kind: 'news', libraries: ['berg', null] })).sort(), ['n-1', 'n-3']);
      assert.deepEqual(ids(await store.listContent({ kind: 'news', libraries: [] })), []);
      assert.deepEqual(ids(await store.listContent({ kind: 'news', status: 'draft' })), ['n-3']);
      assert.equal(await store.countContent({ kind: 'news' }), 3);
      assert.equal(await store.countContent({ kind: 'news', libraries: ['krokom'], status: 'published' }), 1);
      assert.equal((await store.listContent({ kind: 'news', limit: 2 })).length, 2);
      assert.equal((await store.listContent({ kind: 'news', offset: 2 })).length, 1);
      assert.equal(await store.countContent({ kind: 'news', limit: 1 }), 3, 'count ignores the page');
    });

    it('orders news newest publishAt ?? updatedAt first, whatever offset the timestamps are written with', async () => {
      await store.putContent(news('n-a', { publishAt: null, updatedAt: '2026-11-05T09:00:00.000Z' }));
      await store.putContent(news('n-b', { publishAt: '2026-11-06T08:00:00+01:00' }));
      await store.putContent(news('n-c', { publishAt: '2026-11-06T07:30:00.000Z' }));
      await store.putContent(news('n-d', { publishAt: '2026-11-05T09:00:00.000Z' }));
      const listed = ids(await store.listContent({ kind: 'news' }));
      assert.deepEqual(listed, ['n-c', 'n-b', 'n-a', 'n-d'], 'ties by id');
      assert.deepEqual(ids(await store.listContent({ kind: 'news', limit: 2, offset: 1 })), ['n-b', 'n-a']);
    });

    it('orders events by first start, pages by slug and e-services by name in Swedish order', async () => {
      await store.putContent(event('e-2', { startsAt: '2026-12-10T10:00' }));
      await store.putContent(event('e-1', { startsAt: '2026-12-03T18:00' }));
      await store.putContent(page('p-1', 'vanliga-fragor'));
      await store.putContent(page('p-2', 'adress'));
      for (const [id, name] of [['s-1', 'Öppna arkiv'], ['s-2', 'Ämnesdatabas'], ['s-3', 'Zinio'], ['s-4', 'Allt om'], ['s-5', 'bibblix']]) {
        await store.putContent(eservice(id, name));
      }
      assert.deepEqual(ids(await store.listContent({ kind: 'event' })), ['e-1', 'e-2']);
      assert.deepEqual(ids(await store.listContent({ kind: 'page' })), ['p-2', 'p-1']);
      assert.deepEqual((await store.listContent({ kind: 'eservice' })).map((s) => (s as EServiceItem).name),
        ['Allt om', 'bibblix', 'Zinio', 'Ämnesdatabas', 'Öppna arkiv']);
    });

    it('filters to what is public at a moment: published, from publishAt, until before unpublishAt', async () => {
      const at = '2026-12-02T10:00:00+01:00'; // 09:00Z
      await store.putContent(news('n-now', {}));
      await store.putContent(news('n-draft', { status: 'draft' }));
      await store.putContent(news('n-due', { publishAt: '2026-12-02T09:00:00.000Z' }));
      await store.putContent(news('n-scheduled', { publishAt: '2026-12-02T10:00:01+01:00' }));
      await store.putContent(news('n-expired', { unpublishAt: '2026-12-02T10:00:00+01:00' }));
      await store.putContent(news('n-expiring', { publishAt: '2026-11-01T00:00:00.000Z', unpublishAt: '2026-12-02T09:00:01.000Z' }));
      assert.deepEqual(ids(await store.listContent({ kind: 'news', publicAt: at })).sort(), ['n-due', 'n-expiring', 'n-now']);
      assert.equal(await store.countContent({ kind: 'news', publicAt: at }), 3);
    });

    it('finds events in a range by first start and last end; a recurring event always matches the end', async () => {
      await store.putContent(event('e-past', { startsAt: '2026-11-01T10:00', endsAt: '2026-11-01T11:00' }));
      await store.putContent(event('e-ends-at', { startsAt: '2026-12-01T09:00', endsAt: '2026-12-01T10:00' }));
      await store.putContent(event('e-late', { startsAt: '2027-02-01T10:00', endsAt: '2027-02-01T11:00' }));
      await store.putContent(event('e-weekly', {
        startsAt: '2026-01-07T10:00', endsAt: '2026-01-07T11:00',
        recurrence: { frequency: 'weekly', interval: 1, until: '2026-03-01', count: null, except: [] },
      }));
      const range = { kind: 'event' as const, endsAfter: '2026-12-01T10:00', startsBefore: '2027-01-01T00:00' };
      assert.deepEqual(ids(await store.listContent(range)), ['e-weekly', 'e-ends-at']);
      assert.equal(await store.countContent(range), 2);
      assert.deepEqual(ids(await store.listContent({ kind: 'event', startsBefore: '2027-02-01T10:00' })), ['e-weekly', 'e-past', 'e-ends-at']);
    });

    it('keeps a page slug unique per owner and finds a page by owner and slug, in any status', async () => {
      assert.equal(await store.putContent(page('p-1', 'om')), true);
      assert.equal(await store.putContent(page('p-2', 'om')), false, 'county page slug taken');
      assert.equal(await store.putContent(page('p-3', 'om', { library: 'berg', status: 'draft' })), true, 'another owner');
      assert.equal(await store.putContent(page('p-1', 'om', { version: 2 })), true, 'a page keeps its own slug');
      assert.equal((await store.pageBySlug(null, 'om'))?.id, 'p-1');
      assert.equal((await store.pageBySlug('berg', 'om'))?.id, 'p-3');
      assert.equal(await store.pageBySlug('krokom', 'om'), null);
      assert.deepEqual(ids(await store.listContent({ kind: 'page', slug: 'om', libraries: ['berg'] })), ['p-3']);
      await store.putContent(page('p-1', 'about'));
      assert.equal(await store.putContent(page('p-2', 'om')), true, 'a freed slug can be taken');
    });

    it('keeps library, branch and site profiles with the same version check', async () => {
      const library: LibraryProfile = { library: 'krokom', description: text('D'), website: 'https://example.org/', phone: null, email: null, accent: '#005a9c', updatedAt: meta.updatedAt, updatedBy: null, version: 1, demo: true };
      const branch = (lib: string, id: string, version = 1): BranchProfile => ({
        library: lib, branch: id, description: null, address: { street: 'Gata 1', postalCode: '123 45', city: 'Ort' }, geo: { lat: 63.3, lon: 14.5 },
        phone: null, email: null, accessibility: null, services: ['wifi', 'hearing-loop'], selfServiceInfo: null,
        openingHours: { schedules: [{ days: { mon: [{ from: '10:00', to: '18:00', service: 'staffed' }] } }], exceptions: [{ date: '2026-12-24', hours: [] }] },
        busStops: [{ name: 'Torget', place: null, weekday: 'tue', from: '10:00', to: '10:30', weeks: 'odd' }], updatedAt: meta.updatedAt, updatedBy: 'a-1', version,
      });
      assert.deepEqual(await store.libraryProfiles(), []);
      assert.equal(await store.putLibraryProfile(library, 0), true);
      assert.equal(await store.putLibraryProfile({ ...library, library: 'berg' }), true);
      assert.equal(await store.putLibraryProfile({ ...library, version: 2 }, 0), false);
      assert.deepEqual(await store.libraryProfiles(), [{ ...library, library: 'berg' }, library]);

      assert.equal(await store.putBranchProfile(branch('krokom', 'krokom-main')), true);
      assert.equal(await store.putBranchProfile(branch('berg', 'berg-main')), true);
      assert.equal(await store.putBranchProfile(branch('krokom', 'krokom-main', 2), 1), true);
      assert.equal(await store.putBranchProfile(branch('krokom', 'krokom-main', 3), 1), false);
      assert.deepEqual(await store.branchProfiles(), [branch('berg', 'berg-main'), branch('krokom', 'krokom-main', 2)]);
      // A branch a coordinator added and later hid: the fields beside the profile are kept as they are.
      const added: BranchProfile = { ...branch('krokom', 'krokom-nalden'), name: 'Nälden', kind: 'pickup', added: true, hidden: true };
      assert.equal(await store.putBranchProfile(added, 0), true);
      assert.deepEqual((await store.branchProfiles()).find((p) => p.branch === 'krokom-nalden'), added);

      const site = { primary: '#00529b', accent: '#b30059', tagline: text('Bibliotek'), updatedAt: meta.updatedAt, updatedBy: null, version: 1 };
      assert.equal(await store.siteProfile(), null);
      assert.equal(await store.putSiteProfile(site, 1), false);
      assert.equal(await store.putSiteProfile(site, 0), true);
      assert.equal(await store.putSiteProfile({ ...site, version: 2 }, 1), true);
      assert.equal(await store.putSiteProfile({ ...site, version: 3 }, 1), false);
      assert.deepEqual(await store.siteProfile(), { ...site, version: 2 });
    });

    it('returns an image byte for byte, and null for an unknown id', async () => {
      const bytes = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0x00, 0xff, 0x80, 0x0a]);
      const image = { id: 'i-1', library: 'berg', mime: 'image/webp', width: 1600, height: 900, bytes, createdAt: meta.createdAt, createdBy: 'a-1' } as const;
      await store.putImage(image);
      assert.deepEqual(await store.getImage('i-1'), image);
      assert.equal(await store.getImage('i-2'), null);
    });

    describe('staff', () => staffContentStoreContract(() => store));
  });
}
