// The policy module's rules, one line each: a coordinator may do everything; an editor only their own library's
// content, profile and audit lines (and read source health), and never adds, hides or renames a branch; another
// library's, the county's and the site's are not theirs; an editor without a library may edit nothing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Actor } from '../core/content.ts';
import { isSamverkaError } from '../core/errors.ts';
import { authorize, can, editableLibraries, type Action, type Permission } from './policy.ts';

const coordinator: Actor = { id: 'a-1', email: 'samordnare@example.se', role: 'coordinator', library: null };
const coordinatorOfOstersund: Actor = { id: 'a-2', email: 'region@example.se', role: 'coordinator', library: 'ostersund' };
const krokomEditor: Actor = { id: 'a-3', email: 'krokom@example.se', role: 'editor', library: 'krokom' };
const editorWithoutLibrary: Actor = { id: 'a-4', email: 'ingen@example.se', role: 'editor', library: null };

/** For every action: the permission on Krokom's things (or the site's), on Berg's, and on the county's where it has one. */
const CASES: Record<Action, { own: Permission; other: Permission | null; county: Permission | null; editorOwn: boolean; editorWithout: boolean }> = {
  'content.edit': { own: { action: 'content.edit', library: 'krokom' }, other: { action: 'content.edit', library: 'berg' }, county: { action: 'content.edit', library: null }, editorOwn: true, editorWithout: false },
  'library.edit': { own: { action: 'library.edit', library: 'krokom' }, other: { action: 'library.edit', library: 'berg' }, county: null, editorOwn: true, editorWithout: false },
  'audit.read': { own: { action: 'audit.read', library: 'krokom' }, other: { action: 'audit.read', library: 'berg' }, county: { action: 'audit.read', library: null }, editorOwn: true, editorWithout: false },
  // Which service points exist is the cooperation's decision, even for an editor's own library.
  'branches.manage': { own: { action: 'branches.manage', library: 'krokom' }, other: { action: 'branches.manage', library: 'berg' }, county: null, editorOwn: false, editorWithout: false },
  'site.edit': { own: { action: 'site.edit' }, other: null, county: null, editorOwn: false, editorWithout: false },
  'staff.manage': { own: { action: 'staff.manage' }, other: null, county: null, editorOwn: false, editorWithout: false },
  'reports.read': { own: { action: 'reports.read' }, other: null, county: null, editorOwn: false, editorWithout: false },
  // Harvest health is no secret among the members: every logged-in staff member may see it.
  'sources.read': { own: { action: 'sources.read' }, other: null, county: null, editorOwn: true, editorWithout: true },
};

describe('the staff policy', () => {
  for (const [action, c] of Object.entries(CASES) as [Action, (typeof CASES)[Action]][]) {
    describe(action, () => {
      const permissions = [c.own, c.other, c.county].filter((p): p is Permission => p !== null);

      test('a coordinator may, whatever their own library', () => {
        for (const permission of permissions) {
          assert.equal(can(coordinator, permission), true);
          assert.equal(can(coordinatorOfOstersund, permission), true);
          assert.doesNotThrow(() => authorize(coordinator, permission));
        }
      });

      test(`an editor of a library ${c.editorOwn ? 'may' : 'may not'}${'library' in c.own ? ' for their own library' : ''}`, () => {
        assert.equal(can(krokomEditor, c.own), c.editorOwn);
        if (!c.editorOwn) assert.throws(() => authorize(krokomEditor, c.own), (e) => isSamverkaError(e, 'forbidden'));
      });

      const notTheirs = [c.other, c.county].filter((p): p is Permission => p !== null);
      if (notTheirs.length > 0) {
        test("an editor may not for another library's or the county's", () => {
          for (const permission of notTheirs) {
            assert.equal(can(krokomEditor, permission), false);
            assert.throws(() => authorize(krokomEditor, permission), (e) => isSamverkaError(e, 'forbidden'));
          }
        });
      }

      test(`an editor without a library ${c.editorWithout ? 'may' : 'may not'}`, () => {
        for (const permission of permissions) assert.equal(can(editorWithoutLibrary, permission), c.editorWithout);
      });
    });
  }

  test('a refusal names the action and its target', () => {
    assert.throws(() => authorize(krokomEditor, { action: 'content.edit', library: null }), (e) => {
      assert.ok(isSamverkaError(e, 'forbidden'));
      assert.deepEqual(e.details, { action: 'content.edit', target: 'county' });
      return true;
    });
    assert.throws(() => authorize(krokomEditor, { action: 'site.edit' }), (e) => isSamverkaError(e, 'forbidden') && e.details.target === 'site');
  });

  test('what an actor may edit: a coordinator every owner and the county, an editor their own library, else nothing', () => {
    const all = ['berg', 'krokom', 'ostersund'];
    assert.deepEqual(editableLibraries(coordinator, all), [null, ...all]);
    assert.deepEqual(editableLibraries(krokomEditor, all), ['krokom']);
    assert.deepEqual(editableLibraries(editorWithoutLibrary, all), []);
  });
});
