// Which branches are open right now (staffed first) and which open next, for the start page's "open now".
import { openingStatus, type OpeningStatus } from '../../../core/opening-hours/opening-status.ts';
import type { BranchView, LibraryView } from '../../../services/content/content-reader.ts';

export interface BranchNow {
  readonly view: BranchView;
  readonly library: LibraryView;
  readonly status: OpeningStatus;
}

export interface OpenNow {
  /** Open now: staffed before self-service, otherwise in configuration order. */
  readonly open: readonly BranchNow[];
  /** Closed now, soonest opening first; at most `nextLimit`. */
  readonly opensNext: readonly BranchNow[];
}

export function openNow(libraries: readonly LibraryView[], now: Date, nextLimit: number): OpenNow {
  const all: BranchNow[] = libraries.flatMap((library) => library.branches.flatMap((view) =>
    view.branch.openingHours ? [{ view, library, status: openingStatus(view.branch.openingHours, now) }] : []));
  const open = all.filter((b) => b.status.open).sort((a, b) => Number(b.status.staffed) - Number(a.status.staffed));
  const opensNext = all
    .filter((b) => !b.status.open && b.status.nextOpen)
    .sort((a, b) => Date.parse(a.status.nextOpen!.at) - Date.parse(b.status.nextOpen!.at))
    .slice(0, nextLimit);
  return { open, opensNext };
}
