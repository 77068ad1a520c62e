// Members as residents and staff see them: the configured libraries and branches merged with the profiles staff wrote.
// A branch profile's name and opening hours replace the configured ones, both in the view and in `library.branches`;
// branches a coordinator added come after the configured ones; hidden branches are in the staff's views only.
import type { BranchProfile, LibraryProfile } from '../../core/content.ts';
import { errors } from '../../core/errors.ts';
import type { Branch, Library, LibraryId } from '../../core/types.ts';
import type { BranchView, LibraryView } from './content-reader.ts';

/** Every library with every branch, hidden ones included (what staff edit). */
export function libraryViews(
  libraries: readonly Library[], libraryProfiles: readonly LibraryProfile[], branchProfiles: readonly BranchProfile[],
): LibraryView[] {
  const profileOf = new Map(libraryProfiles.map((p) => [p.library, p]));
  const branchProfileOf = new Map(branchProfiles.map((p) => [`${p.library}/${p.branch}`, p]));
  const configured = configuredBranchIds(libraries);
  return libraries.map((library) => {
    const branches: BranchView[] = [
      ...library.branches.map((branch) => branchView(library.id, branch, branchProfileOf.get(`${library.id}/${branch.id}`) ?? null)),
      // Once IT configures an added branch, the configured one (with this profile) is what is shown.
      ...branchProfiles.filter((p) => p.library === library.id && p.added && !configured.has(p.branch))
        .map((p) => branchView(library.id, addedBranch(p), p)),
    ];
    return { library: { ...library, branches: branches.map((b) => b.branch) }, profile: profileOf.get(library.id) ?? null, branches };
  });
}

/** What residents see: the views without hidden branches. */
export function publicViews(views: readonly LibraryView[]): LibraryView[] {
  return views.map((view) => {
    if (!view.branches.some(isHidden)) return view;
    const branches = view.branches.filter((b) => !isHidden(b));
    return { ...view, library: { ...view.library, branches: branches.map((b) => b.branch) }, branches };
  });
}

/**
 * A branch staff may edit: a configured one of `library`, or one a coordinator added to it. `not-found` otherwise,
 * also for the profile of a branch IT has since removed from the configuration.
 */
export function knownBranch(
  libraries: readonly Library[], branchProfiles: readonly BranchProfile[], library: LibraryId, branch: string,
): { readonly branch: Branch; readonly added: boolean } {
  const member = libraries.find((l) => l.id === library);
  if (!member) throw errors.notFound('library', library);
  const configured = member.branches.find((b) => b.id === branch);
  if (configured) return { branch: configured, added: false };
  const profile = branchProfiles.find((p) => p.library === library && p.branch === branch && p.added);
  if (!profile || configuredBranchIds(libraries).has(branch)) throw errors.notFound('branch', `${library}/${branch}`);
  return { branch: addedBranch(profile), added: true };
}

/** Ids a new branch may not take: every library's, every configured branch's and every stored profile's. */
export function takenIds(libraries: readonly Library[], branchProfiles: readonly BranchProfile[]): ReadonlySet<string> {
  return new Set([...libraries.map((l) => l.id), ...configuredBranchIds(libraries), ...branchProfiles.map((p) => p.branch)]);
}

function branchView(library: LibraryId, branch: Branch, profile: BranchProfile | null): BranchView {
  const hours = profile?.openingHours ?? branch.openingHours;
  const shown: Branch = { ...branch, name: profile?.name ?? branch.name, ...(hours ? { openingHours: hours } : {}) };
  return { branch: shown, library, profile };
}

function addedBranch(profile: BranchProfile): Branch {
  return { id: profile.branch, name: profile.name ?? profile.branch, kind: profile.kind ?? 'library' };
}

function configuredBranchIds(libraries: readonly Library[]): Set<string> {
  return new Set(libraries.flatMap((l) => l.branches.map((b) => b.id)));
}

const isHidden = (view: BranchView) => view.profile?.hidden === true;
