// A coordinator adds branches, hides and shows them and renames them, and residents' views follow; an editor may do
// none of it (but edits an added or hidden branch's profile as any other); ids stay unique county-wide; a branch IT
// later configures is shown once, as the configuration says.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isSamverkaError } from '../../core/errors.ts';
import type { Library } from '../../core/types.ts';
import { MemoryContentStore } from '../../../test/fakes/memory-content-store.ts';
import { ContentService } from './content.service.ts';
import { COORDINATOR, eventInput, KROKOM_EDITOR, LIBRARIES, NOW } from './content.fixtures.ts';

const noImages = { process: async () => { throw new Error('no images here'); } };
const NALDEN = { id: 'krokom-nalden', name: 'Näldens utlämningsställe', kind: 'pickup' };
const HOURS = { schedules: [{ days: { tue: [{ from: '15:00', to: '18:00', service: 'staffed' }] } }] };
/** A branch form's fields with nothing filled in but hours. */
const PROFILE = { description: null, address: null, geo: null, phone: null, email: null, accessibility: null, services: [], openingHours: HOURS, selfServiceInfo: null, busStops: [] };

function setUp(libraries: readonly Library[] = LIBRARIES, store = new MemoryContentStore()) {
  return { store, service: new ContentService({ store, libraries, clock: () => NOW, images: noImages, cacheMs: 0 }) };
}

async function krokomBranches(service: ContentService) {
  const krokom = (await service.libraries()).find((v) => v.library.id === 'krokom')!;
  assert.deepEqual(krokom.library.branches.map((b) => b.id), krokom.branches.map((b) => b.branch.id), 'the library and its views agree');
  return krokom.branches;
}

function rejectsWith(code: 'forbidden' | 'bad-request' | 'conflict', attempt: Promise<unknown>, check?: (details: Record<string, unknown>) => void) {
  return assert.rejects(attempt, (e) => {
    assert.ok(isSamverkaError(e, code), String(e));
    check?.(e.details);
    return true;
  });
}

describe('adding a branch', () => {
  test("a coordinator's pick-up point shows to residents after the configured branches, without invented facts", async () => {
    const { store, service } = setUp();
    const profile = await service.addBranch(COORDINATOR, 'krokom', NALDEN);
    assert.equal(profile.version, 1);
    const branches = await krokomBranches(service);
    assert.deepEqual(branches.map((b) => b.branch.id), ['krokom-krokom', 'krokom-follinge', 'krokom-nalden']);
    assert.deepEqual(branches[2]!.branch, { id: 'krokom-nalden', name: 'Näldens utlämningsställe', kind: 'pickup' });
    assert.equal(branches[2]!.profile?.added, true);
    assert.equal(branches[2]!.profile?.address, null);
    const [line] = await store.auditLog({ limit: 1 });
    assert.deepEqual([line!.action, line!.targetKind, line!.targetId, line!.summary],
      ['create', 'branch', 'krokom-nalden', 'Lade till utlämningsställe: Näldens utlämningsställe (Krokoms bibliotek)']);
  });

  test('its opening hours and address are saved as any branch profile, by the library’s own editor too', async () => {
    const { service } = setUp();
    await service.addBranch(COORDINATOR, 'krokom', NALDEN);
    await service.saveBranchProfile(KROKOM_EDITOR, 'krokom', 'krokom-nalden', { ...PROFILE, address: { street: 'Skolvägen 2', postalCode: '83591', city: 'Nälden' } }, 1);
    const nalden = (await krokomBranches(service)).find((b) => b.branch.id === 'krokom-nalden')!;
    assert.deepEqual(nalden.branch.openingHours?.schedules, HOURS.schedules);
    assert.deepEqual(nalden.profile?.address, { street: 'Skolvägen 2', postalCode: '835 91', city: 'Nälden' });
    assert.equal(nalden.branch.name, 'Näldens utlämningsställe', 'the save kept the name, kind and mark');
    assert.equal(nalden.branch.kind, 'pickup');
    assert.equal(nalden.profile?.version, 2);
  });

  test('an id a library or any branch has is refused, naming the field; so is one that is no address', async () => {
    const { service } = setUp();
    await service.addBranch(COORDINATOR, 'krokom', NALDEN);
    for (const id of ['berg', 'berg-svenstavik', 'krokom-nalden']) {
      await rejectsWith('bad-request', service.addBranch(COORDINATOR, 'krokom', { ...NALDEN, id }), (details) => {
        assert.deepEqual((details.issues as { field: string; code: string }[]).map((i) => [i.field, i.code]), [['id', 'id-taken']], id);
      });
    }
    await rejectsWith('bad-request', service.addBranch(COORDINATOR, 'krokom', { id: 'Nälden 2', name: '', kind: 'castle' }), (details) => {
      assert.deepEqual((details.issues as { field: string; code: string }[]).map((i) => [i.field, i.code]), [['id', 'invalid-slug'], ['name', 'required'], ['kind', 'invalid']]);
    });
  });
});

describe('hiding a branch', () => {
  test('a hidden branch is left out of what residents see, kept for staff, and comes back when shown', async () => {
    const { store, service } = setUp();
    await service.setBranchHidden(COORDINATOR, 'krokom', 'krokom-follinge', true, 0);
    assert.deepEqual((await krokomBranches(service)).map((b) => b.branch.id), ['krokom-krokom']);
    const staff = await service.libraryBranches(KROKOM_EDITOR, 'krokom');
    assert.deepEqual(staff.map((b) => [b.branch.id, b.profile?.hidden ?? false]), [['krokom-krokom', false], ['krokom-follinge', true]]);
    // The editor keeps editing the closed branch's profile; that does not show it again.
    await service.saveBranchProfile(KROKOM_EDITOR, 'krokom', 'krokom-follinge', PROFILE, 1);
    assert.equal((await krokomBranches(service)).length, 1);
    await rejectsWith('conflict', service.setBranchHidden(COORDINATOR, 'krokom', 'krokom-follinge', false, 1));
    await service.setBranchHidden(COORDINATOR, 'krokom', 'krokom-follinge', false, 2);
    const follinge = (await krokomBranches(service)).find((b) => b.branch.id === 'krokom-follinge')!;
    assert.deepEqual(follinge.branch.openingHours?.schedules, HOURS.schedules);
    assert.equal('hidden' in follinge.profile!, false);
    assert.deepEqual((await store.auditLog({ limit: 3 })).map((l) => l.summary), [
      'Visade filial igen: Föllinge bibliotek', 'Ändrade filialprofil och öppettider: Föllinge bibliotek', 'Dolde filial för invånarna: Föllinge bibliotek',
    ]);
  });
});

describe('renaming a branch', () => {
  test("a coordinator's name replaces the configured one; an empty name gives it back", async () => {
    const { service } = setUp();
    await service.saveBranchProfile(COORDINATOR, 'krokom', 'krokom-follinge', { ...PROFILE, name: 'Föllinge bibliotek och skolbibliotek' }, 0);
    assert.equal((await krokomBranches(service))[1]!.branch.name, 'Föllinge bibliotek och skolbibliotek');
    await service.saveBranchProfile(KROKOM_EDITOR, 'krokom', 'krokom-follinge', PROFILE, 1);
    assert.equal((await krokomBranches(service))[1]!.branch.name, 'Föllinge bibliotek och skolbibliotek', "an editor's save keeps the name");
    const back = await service.saveBranchProfile(COORDINATOR, 'krokom', 'krokom-follinge', { ...PROFILE, name: '' }, 2);
    assert.equal('name' in back, false);
    assert.equal((await krokomBranches(service))[1]!.branch.name, 'Föllinge bibliotek');
  });

  test('an added branch cannot lose its name', async () => {
    const { service } = setUp();
    await service.addBranch(COORDINATOR, 'krokom', NALDEN);
    await rejectsWith('bad-request', service.saveBranchProfile(COORDINATOR, 'krokom', 'krokom-nalden', { ...PROFILE, name: ' ' }, 1));
  });
});

test("an editor may not add, hide, show or rename even their own library's branches; nothing changes", async () => {
  const { store, service } = setUp();
  await service.addBranch(COORDINATOR, 'krokom', NALDEN);
  const before = [await store.branchProfiles(), await store.auditLog({})];
  await rejectsWith('forbidden', service.addBranch(KROKOM_EDITOR, 'krokom', { ...NALDEN, id: 'krokom-ytterberg' }));
  await rejectsWith('forbidden', service.setBranchHidden(KROKOM_EDITOR, 'krokom', 'krokom-follinge', true, 0));
  await rejectsWith('forbidden', service.setBranchHidden(KROKOM_EDITOR, 'krokom', 'krokom-nalden', true, 1));
  await rejectsWith('forbidden', service.saveBranchProfile(KROKOM_EDITOR, 'krokom', 'krokom-follinge', { ...PROFILE, name: 'Nytt namn' }, 0));
  await rejectsWith('forbidden', service.addBranch(KROKOM_EDITOR, 'berg', { ...NALDEN, id: 'berg-ny' }));
  assert.deepEqual([await store.branchProfiles(), await store.auditLog({})], before);
});

test('once IT configures an added branch, it is shown once, with the configuration’s kind and the profile kept', async () => {
  const { store, service } = setUp();
  await service.addBranch(COORDINATOR, 'krokom', NALDEN);
  await service.saveBranchProfile(COORDINATOR, 'krokom', 'krokom-nalden', PROFILE, 1);
  const configured = LIBRARIES.map((l) => (l.id === 'krokom' ? { ...l, branches: [...l.branches, { id: 'krokom-nalden', name: 'Nälden', kind: 'library' as const }] } : l));
  const later = setUp(configured, store).service;
  const branches = await krokomBranches(later);
  assert.deepEqual(branches.map((b) => b.branch.id), ['krokom-krokom', 'krokom-follinge', 'krokom-nalden']);
  assert.equal(branches[2]!.branch.kind, 'library');
  assert.deepEqual(branches[2]!.branch.openingHours?.schedules, HOURS.schedules);
});

test("a profile of a branch IT removed from the configuration is shown nowhere and can't be edited", async () => {
  const { store, service } = setUp();
  await service.saveBranchProfile(COORDINATOR, 'krokom', 'krokom-follinge', PROFILE, 0);
  const removed = LIBRARIES.map((l) => (l.id === 'krokom' ? { ...l, branches: l.branches.slice(0, 1) } : l));
  const later = setUp(removed, store).service;
  assert.deepEqual((await krokomBranches(later)).map((b) => b.branch.id), ['krokom-krokom']);
  assert.deepEqual((await later.libraryBranches(COORDINATOR, 'krokom')).map((b) => b.branch.id), ['krokom-krokom']);
  await assert.rejects(later.branchProfile(COORDINATOR, 'krokom', 'krokom-follinge'), (e) => isSamverkaError(e, 'not-found'));
  await rejectsWith('bad-request', later.addBranch(COORDINATOR, 'krokom', { ...NALDEN, id: 'krokom-follinge' }));
});

test('an added branch can be an event\'s venue; an event at a branch hidden later can still be saved', async () => {
  const { service } = setUp();
  await rejectsWith('bad-request', service.create(KROKOM_EDITOR, 'event', eventInput({ branch: NALDEN.id })), (d) =>
    assert.ok((d.issues as { field: string }[]).some((i) => i.field === 'branch')));
  const added = await service.addBranch(COORDINATOR, 'krokom', NALDEN);
  const event = await service.create(KROKOM_EDITOR, 'event', eventInput({ branch: NALDEN.id }));
  assert.equal(event.kind === 'event' && event.branch, NALDEN.id);
  await service.setBranchHidden(COORDINATOR, 'krokom', NALDEN.id, true, added.version);
  const saved = await service.update(KROKOM_EDITOR, event.id, eventInput({ branch: NALDEN.id, title: { sv: 'Ny titel' } }), event.version);
  assert.equal(saved.version, 2);
});
