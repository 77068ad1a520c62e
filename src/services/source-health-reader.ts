// What the web layer asks about the member libraries' sources (GET /api/v1/sources, the source-health page):
// how each source's harvests went. Implemented by SourceHealthService; nothing in it is secret.
import type { LibraryId } from '../core/types.ts';
import type { HarvestCounts } from '../store/store.ts';

export type { HarvestCounts };

/**
 * `ok`: the last harvest went well. `failing`: the last harvest did not; the records of the last good one are
 * still shown. `never-harvested`: harvestable, not harvested yet. `import-only`: the source has no harvester (a
 * `marc-file` source without a folder, a system we only ask live); records come through `samverka import`.
 */
export const SOURCE_STATES = ['ok', 'failing', 'never-harvested', 'import-only'] as const;
export type SourceState = (typeof SOURCE_STATES)[number];

export interface SourceView {
  readonly library: LibraryId;
  /** The connector kind (`sru`, `oai-pmh`, …); null when the library has no source configured. */
  readonly kind: string | null;
  readonly state: SourceState;
  /** A harvest of this source is running now (in this process or another). */
  readonly harvesting: boolean;
  /** Minutes between scheduled harvests; null when none are scheduled. */
  readonly intervalMinutes: number | null;
  /** ISO timestamps. */
  readonly lastAttemptAt: string | null;
  readonly lastSuccessAt: string | null;
  /** The last failure's message, free of credentials; kept after later successes. */
  readonly lastError: string | null;
  readonly lastErrorAt: string | null;
  /** What the last finished harvest did. */
  readonly lastCounts: HarvestCounts | null;
  /** Records of this library in the catalogue now. */
  readonly records: number;
}

export interface SourcesReport {
  /** ISO timestamp of the report: ages ("last good data 3 hours ago") are counted from it. */
  readonly asOf: string;
  readonly sources: readonly SourceView[];
}

export interface SourceHealthReader {
  sources(): Promise<SourcesReport>;
}
