// Source health: records how each harvest of a source began and ended, and reports every member library's source
// honestly — a failing one with its error and the time of its last good data.
import type { LibraryId } from '../core/types.ts';
import type { HarvestCounts, SourceHealthRecord, Store } from '../store/store.ts';
import type { SourceHealthReader, SourcesReport, SourceState, SourceView } from './source-health-reader.ts';

/** A member library's source as configured. */
export interface ConfiguredSource {
  readonly library: LibraryId;
  /** Null when the library has no source. */
  readonly kind: string | null;
  readonly harvestable: boolean;
  readonly intervalMinutes: number | null;
}

export interface FinishedRun {
  readonly outcome: 'ok' | 'unreachable' | 'failed';
  readonly counts: HarvestCounts;
  /** The failure's message (already free of credentials); null on success. */
  readonly error: string | null;
}

const NEVER: Omit<SourceHealthRecord, 'library' | 'kind'> = {
  lastAttemptAt: null, lastSuccessAt: null, lastOutcome: null, lastError: null, lastErrorAt: null, lastCounts: null,
};

export class SourceHealthService implements SourceHealthReader {
  constructor(private readonly deps: { readonly store: Store; readonly sources: readonly ConfiguredSource[]; readonly clock?: () => Date }) {}

  private now(): string {
    return (this.deps.clock?.() ?? new Date()).toISOString();
  }

  private async current(library: LibraryId, kind: string): Promise<SourceHealthRecord> {
    const found = (await this.deps.store.sourceHealth()).find((h) => h.library === library);
    return { ...NEVER, ...found, library, kind };
  }

  async attempted(library: LibraryId, kind: string): Promise<void> {
    await this.deps.store.saveSourceHealth({ ...(await this.current(library, kind)), lastAttemptAt: this.now() });
  }

  async finished(library: LibraryId, kind: string, run: FinishedRun): Promise<void> {
    const now = this.now();
    const health = await this.current(library, kind);
    await this.deps.store.saveSourceHealth({
      ...health,
      lastOutcome: run.outcome,
      lastCounts: countsOf(run.counts),
      ...(run.outcome === 'ok' ? { lastSuccessAt: now } : { lastError: run.error, lastErrorAt: now }),
    });
  }

  async sources(): Promise<SourcesReport> {
    const { store } = this.deps;
    const asOf = this.now();
    const health = new Map((await store.sourceHealth()).map((h) => [h.library, h]));
    const harvesting = new Set((await store.harvestLeases()).filter((l) => l.expiresAt > asOf).map((l) => l.library));
    const sources: SourceView[] = [];
    for (const source of this.deps.sources) {
      const h = health.get(source.library);
      sources.push({
        library: source.library,
        kind: source.kind,
        state: stateOf(source, h),
        harvesting: harvesting.has(source.library),
        intervalMinutes: source.intervalMinutes,
        lastAttemptAt: h?.lastAttemptAt ?? null,
        lastSuccessAt: h?.lastSuccessAt ?? null,
        lastError: h?.lastError ?? null,
        lastErrorAt: h?.lastErrorAt ?? null,
        lastCounts: h?.lastCounts ?? null,
        records: await store.recordCount(source.library),
      });
    }
    return { asOf, sources };
  }
}

function stateOf(source: ConfiguredSource, health: SourceHealthRecord | undefined): SourceState {
  if (!source.harvestable) return 'import-only';
  if (!health?.lastOutcome) return 'never-harvested';
  return health.lastOutcome === 'ok' ? 'ok' : 'failing';
}

/** Just the counts: a summary passed in also carries its rejections, which do not belong in the health row. */
function countsOf({ read, added, updated, deleted, unchanged, rejected }: HarvestCounts): HarvestCounts {
  return { read, added, updated, deleted, unchanged, rejected };
}
