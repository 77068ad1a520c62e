// (Being written.)
import type { BranchProfile, LibraryProfile } from '../../core/content.ts';
import type { SeedProfile } from './demo-content.ts';

export function demoLibraryProfiles(): SeedProfile<LibraryProfile>[] {
  return [];
}

export function demoBranchProfiles(): SeedProfile<BranchProfile>[] {
  return [];
}
