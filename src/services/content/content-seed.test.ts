// Seeding the demo's content: what is missing is added once, as the system; what staff changed or deleted since stays.
// A small hand-made content set (the demo's own is tested where it is written).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MemoryContentStore } from '../../../test/fakes/memory-content-store.ts';
import { ContentService } from './content.service.ts';
import { COORDINATOR, LIBRARIES, newsInput, NOW } from './content.fixtures.ts';
import { seedContent, type SeedContent } from './content-seed.ts';

const meta = { status: 'published', publishAt: null, unpublishAt: null, demo: true } as const;

const CONTENT: SeedContent = {
  news: [{ ...meta, id: 'n-demo1', library: 'krokom', title: { sv: 'Demo: julstängt' }, summary: { sv: 'Påhittad.' }, body: { sv: 'Påhittad.' }, image: null }],
  events: [{
    ...meta, id: 'e-demo1', library: 'krokom', title: { sv: 'Demo: sagostund' }, summary: { sv: 'Påhittad.' }, body: { sv: '' },
    startsAt: '2026-12-09T10:00', endsAt: '2026-12-09T10:45', recurrence: null, branch: 'krokom-krokom', place: null,
    audiences: ['children'], type: 'storytime', registrationUrl: null, capacity: null, cancelled: false, image: null,
  }],
  pages: [{ ...meta, id: 'p-demo-om', library: null, slug: 'om', title: { sv: 'Om webbplatsen' }, body: { sv: 'Text.' }, language: null }],
  eservices: [],
  libraryProfiles: [{ library: 'krokom', description: null, website: null, phone: null, email: null, accent: null, demo: true }],
  branchProfiles: [{
    library: 'krokom', branch: 'krokom-krokom', description: null, address: null, geo: null, phone: null, email: null,
    accessibility: null, services: ['wifi'], openingHours: null, selfServiceInfo: null, busStops: [], demo: true,
  }],
};

describe('seeding the demo content', () => {
  test('adds every missing item and profile as version 1 by nobody, with one audit line as the system', async () => {
    const store = new MemoryContentStore();
    assert.deepEqual(await seedContent(store, CONTENT, NOW), { items: 3, libraryProfiles: 1, branchProfiles: 1 });
    const news = await store.getContent('n-demo1');
    assert.deepEqual([news?.kind, news?.version, news?.updatedBy, news?.createdAt, news?.demo], ['news', 1, null, NOW.toISOString(), true]);
    assert.equal((await store.pageBySlug(null, 'om'))?.id, 'p-demo-om');
    assert.equal((await store.branchProfiles())[0]!.version, 1);
    const lines = await store.auditLog({});
    assert.equal(lines.length, 1);
    assert.deepEqual([lines[0]!.actorId, lines[0]!.actorEmail, lines[0]!.targetKind], [null, null, 'seed']);
  });

  test('seeding again changes nothing, and staff’s edits and deletions stay', async () => {
    const store = new MemoryContentStore();
    await seedContent(store, CONTENT, NOW);
    const service = new ContentService({ store, libraries: LIBRARIES, clock: () => NOW, images: { process: async () => assert.fail() } });
    await service.update(COORDINATOR, 'n-demo1', newsInput({ title: { sv: 'Ändrad av personalen' } }), 1);
    await service.delete(COORDINATOR, 'e-demo1');
    await service.saveLibraryProfile(COORDINATOR, 'krokom', { phone: '0640-161 00' }, 1);
    const linesBefore = (await store.auditLog({})).length;

    assert.deepEqual(await seedContent(store, CONTENT, new Date('2027-01-01T00:00:00Z')), { items: 0, libraryProfiles: 0, branchProfiles: 0 });
    const news = await store.getContent('n-demo1');
    assert.equal(news?.kind === 'news' && news.title.sv, 'Ändrad av personalen');
    assert.equal(await store.getContent('e-demo1'), null, 'a deleted demo item is not brought back');
    assert.equal((await store.libraryProfiles())[0]!.phone, '0640-161 00');
    assert.equal((await store.auditLog({})).length, linesBefore, 'no audit line when nothing was added');
  });

  test('a page whose address staff already use is left out', async () => {
    const store = new MemoryContentStore();
    const service = new ContentService({ store, libraries: LIBRARIES, clock: () => NOW, images: { process: async () => assert.fail() } });
    const own = await service.create(COORDINATOR, 'page', { library: null, status: 'draft', slug: 'om', title: { sv: 'Vår egen' }, body: { sv: 'Text.' } });
    assert.equal((await seedContent(store, CONTENT, NOW)).items, 2);
    assert.equal((await store.pageBySlug(null, 'om'))?.id, own.id);
  });
});
