// What residents see through the content service: only published items whose time has come and not gone, news newest
// first, events expanded into occurrences in the range and filtered, libraries with their profiles and staff's hours.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ContentItem, EventItem, NewsItem, PageItem } from '../../core/content.ts';
import { contentMeta } from '../../../test/fakes/fake-content.ts';
import { MemoryContentStore } from '../../../test/fakes/memory-content-store.ts';
import { ContentService } from './content.service.ts';
import { COORDINATOR, LIBRARIES, NOW } from './content.fixtures.ts';
import type { ImageProcessor } from './image-processor.ts';

const noImages: ImageProcessor = { process: async () => assert.fail('no uploads here') };

async function serviceWith(items: readonly ContentItem[], options: { cacheMs?: number } = {}) {
  const store = new MemoryContentStore();
  for (const item of items) await store.putContent(item);
  return { store, service: new ContentService({ store, libraries: LIBRARIES, clock: () => NOW, images: noImages, ...options }) };
}

function news(id: string, fields: Partial<NewsItem> = {}): NewsItem {
  return { ...contentMeta('news', id, 'krokom'), title: { sv: `Nyhet ${id}` }, summary: { sv: 'Kort.' }, body: { sv: 'Text.' }, image: null, ...fields };
}

function event(id: string, fields: Partial<EventItem> = {}): EventItem {
  return {
    ...contentMeta('event', id, 'krokom'), title: { sv: `Evenemang ${id}` }, summary: { sv: 'Kort.' }, body: { sv: '' },
    startsAt: '2026-12-03T10:00', endsAt: '2026-12-03T11:00', recurrence: null, branch: 'krokom-krokom', place: null,
    audiences: ['children'], type: 'storytime', registrationUrl: null, capacity: null, cancelled: false, image: null, ...fields,
  };
}

function page(id: string, slug: string, fields: Partial<PageItem> = {}): PageItem {
  return { ...contentMeta('page', id, null), slug, title: { sv: slug }, body: { sv: 'Text.' }, language: null, ...fields };
}

describe('public content', () => {
  test('drafts, items scheduled for later and items past their end are not public', async () => {
    const { service } = await serviceWith([
      news('n-public', { publishAt: '2026-12-01T08:00:00.000Z', unpublishAt: '2026-12-31T08:00:00.000Z' }),
      news('n-draft', { status: 'draft' }),
      news('n-scheduled', { publishAt: '2026-12-02T09:00:01.000Z' }),
      news('n-expired', { unpublishAt: '2026-12-02T09:00:00.000Z' }),
      page('p-draft', 'om', { status: 'draft' }),
      page('p-scheduled', 'integritet', { publishAt: '2026-12-24T00:00:00+01:00' }),
      event('e-expired', { unpublishAt: '2026-12-01T00:00:00.000Z' }),
    ]);
    assert.deepEqual((await service.news({ limit: 10 })).items.map((n) => n.id), ['n-public']);
    for (const id of ['n-draft', 'n-scheduled', 'n-expired']) assert.equal(await service.newsItem(id), null, id);
    assert.equal((await service.newsItem('n-public'))?.id, 'n-public');
    assert.equal(await service.page(null, 'om'), null);
    assert.equal(await service.page(null, 'integritet'), null);
    assert.deepEqual(await service.pages(null), []);
    assert.equal(await service.event('e-expired'), null);
    assert.equal((await service.events({ from: '2026-12-01', to: '2026-12-31' })).total, 0);
  });

  test('news is newest first; a library’s list holds its own and the county’s news; pages of it count the total', async () => {
    const { service } = await serviceWith([
      news('n-old', { publishAt: '2026-11-01T08:00:00.000Z' }),
      news('n-new', { publishAt: '2026-12-01T08:00:00.000Z' }),
      news('n-county', { library: null, publishAt: '2026-11-15T08:00:00.000Z' }),
      news('n-berg', { library: 'berg', publishAt: '2026-11-20T08:00:00.000Z' }),
    ]);
    assert.deepEqual((await service.news({ limit: 10 })).items.map((n) => n.id), ['n-new', 'n-berg', 'n-county', 'n-old']);
    const krokom = await service.news({ library: 'krokom', limit: 2, offset: 1 });
    assert.equal(krokom.total, 3);
    assert.deepEqual(krokom.items.map((n) => n.id), ['n-county', 'n-old']);
  });

  test('a recurring event is expanded in the range, cancelled dates left out, in start order with other events', async () => {
    const { service } = await serviceWith([
      event('e-weekly', { startsAt: '2026-11-05T10:00', endsAt: '2026-11-05T10:45', recurrence: { frequency: 'weekly', interval: 1, until: '2027-01-28', count: null, except: ['2026-12-17'] } }),
      event('e-once', { startsAt: '2026-12-10T18:00', endsAt: '2026-12-10T20:00', type: 'author-talk', audiences: ['adults'] }),
      event('e-later', { startsAt: '2027-02-01T18:00', endsAt: '2027-02-01T20:00' }),
    ]);
    const december = await service.events({ from: '2026-12-01', to: '2026-12-31' });
    assert.deepEqual(december.items.map((o) => [o.event.id, o.start]), [
      ['e-weekly', '2026-12-03T10:00:00+01:00'],
      ['e-weekly', '2026-12-10T10:00:00+01:00'],
      ['e-once', '2026-12-10T18:00:00+01:00'],
      ['e-weekly', '2026-12-24T10:00:00+01:00'],
      ['e-weekly', '2026-12-31T10:00:00+01:00'],
    ]);
    const page2 = await service.events({ from: '2026-12-01', to: '2026-12-31', limit: 2, offset: 2 });
    assert.equal(page2.total, 5);
    assert.deepEqual(page2.items.map((o) => o.start), ['2026-12-10T18:00:00+01:00', '2026-12-24T10:00:00+01:00']);
  });

  test('events filter by library, audience and type', async () => {
    const { service } = await serviceWith([
      event('e-krokom', { audiences: ['children', 'all'] }),
      event('e-berg', { library: 'berg', branch: 'berg-svenstavik', audiences: ['adults'], type: 'reading-group' }),
      event('e-county', { library: null, branch: null, place: { sv: 'Folkets hus' }, type: 'digital-help', audiences: ['adults'] }),
    ]);
    const ids = async (filter: Record<string, unknown>) =>
      (await service.events({ from: '2026-12-01', to: '2026-12-31', ...filter })).items.map((o) => o.event.id).sort();
    assert.deepEqual(await ids({}), ['e-berg', 'e-county', 'e-krokom']);
    assert.deepEqual(await ids({ libraries: ['berg'] }), ['e-berg']);
    assert.deepEqual(await ids({ audiences: ['adults'] }), ['e-berg', 'e-county']);
    assert.deepEqual(await ids({ types: ['storytime', 'digital-help'] }), ['e-county', 'e-krokom']);
    assert.deepEqual(await ids({ libraries: ['krokom', 'berg'], audiences: ['children'] }), ['e-krokom']);
  });

  test('a reversed or malformed date range is a bad query, not a crash', async () => {
    const { service } = await serviceWith([]);
    await assert.rejects(service.events({ from: '2026-12-31', to: '2026-12-01' }), { code: 'bad-query' });
    await assert.rejects(service.events({ from: 'igår', to: '2026-12-01' }), { code: 'bad-query' });
  });

  test('e-services are listed in Swedish order and pages by owner', async () => {
    const eservice = (id: string, name: string): ContentItem => ({
      ...contentMeta('eservice', id, null), name, description: { sv: 'Text.' }, categories: ['ebooks'], url: 'https://example.se/',
      forLibraries: [], access: 'remote', terms: null, image: null,
    });
    const { service } = await serviceWith([eservice('s-1', 'Öppna arkiv'), eservice('s-2', 'Ämnesguider'), eservice('s-3', 'Zeta'), page('p-1', 'om'), page('p-2', 'meroppet', { library: 'krokom' })]);
    assert.deepEqual((await service.eservices()).map((s) => s.name), ['Zeta', 'Ämnesguider', 'Öppna arkiv']);
    assert.deepEqual((await service.pages('krokom')).map((p) => p.slug), ['meroppet']);
    assert.equal((await service.page(null, 'om'))?.id, 'p-1');
    assert.equal(await service.page('krokom', 'om'), null);
  });
});

describe('libraries and the site as residents see them', () => {
  const staffHours = { schedules: [{ days: { sat: [{ from: '11:00', to: '15:00', service: 'staffed' as const }] } }] };

  test('profiles are merged in configuration order, and staff’s opening hours replace the configured ones', async () => {
    const { service } = await serviceWith([]);
    await service.saveBranchProfile(COORDINATOR, 'ostersund', 'ostersund-stadsbiblioteket', { openingHours: staffHours }, 0);
    await service.saveLibraryProfile(COORDINATOR, 'krokom', { phone: '0640-161 00' }, 0);
    const views = await service.libraries();
    assert.deepEqual(views.map((v) => v.library.id), ['krokom', 'berg', 'ostersund']);
    assert.equal(views[0]!.profile?.phone, '0640-161 00');
    const [city] = views[2]!.branches;
    assert.deepEqual(city!.branch.openingHours?.schedules, staffHours.schedules);
    assert.deepEqual(views[2]!.library.branches[0]!.openingHours?.schedules, staffHours.schedules, 'the library’s own branch list too');
    assert.equal(views[1]!.branches[0]!.profile, null);
  });

  test('are kept for a few seconds: a write through this node shows at once, another node’s when the cache ends', async () => {
    const { service, store } = await serviceWith([]);
    assert.equal((await service.libraries())[0]!.profile, null);
    const otherNode = { library: 'krokom', description: null, website: null, phone: '0640-1', email: null, accent: null, updatedAt: NOW.toISOString(), updatedBy: null, version: 1 };
    await store.putLibraryProfile(otherNode);
    assert.equal((await service.libraries())[0]!.profile, null, 'still the kept answer');
    await service.saveLibraryProfile(COORDINATOR, 'berg', { phone: '0687-161 00' }, 0);
    const fresh = await service.libraries();
    assert.equal(fresh[0]!.profile?.phone, '0640-1');
    assert.equal(fresh[1]!.profile?.phone, '0687-161 00');

    const uncached = (await serviceWith([], { cacheMs: 0 }));
    await uncached.store.putLibraryProfile(otherNode);
    assert.equal((await uncached.service.libraries())[0]!.profile?.phone, '0640-1');
  });

  test('the site profile is the default until a coordinator saves one', async () => {
    const { service } = await serviceWith([]);
    assert.equal((await service.site()).primary, '#0d4f5c');
    await service.saveSiteProfile(COORDINATOR, { primary: '#1a4d2e', accent: '#8a3b12', tagline: { sv: 'Ett bibliotek för hela länet' } }, 0);
    const site = await service.site();
    assert.deepEqual([site.primary, site.tagline, site.version], ['#1a4d2e', { sv: 'Ett bibliotek för hela länet' }, 1]);
  });
});
