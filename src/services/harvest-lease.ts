// One harvest per source at a time: a lock inside this process, and a lease row in the database (with an expiry,
// renewed while the harvest runs) so that two processes — the portal's scheduler and a `samverka harvest` from
// cron — never harvest the same source together. A crashed holder's lease expires, or is taken over at once when
// the holder was a process on this machine that no longer runs.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { SamverkaError } from '../core/errors.ts';
import type { LibraryId } from '../core/types.ts';
import type { Store } from '../store/store.ts';

export interface LeaseOptions {
  /** Who this process is to other processes; default `host:pid:random`. */
  readonly holder?: string;
  /** How long a lease lasts without renewal; default 5 minutes. */
  readonly durationMs?: number;
  readonly clock?: () => Date;
  /** Whether a holder may still be running; default: alive unless it was a process on this host that has ended. */
  readonly isAlive?: (holder: string) => boolean;
}

export interface HeldLease {
  /** Aborted when the lease is lost (another process took it after it expired): the harvest must stop. */
  readonly lost: AbortSignal;
  /** Renews the lease inside `store`'s transaction; throws when it was lost, so nothing is committed without it. */
  confirm(store: Store): Promise<void>;
  release(): Promise<void>;
}

const DEFAULT_DURATION_MS = 5 * 60_000;
const HOST = hostname();

export function processHolder(): string {
  return `${HOST}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** A holder `host:pid:…` on this host whose process has ended is dead; anything else may be alive. */
export function holderAlive(holder: string): boolean {
  const [host, pid] = holder.split(':');
  if (host !== HOST || !/^\d+$/.test(pid ?? '')) return true;
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

export class HarvestLeases {
  private readonly local = new Set<LibraryId>();
  readonly holder: string;
  private readonly durationMs: number;

  constructor(private readonly store: Store, private readonly options: LeaseOptions = {}) {
    this.holder = options.holder ?? processHolder();
    this.durationMs = options.durationMs ?? DEFAULT_DURATION_MS;
  }

  /** The lease of `library` for this process, or who holds it when another harvest runs. */
  async acquire(library: LibraryId): Promise<HeldLease | { readonly busy: string }> {
    if (this.local.has(library)) return { busy: this.holder };
    this.local.add(library);
    try {
      let holder = await this.take(this.store, library);
      const isAlive = this.options.isAlive ?? holderAlive;
      if (holder !== this.holder && !isAlive(holder)) holder = await this.take(this.store, library, holder);
      if (holder !== this.holder) {
        this.local.delete(library);
        return { busy: holder };
      }
    } catch (error) {
      this.local.delete(library);
      throw error;
    }
    return this.held(library);
  }

  private async take(store: Store, library: LibraryId, replacing?: string): Promise<string> {
    const now = this.options.clock?.() ?? new Date();
    const expiresAt = new Date(now.getTime() + this.durationMs).toISOString();
    const lease = await store.acquireHarvestLease({ library, holder: this.holder, expiresAt }, now.toISOString(), replacing);
    return lease.holder;
  }

  private held(library: LibraryId): HeldLease {
    const controller = new AbortController();
    const lose = (holder: string) =>
      controller.abort(new SamverkaError('source-failed', `The harvest of ${library} lost its lease to ${holder} and stopped`, { details: { source: library } }));
    const confirm = async (store: Store) => {
      const holder = await this.take(store, library);
      if (holder !== this.holder) {
        lose(holder);
        throw controller.signal.reason;
      }
    };
    // Renewed between commits too, so a slow source (one page taking minutes) keeps its lease.
    const timer = setInterval(() => {
      confirm(this.store).catch(() => {
        // A failed renewal (a busy database) is tried again; losing the lease has aborted the harvest already.
      });
    }, Math.max(1_000, this.durationMs / 3));
    timer.unref();
    return {
      lost: controller.signal,
      confirm,
      release: async () => {
        clearInterval(timer);
        this.local.delete(library);
        await this.store.releaseHarvestLease(library, this.holder);
      },
    };
  }
}
