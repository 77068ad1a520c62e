// Live availability of a work: each record's own library system is asked in parallel, each within the timeout and
// behind its own circuit breaker, with answers cached briefly. A source that fails, times out, rests or cannot
// answer leaves its holdings at the harvested status, marked with why — the call itself never fails for that.
import { errors, isSamverkaError } from '../core/errors.ts';
import { recordId } from '../core/ids.ts';
import type { Holding, LibraryId } from '../core/types.ts';
import type { Availability, Connector } from '../connectors/connector.ts';
import { AvailabilityCache } from './availability-cache.ts';
import type { AvailabilityReader, AvailabilityReason, LiveHolding, SourceAvailability, WorkAvailability } from './availability-reader.ts';
import type { WorkView } from './catalogue-reader.ts';
import { CircuitBreaker } from './circuit-breaker.ts';
import { compareSwedish } from '../core/swedish-order.ts';

/** Pino's `logger.warn(details, message)` shape. */
export interface AvailabilityLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

export interface AvailabilityServiceDeps {
  /** Connectors by library; a library without one, or whose connector has no `availability`, keeps harvested statuses. */
  readonly connectors: ReadonlyMap<LibraryId, Connector>;
  /** The longest a work's availability may take; each source gets this much. Default 2 s. */
  readonly timeoutMs?: number;
  /** How long a live answer is reused. Default 45 s. */
  readonly cacheTtlMs?: number;
  /** Records whose answers are kept at most. Default 5,000. */
  readonly cacheSize?: number;
  /** Failures in a row that open a source's breaker. Default 3. */
  readonly failuresToOpen?: number;
  /** How long an open breaker rests before one trial call. Default 30 s. */
  readonly coolDownMs?: number;
  /** Milliseconds since the epoch; injected for tests. */
  readonly clock?: () => number;
  readonly logger?: AvailabilityLogger;
}

export const DEFAULT_AVAILABILITY_TIMEOUT_MS = 2_000;

/** Per record: the source's holdings, or null when the source does not know the record. */
type Answers = ReadonlyMap<string, readonly Holding[] | null>;
type SourceOutcome = { readonly live: true; readonly answers: Answers } | { readonly live: false; readonly reason: AvailabilityReason };


export class AvailabilityService implements AvailabilityReader {
  private readonly timeoutMs: number;
  private readonly clock: () => number;
  private readonly cache: AvailabilityCache;
  private readonly breakers = new Map<LibraryId, CircuitBreaker>();
  /** Calls under way, so that views of the same work at the same moment share one call per source. */
  private readonly inFlight = new Map<string, Promise<SourceOutcome>>();

  constructor(private readonly deps: AvailabilityServiceDeps) {
    this.timeoutMs = deps.timeoutMs ?? DEFAULT_AVAILABILITY_TIMEOUT_MS;
    this.clock = deps.clock ?? Date.now;
    this.cache = new AvailabilityCache(deps.cacheTtlMs ?? 45_000, deps.cacheSize ?? 5_000, this.clock);
  }

  async forWork(view: WorkView): Promise<WorkAvailability> {
    const checkedAt = new Date(this.clock()).toISOString();
    const recordsByLibrary = groupBy(view.records, (r) => r.library);
    const libraries = [...recordsByLibrary.keys()].sort(compareSwedish);
    const outcomes = await Promise.all(libraries.map((library) => this.ask(library, recordsByLibrary.get(library)!.map((r) => r.localId))));

    const harvested = groupBy(view.holdings, (h) => h.recordId);
    const holdings: LiveHolding[] = [];
    const sources: SourceAvailability[] = [];
    libraries.forEach((library, i) => {
      const outcome = outcomes[i];
      sources.push(outcome.live ? { library, live: true } : { library, live: false, reason: outcome.reason });
      for (const record of recordsByLibrary.get(library)!) {
        const before = harvested.get(record.id) ?? [];
        const answer = outcome.live ? outcome.answers.get(record.localId) : null;
        if (answer) holdings.push(...answer.map((h) => ({ ...h, library, recordId: record.id, live: true })));
        else holdings.push(...before.map((h) => ({ ...h, live: false, reason: outcome.live ? 'unknown-record' as const : outcome.reason })));
      }
    });
    return { workId: view.work.id, holdings: holdings.sort(byPlace), sources, checkedAt };
  }

  /** The source's answers for these records: fresh cached ones as they are, the rest asked in one call. */
  private async ask(library: LibraryId, localIds: readonly string[]): Promise<SourceOutcome> {
    const availability = this.deps.connectors.get(library)?.availability;
    if (!availability) return { live: false, reason: 'no-live-source' };
    const answers = new Map<string, readonly Holding[] | null>();
    const missing: string[] = [];
    for (const localId of localIds) {
      const cached = this.cache.get(recordId(library, localId));
      if (cached === undefined) missing.push(localId);
      else answers.set(localId, cached);
    }
    if (missing.length === 0) return { live: true, answers };

    const key = [library, ...missing.sort()].join('\u0000');
    let call = this.inFlight.get(key);
    if (!call) {
      call = this.call(library, availability, missing).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, call);
    }
    const outcome = await call;
    if (!outcome.live) return outcome;
    for (const localId of missing) answers.set(localId, outcome.answers.get(localId) ?? null);
    return { live: true, answers };
  }

  private async call(library: LibraryId, availability: Availability, localIds: readonly string[]): Promise<SourceOutcome> {
    const breaker = this.breakerOf(library);
    if (!breaker.allows()) return { live: false, reason: 'circuit-open' };
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const timeout = errors.timeout(`Live availability from ${library}`, this.timeoutMs);
        controller.abort(timeout);
        reject(timeout);
      }, this.timeoutMs);
    });
    // A source that ignores the abort may still fail after the deadline: that late failure must not go unhandled.
    const asked = Promise.resolve().then(() => availability.availability(localIds, controller.signal));
    asked.catch(() => undefined);
    try {
      const found = await Promise.race([asked, deadline]);
      breaker.succeeded();
      const answers = new Map<string, readonly Holding[] | null>();
      for (const localId of localIds) {
        // A source answers for its own library only, whatever its holdings claim.
        const holdings = found.get(localId)?.map((h) => ({ ...h, library })) ?? null;
        answers.set(localId, holdings);
        this.cache.set(recordId(library, localId), holdings);
      }
      return { live: true, answers };
    } catch (error) {
      const timedOut = controller.signal.aborted || isSamverkaError(error, 'timeout');
      const opened = breaker.failed();
      const message = error instanceof Error ? error.message : String(error);
      this.deps.logger?.warn({ library, records: localIds.length, error: message }, `Live availability from ${library} ${timedOut ? 'timed out' : 'failed'}`);
      if (opened) this.deps.logger?.warn({ library, coolDownMs: this.deps.coolDownMs ?? 30_000 }, `Live availability from ${library}: circuit breaker open`);
      return { live: false, reason: timedOut ? 'timeout' : 'failed' };
    } finally {
      clearTimeout(timer);
    }
  }

  private breakerOf(library: LibraryId): CircuitBreaker {
    let breaker = this.breakers.get(library);
    if (!breaker) {
      breaker = new CircuitBreaker({ failuresToOpen: this.deps.failuresToOpen ?? 3, coolDownMs: this.deps.coolDownMs ?? 30_000, clock: this.clock });
      this.breakers.set(library, breaker);
    }
    return breaker;
  }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

/** By library, branch and call number (none last), then record: the order of WorkView.holdings. */
function byPlace(a: LiveHolding, b: LiveHolding): number {
  return compareSwedish(a.library, b.library) ||
    compareSwedish(a.branch, b.branch) ||
    (a.callNumber === null ? 1 : 0) - (b.callNumber === null ? 1 : 0) ||
    compareSwedish(a.callNumber ?? '', b.callNumber ?? '') ||
    compareSwedish(a.recordId, b.recordId);
}
