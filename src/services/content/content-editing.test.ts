// What staff may do through the content service: an editor only their own library's things — every editor method is
// tried on another library's and the county's and refused, with nothing changed; stale forms are conflicts; each
// change is in the audit log with its actor and a Swedish summary.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ContentItem } from '../../core/content.ts';
import { isSamverkaError } from '../../core/errors.ts';
import { MemoryContentStore } from '../../../test/fakes/memory-content-store.ts';
import { ContentService } from './content.service.ts';
import {
  BERG_EDITOR, COORDINATOR, EDITOR_WITHOUT_LIBRARY, eserviceInput, eventInput, KROKOM_EDITOR, LIBRARIES, newsInput, NOW, pageInput,
} from './content.fixtures.ts';
import type { ImageProcessor } from './image-processor.ts';

const fakeImages: ImageProcessor = { process: async (bytes) => ({ mime: 'image/webp', width: 800, height: 600, bytes }) };

async function setUp() {
  const store = new MemoryContentStore();
  let counter = 0;
  // Predictable ids in the base32 alphabet: "testaaaaaaab", "testaaaaaaac" …
  const newId = () => `test${String(++counter).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!).padStart(8, 'a')}`;
  const service = new ContentService({ store, libraries: LIBRARIES, clock: () => NOW, images: fakeImages, newId });
  const berg = await service.create(BERG_EDITOR, 'news', newsInput({ library: 'berg', status: 'draft', title: { sv: 'Bergs utkast' } }));
  const county = await service.create(COORDINATOR, 'news', newsInput({ library: null, title: { sv: 'Länsnyhet' } }));
  const own = await service.create(KROKOM_EDITOR, 'news', newsInput({ status: 'draft' }));
  await store.addAccessibilityReport({ at: NOW.toISOString(), pageUrl: null, description: 'Kontrasten är låg', contact: null });
  return { store, service, berg, county, own };
}

async function forbidden(attempt: Promise<unknown>, what: string): Promise<void> {
  await assert.rejects(attempt, (e) => isSamverkaError(e, 'forbidden'), what);
}

describe('what an editor may not do', () => {
  test('every editor method refuses another library’s and the county’s things, and changes nothing', async () => {
    const { store, service, berg, county, own } = await setUp();
    const auditBefore = (await store.auditLog({})).length;
    const krokom = KROKOM_EDITOR;
    const attempts: [string, () => Promise<unknown>][] = [
      ['list another library', () => service.list(krokom, { kind: 'news', library: 'berg', limit: 10 })],
      ['list the county', () => service.list(krokom, { kind: 'news', library: null, limit: 10 })],
      ['read another library’s draft', () => service.get(krokom, berg.id)],
      ['read county content', () => service.get(krokom, county.id)],
      ['create news for another library', () => service.create(krokom, 'news', newsInput({ library: 'berg' }))],
      ['create an event for another library', () => service.create(krokom, 'event', eventInput({ library: 'berg', branch: 'berg-svenstavik' }))],
      ['create a page for another library', () => service.create(krokom, 'page', pageInput({ library: 'berg' }))],
      ['create an e-service for another library', () => service.create(krokom, 'eservice', eserviceInput({ library: 'berg' }))],
      ['create county news', () => service.create(krokom, 'news', newsInput({ library: null }))],
      ['create a county e-service', () => service.create(krokom, 'eservice', eserviceInput({ library: null }))],
      ['update another library’s item', () => service.update(krokom, berg.id, newsInput({ library: 'berg' }), 1)],
      ['publish another library’s draft', () => service.update(krokom, berg.id, newsInput({ library: 'berg', status: 'published' }), 1)],
      ['unpublish county content', () => service.update(krokom, county.id, newsInput({ library: null, status: 'draft' }), 1)],
      ['move its own item to another library', () => service.update(krokom, own.id, newsInput({ library: 'berg' }), 1)],
      ['move its own item to the county', () => service.update(krokom, own.id, newsInput({ library: null }), 1)],
      ['delete another library’s item', () => service.delete(krokom, berg.id)],
      ['delete county content', () => service.delete(krokom, county.id)],
      ['read another library’s profile', () => service.libraryProfile(krokom, 'berg')],
      ['save another library’s profile', () => service.saveLibraryProfile(krokom, 'berg', { phone: '0687-161 00' }, 0)],
      ['read another library’s branch', () => service.branchProfile(krokom, 'berg', 'berg-svenstavik')],
      ['save another library’s opening hours', () => service.saveBranchProfile(krokom, 'berg', 'berg-svenstavik', { openingHours: null }, 0)],
      ['save the graphic profile', () => service.saveSiteProfile(krokom, { primary: '#0d4f5c', accent: '#a8431b' }, 0)],
      ['upload for another library', () => service.uploadImage(krokom, 'berg', new Uint8Array([1]), { sv: 'Bild' })],
      ['upload for the county', () => service.uploadImage(krokom, null, new Uint8Array([1]), { sv: 'Bild' })],
      ['read another library’s audit log', () => service.auditLog(krokom, { library: 'berg', limit: 10 })],
      ['read the county’s audit log', () => service.auditLog(krokom, { library: null, limit: 10 })],
      ['read accessibility reports', () => service.accessibilityReports(krokom)],
      ['mark a report handled', () => service.markReportHandled(krokom, 1)],
    ];
    for (const [what, attempt] of attempts) await forbidden(attempt(), what);

    assert.deepEqual(await store.getContent(berg.id), berg);
    assert.deepEqual(await store.getContent(county.id), county);
    assert.deepEqual(await store.getContent(own.id), own);
    assert.equal((await store.libraryProfiles()).length, 0);
    assert.equal(await store.siteProfile(), null);
    assert.equal((await store.accessibilityReports())[0]!.handled, false);
    assert.equal((await store.auditLog({})).length, auditBefore, 'nothing was done, so nothing was logged');
  });

  test('an editor without a library may edit nothing at all', async () => {
    const { service, own } = await setUp();
    const nobody = EDITOR_WITHOUT_LIBRARY;
    await forbidden(service.list(nobody, { kind: 'news', limit: 10 }), 'list');
    await forbidden(service.get(nobody, own.id), 'get');
    await forbidden(service.create(nobody, 'news', newsInput({ library: null })), 'create');
    await forbidden(service.auditLog(nobody, { limit: 10 }), 'audit');
  });

  test('an editor lists, reads, edits and deletes their own library’s items, drafts included, and nothing else', async () => {
    const { service, own } = await setUp();
    const listed = await service.list(KROKOM_EDITOR, { kind: 'news', limit: 10 });
    assert.deepEqual(listed.items.map((i) => i.id), [own.id]);
    assert.equal((await service.get(KROKOM_EDITOR, own.id)).status, 'draft');
    const published = await service.update(KROKOM_EDITOR, own.id, newsInput({ status: 'published' }), 1);
    assert.equal(published.version, 2);
    await service.delete(KROKOM_EDITOR, own.id);
    await assert.rejects(service.get(KROKOM_EDITOR, own.id), { code: 'not-found' });
  });

  test('a coordinator edits county content and may move an item to another owner', async () => {
    const { service, own, county } = await setUp();
    const moved = await service.update(COORDINATOR, own.id, newsInput({ library: 'berg' }), 1);
    assert.equal(moved.library, 'berg');
    assert.equal((await service.update(COORDINATOR, county.id, newsInput({ library: null, status: 'draft' }), 1)).status, 'draft');
    const all = await service.list(COORDINATOR, { kind: 'news', limit: 10 });
    assert.equal(all.total, 3);
  });
});

describe('saving content', () => {
  test('a new item gets a kind-prefixed random id, version 1, timestamps and its editor', async () => {
    const { service } = await setUp();
    const kinds = { news: newsInput(), event: eventInput(), page: pageInput(), eservice: eserviceInput({ library: 'krokom' }) };
    const prefixes = Object.entries(kinds).map(async ([kind, input]) => (await service.create(KROKOM_EDITOR, kind as ContentItem['kind'], input)).id.slice(0, 2));
    assert.deepEqual(await Promise.all(prefixes), ['n-', 'e-', 'p-', 's-']);
    const item = await service.create(KROKOM_EDITOR, 'news', newsInput());
    assert.match(item.id, /^n-test[a-j]{8}$/);
    assert.deepEqual([item.version, item.createdAt, item.updatedAt, item.updatedBy], [1, NOW.toISOString(), NOW.toISOString(), KROKOM_EDITOR.id]);
    const random = new ContentService({ store: new MemoryContentStore(), libraries: LIBRARIES, clock: () => NOW, images: fakeImages });
    const ids = await Promise.all(Array.from({ length: 3 }, async () => (await random.create(KROKOM_EDITOR, 'event', eventInput())).id));
    for (const id of ids) assert.match(id, /^e-[a-z2-7]{12}$/);
    assert.equal(new Set(ids).size, 3);
  });

  test('a form opened before someone else saved is a conflict, and the other save stands', async () => {
    const { service, store, own } = await setUp();
    const first = await service.update(KROKOM_EDITOR, own.id, newsInput({ title: { sv: 'Först' } }), 1);
    await assert.rejects(service.update(KROKOM_EDITOR, own.id, newsInput({ title: { sv: 'Sedan' } }), 1), { code: 'conflict' });
    assert.deepEqual(await store.getContent(own.id), first);
    await service.saveLibraryProfile(KROKOM_EDITOR, 'krokom', { phone: '0640-161 00' }, 0);
    await assert.rejects(service.saveLibraryProfile(KROKOM_EDITOR, 'krokom', { phone: '0640-161 01' }, 0), { code: 'conflict' });
    await service.saveBranchProfile(KROKOM_EDITOR, 'krokom', 'krokom-follinge', {}, 0);
    await assert.rejects(service.saveBranchProfile(KROKOM_EDITOR, 'krokom', 'krokom-follinge', {}, 0), { code: 'conflict' });
    await service.saveSiteProfile(COORDINATOR, { primary: '#0d4f5c', accent: '#a8431b' }, 0);
    await assert.rejects(service.saveSiteProfile(COORDINATOR, { primary: '#0d4f5c', accent: '#a8431b' }, 0), { code: 'conflict' });
  });

  test('a page address already used by the owner is a conflict naming the slug field', async () => {
    const { service } = await setUp();
    await service.create(KROKOM_EDITOR, 'page', pageInput());
    await assert.rejects(service.create(KROKOM_EDITOR, 'page', pageInput({ title: { sv: 'Annan' } })), (e) =>
      isSamverkaError(e, 'conflict') && (e.details.issues as { field: string }[])[0]!.field === 'slug');
    assert.ok(await service.create(BERG_EDITOR, 'page', pageInput({ library: 'berg' })), 'another owner may use it');
  });

  test('an invalid form is a bad request naming its fields, and nothing is saved', async () => {
    const { service, store } = await setUp();
    const before = await store.countContent({ kind: 'event' });
    await assert.rejects(service.create(KROKOM_EDITOR, 'event', eventInput({ title: { sv: '' }, endsAt: '2026-12-03T09:00' })), (e) => {
      assert.ok(isSamverkaError(e, 'bad-request'));
      assert.deepEqual((e.details.issues as { field: string }[]).map((i) => i.field), ['title.sv', 'endsAt']);
      return true;
    });
    assert.equal(await store.countContent({ kind: 'event' }), before);
  });

  test('an item’s image is one uploaded here, with its stored size', async () => {
    const { service } = await setUp();
    await assert.rejects(service.create(KROKOM_EDITOR, 'news', newsInput({ image: { id: 'i-doesnotexist', alt: { sv: 'x' } } })), (e) =>
      isSamverkaError(e, 'bad-request') && (e.details.issues as { field: string }[])[0]!.field === 'image.id');
    const image = await service.uploadImage(KROKOM_EDITOR, 'krokom', new Uint8Array([1, 2, 3]), { sv: 'Barn läser' });
    const item = await service.create(KROKOM_EDITOR, 'news', newsInput({ image: { id: image.id, alt: { sv: 'Barn läser', en: 'Children reading' }, width: 1, height: 1 } }));
    assert.equal(item.kind === 'news' && item.image?.width, 800);
    await assert.rejects(service.uploadImage(KROKOM_EDITOR, 'krokom', new Uint8Array([1]), { sv: 'x'.repeat(301) }), (e) =>
      isSamverkaError(e, 'bad-request') && (e.details.issues as { field: string }[])[0]!.field === 'alt.sv');
  });
});

describe('the audit log', () => {
  test('every change is logged with its actor, action and a Swedish summary naming the title', async () => {
    const { service, store, own } = await setUp();
    await service.update(KROKOM_EDITOR, own.id, newsInput({ status: 'published' }), 1);
    await service.update(KROKOM_EDITOR, own.id, newsInput({ status: 'published', title: { sv: 'Nya tider' } }), 2);
    await service.update(KROKOM_EDITOR, own.id, newsInput({ status: 'draft', title: { sv: 'Nya tider' } }), 3);
    await service.delete(KROKOM_EDITOR, own.id);
    await service.uploadImage(KROKOM_EDITOR, 'krokom', new Uint8Array([1]), { sv: 'Bokbussen' });
    await service.saveBranchProfile(KROKOM_EDITOR, 'krokom', 'krokom-follinge', { phone: '0645-100 00' }, 0);
    const lines = (await store.auditLog({ actorId: KROKOM_EDITOR.id })).reverse();
    assert.deepEqual(lines.map((l) => [l.action, l.summary]), [
      ['create', 'Skapade nyhet: Nya öppettider i Krokom'],
      ['publish', 'Publicerade nyhet: Nya öppettider i Krokom'],
      ['update', 'Ändrade nyhet: Nya tider'],
      ['unpublish', 'Avpublicerade nyhet: Nya tider'],
      ['delete', 'Tog bort nyhet: Nya tider'],
      ['upload', 'Laddade upp bild: Bokbussen (800×600)'],
      ['update', 'Ändrade filialprofil och öppettider: Föllinge bibliotek'],
    ]);
    for (const line of lines) assert.deepEqual([line.actorEmail, line.library, line.at], [KROKOM_EDITOR.email, 'krokom', NOW.toISOString()]);
    assert.equal(lines[0]!.targetId, own.id);
  });

  test('an editor reads their library’s lines, a coordinator all of them', async () => {
    const { service } = await setUp();
    const own = await service.auditLog(KROKOM_EDITOR, { limit: 10 });
    assert.deepEqual(own.map((l) => l.library), ['krokom']);
    const all = await service.auditLog(COORDINATOR, { limit: 10 });
    assert.deepEqual(new Set(all.map((l) => l.library)), new Set(['krokom', null, 'berg']));
  });
});

describe('accessibility reports', () => {
  test('anyone may report; a coordinator reads and handles reports', async () => {
    const { service } = await setUp();
    await service.report({ pageUrl: 'https://bibliotek.example.se/evenemang', description: 'Knappen saknar text', contact: '' });
    await assert.rejects(service.report({ description: '  ' }), (e) =>
      isSamverkaError(e, 'bad-request') && (e.details.issues as { field: string }[])[0]!.field === 'description');
    const reports = await service.accessibilityReports(COORDINATOR);
    assert.equal(reports.length, 2);
    const reported = reports.find((r) => r.description === 'Knappen saknar text')!;
    assert.deepEqual([reported.contact, reported.at], [null, NOW.toISOString()]);
    await service.markReportHandled(COORDINATOR, reported.id);
    assert.equal((await service.accessibilityReports(COORDINATOR)).find((r) => r.id === reported.id)!.handled, true);
    await assert.rejects(service.markReportHandled(COORDINATOR, 999), { code: 'not-found' });
  });
});
