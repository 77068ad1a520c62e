// Recent live answers per record, kept briefly so that a busy work page does not ask a library system again at
// every view. Bounded: when full, the oldest answer goes first.
import type { Holding, RecordId } from '../core/types.ts';

interface Entry {
  /** The source's holdings for the record; null when the source said it does not know the record. */
  readonly holdings: readonly Holding[] | null;
  readonly at: number;
}

export class AvailabilityCache {
  private readonly entries = new Map<RecordId, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The answer for a record while it is fresh; undefined when there is none (null is a fresh "unknown record"). */
  get(recordId: RecordId): readonly Holding[] | null | undefined {
    const entry = this.entries.get(recordId);
    if (entry === undefined) return undefined;
    if (this.clock() - entry.at >= this.ttlMs) {
      this.entries.delete(recordId);
      return undefined;
    }
    return entry.holdings;
  }

  set(recordId: RecordId, holdings: readonly Holding[] | null): void {
    if (this.ttlMs <= 0 || this.maxEntries <= 0) return;
    // Re-inserting moves the record to the end, so the Map's order stays oldest first.
    this.entries.delete(recordId);
    while (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(recordId, { holdings, at: this.clock() });
  }
}
