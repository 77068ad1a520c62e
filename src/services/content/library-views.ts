// Members as residents see them: the configured libraries and branches merged with the profiles staff wrote. A
// branch profile's opening hours replace the configured ones, both in the view and in `library.branches`.
import type { BranchProfile, LibraryProfile } from '../../core/content.ts';
import type { Library } from '../../core/types.ts';
import type { BranchView, LibraryView } from './content-reader.ts';

export function libraryViews(
  libraries: readonly Library[], libraryProfiles: readonly LibraryProfile[], branchProfiles: readonly BranchProfile[],
): LibraryView[] {
  const profileOf = new Map(libraryProfiles.map((p) => [p.library, p]));
  const branchProfileOf = new Map(branchProfiles.map((p) => [`${p.library}/${p.branch}`, p]));
  return libraries.map((library) => {
    const branches: BranchView[] = library.branches.map((branch) => {
      const profile = branchProfileOf.get(`${library.id}/${branch.id}`) ?? null;
      return { branch: profile?.openingHours ? { ...branch, openingHours: profile.openingHours } : branch, library: library.id, profile };
    });
    return { library: { ...library, branches: branches.map((b) => b.branch) }, profile: profileOf.get(library.id) ?? null, branches };
  });
}
