// The demo's profiles tell only facts: every profile belongs to a configured library or branch, none carries an
// address, phone, e-mail or coordinates (none is known), and only the bus timetables are made up — flagged demo.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoConfig } from '../demo-config.ts';
import { demoBranchProfiles, demoLibraryProfiles } from './demo-profiles.ts';

const branches = demoConfig.libraries.flatMap((l) => (l.branches ?? []).map((b) => ({ ...b, library: l.id })));

test('every library has a profile in both languages, with no invented contact details', () => {
  const profiles = demoLibraryProfiles();
  assert.deepEqual(profiles.map((p) => p.library), demoConfig.libraries.map((l) => l.id));
  for (const p of profiles) {
    assert.ok(p.description?.sv && p.description.en, `${p.library} in both languages`);
    assert.equal(p.phone, null);
    assert.equal(p.email, null);
    assert.equal(p.demo, undefined, `${p.library}: facts, not demo`);
  }
  assert.equal(profiles.find((p) => p.library === 'ostersund')?.website, 'https://ostersundsbibliotek.se');
});

test('branch profiles belong to configured branches and leave unknown facts empty', () => {
  for (const p of demoBranchProfiles()) {
    const branch = branches.find((b) => b.id === p.branch);
    assert.ok(branch, `${p.branch} is configured`);
    assert.equal(branch.library, p.library);
    assert.deepEqual([p.address, p.geo, p.phone, p.email, p.openingHours], [null, null, null, null, null], p.branch);
    assert.equal(p.demo, p.busStops.length > 0, `${p.branch}: demo exactly when it has a made-up timetable`);
    if (p.busStops.length > 0) assert.equal(branch.kind, 'bus', `${p.branch}: only buses have stops`);
  }
});

test('every library bus has a made-up timetable; Östersund\'s bus has its lift and hearing loop', () => {
  const profiles = demoBranchProfiles();
  for (const bus of branches.filter((b) => b.kind === 'bus')) {
    const profile = profiles.find((p) => p.branch === bus.id);
    assert.ok(profile && profile.busStops.length >= 3, `${bus.id} has stops`);
  }
  const ostersund = profiles.find((p) => p.branch === 'ostersund-bokbuss')!;
  assert.deepEqual(ostersund.services, ['hearing-loop']);
  assert.match(ostersund.accessibility!.sv, /rullstolslyft och hörslinga/);
  assert.match(profiles.find((p) => p.branch === 'are-are')!.description!.sv, /turistbyrån i järnvägsstationen/);
});
