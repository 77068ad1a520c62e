// The one policy module (DESIGN.md §8): what a staff member may do. Every staff route and service method asks here;
// policy.test.ts proves each rule. A coordinator may do everything; an editor only their own library's things.
import { errors } from '../core/errors.ts';
import type { Actor } from '../core/content.ts';
import type { LibraryId } from '../core/types.ts';

export type Permission =
  /** Create, edit, publish, delete news/events/pages/e-services owned by `library` (null = county-wide). */
  | { readonly action: 'content.edit'; readonly library: LibraryId | null }
  /** Edit a member library's profile, its branches' profiles, opening hours and exceptions, and upload its images. */
  | { readonly action: 'library.edit'; readonly library: LibraryId }
  /** Add a branch to a member library, hide or show one, change its displayed name: what residents are told exists. */
  | { readonly action: 'branches.manage'; readonly library: LibraryId }
  /** The graphic profile and the cooperation's own settings. */
  | { readonly action: 'site.edit' }
  /** Staff accounts: create, change role or library, deactivate. */
  | { readonly action: 'staff.manage' }
  /** Read the audit log: a coordinator all of it, an editor their library's lines. */
  | { readonly action: 'audit.read'; readonly library: LibraryId | null }
  /** Accessibility reports from the public form. */
  | { readonly action: 'reports.read' }
  /** The harvest health of the members' sources. */
  | { readonly action: 'sources.read' };

export type Action = Permission['action'];

export function can(actor: Actor, permission: Permission): boolean {
  if (actor.role === 'coordinator') return true;
  switch (permission.action) {
    case 'content.edit':
    case 'library.edit':
    case 'audit.read':
      return actor.library !== null && permission.library === actor.library;
    case 'sources.read':
      return true;
    case 'branches.manage':
    case 'site.edit':
    case 'staff.manage':
    case 'reports.read':
      return false;
  }
}

/** Throws `forbidden` naming the action and its target when the actor may not. */
export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) {
    const target = 'library' in permission ? (permission.library ?? 'county') : 'site';
    throw errors.forbidden(permission.action, target);
  }
}

/** The owners whose content an actor may edit: all (null = county-wide included) for a coordinator, else their own. */
export function editableLibraries(actor: Actor, all: readonly LibraryId[]): readonly (LibraryId | null)[] {
  if (actor.role === 'coordinator') return [null, ...all];
  return actor.library === null ? [] : [actor.library];
}
