// Scheduled harvests inside `serve`: each source with `harvestIntervalMinutes` is harvested on its own timer,
// jittered so sources (and portals) do not all ask at once, never overlapping itself, backing off while it fails,
// and stopped cleanly (the running harvests aborted and awaited) when the portal closes. Harvests run beside the
// requests on the event loop; the commits they make are short transactions.
import type { LibraryId } from '../core/types.ts';
import type { HarvestLogger } from './harvest.service.ts';
import type { HarvestSummary } from './harvest-summary.ts';

export interface ScheduledSource {
  readonly library: LibraryId;
  readonly intervalMinutes: number;
}

/** setTimeout and clearTimeout, replaceable in tests. */
export interface SchedulerTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface HarvestSchedulerDeps {
  readonly sources: readonly ScheduledSource[];
  readonly harvest: (library: LibraryId, signal: AbortSignal) => Promise<HarvestSummary>;
  readonly logger?: HarvestLogger;
  /** A number in [0, 1): the jitter. */
  readonly random?: () => number;
  readonly timers?: SchedulerTimers;
}

const MINUTE = 60_000;
/** The first harvests after start-up are spread over this long (or the interval, when shorter). */
const FIRST_RUN_SPREAD_MS = 5 * MINUTE;
/** A failing source is asked at most this seldom (or at its interval, when longer). */
const MAX_BACKOFF_MS = 6 * 60 * MINUTE;

const NODE_TIMERS: SchedulerTimers = {
  set: (run, ms) => setTimeout(run, ms).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** The wait before the next harvest: the interval ±10 %, doubled for each failure in a row up to the cap. */
export function nextDelayMs(intervalMinutes: number, failures: number, random: number): number {
  const interval = intervalMinutes * MINUTE;
  const backedOff = failures === 0 ? interval : Math.min(interval * 2 ** Math.min(failures, 20), Math.max(interval, MAX_BACKOFF_MS));
  return Math.round(backedOff * (0.9 + 0.2 * random));
}

export class HarvestScheduler {
  private readonly timers: SchedulerTimers;
  private readonly random: () => number;
  private readonly pending = new Map<LibraryId, unknown>();
  private readonly running = new Map<LibraryId, Promise<void>>();
  private readonly failures = new Map<LibraryId, number>();
  private readonly stopping = new AbortController();

  constructor(private readonly deps: HarvestSchedulerDeps) {
    this.timers = deps.timers ?? NODE_TIMERS;
    this.random = deps.random ?? Math.random;
  }

  start(): void {
    for (const source of this.deps.sources) {
      this.schedule(source, Math.round(this.random() * Math.min(FIRST_RUN_SPREAD_MS, source.intervalMinutes * MINUTE)));
    }
  }

  /** Cancels what is scheduled, aborts the harvests that run (they keep what they committed) and waits for them. */
  async stop(): Promise<void> {
    this.stopping.abort(new Error('the portal is shutting down'));
    for (const handle of this.pending.values()) this.timers.clear(handle);
    this.pending.clear();
    await Promise.all(this.running.values());
  }

  private schedule(source: ScheduledSource, ms: number): void {
    if (this.stopping.signal.aborted) return;
    this.pending.set(source.library, this.timers.set(() => {
      this.pending.delete(source.library);
      const run = this.run(source).finally(() => this.running.delete(source.library));
      this.running.set(source.library, run);
    }, ms));
  }

  private async run(source: ScheduledSource): Promise<void> {
    const { library } = source;
    let failed: boolean;
    try {
      const summary = await this.deps.harvest(library, this.stopping.signal);
      failed = summary.status === 'unreachable' || summary.status === 'failed';
      this.deps.logger?.info({ library, status: summary.status, added: summary.added, updated: summary.updated, deleted: summary.deleted }, 'scheduled harvest done');
    } catch (error) {
      failed = true;
      this.deps.logger?.warn({ library, error: error instanceof Error ? error.message : String(error) }, 'scheduled harvest failed');
    }
    const failures = failed ? (this.failures.get(library) ?? 0) + 1 : 0;
    this.failures.set(library, failures);
    this.schedule(source, nextDelayMs(source.intervalMinutes, failures, this.random()));
  }
}
