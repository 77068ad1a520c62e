// What the web layer asks for live availability: each holding of a work with its status now, or the harvested
// status with its age when the library's system could not say. Implemented by AvailabilityService.
import type { Holding, LibraryId, WorkId } from '../core/types.ts';
import type { WorkView } from './catalogue-reader.ts';

/**
 * Why a status is not live: the source did not answer in time, failed, is resting after repeated failures
 * (its circuit breaker is open), has no live availability at all, or did not know the record.
 */
export const AVAILABILITY_REASONS = ['timeout', 'failed', 'circuit-open', 'no-live-source', 'unknown-record'] as const;
export type AvailabilityReason = (typeof AVAILABILITY_REASONS)[number];

/** A holding with where its status comes from: `live` with `asOf` the answer's time, or harvested with its `asOf`. */
export interface LiveHolding extends Holding {
  readonly recordId: string;
  readonly live: boolean;
  readonly reason?: AvailabilityReason;
}

/** How one member library's system answered for this work. */
export interface SourceAvailability {
  readonly library: LibraryId;
  readonly live: boolean;
  readonly reason?: AvailabilityReason;
}

export interface WorkAvailability {
  readonly workId: WorkId;
  /** Ordered by library, branch, call number, like WorkView.holdings. */
  readonly holdings: readonly LiveHolding[];
  /** One entry per library with records in the work, in library order. */
  readonly sources: readonly SourceAvailability[];
  /** ISO timestamp of this answer: what "today" means when its ages are shown. */
  readonly checkedAt: string;
}

export interface AvailabilityReader {
  /** Never rejects because a library's system failed; takes no longer than the configured timeout. */
  forWork(view: WorkView): Promise<WorkAvailability>;
}

/** The harvested statuses only, each marked with `reason`: for a web app wired without live availability. */
export function harvestedAvailability(view: WorkView, reason: AvailabilityReason, checkedAt = new Date().toISOString()): WorkAvailability {
  const libraries = [...new Set(view.records.map((r) => r.library))].sort();
  return {
    workId: view.work.id,
    holdings: view.holdings.map((h) => ({ ...h, live: false, reason })),
    sources: libraries.map((library) => ({ library, live: false, reason })),
    checkedAt,
  };
}
