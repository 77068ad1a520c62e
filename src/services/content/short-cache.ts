// One value kept for a few seconds. Several web nodes share the store, so what another node wrote shows here at the
// latest when the value expires; writes through this node clear it at once.

export class ShortCache<T> {
  private value: { readonly promise: Promise<T>; readonly until: number } | null = null;

  /** `now` is a monotonic clock in milliseconds (not the domain clock: tests fix that one). */
  constructor(private readonly ttlMs: number, private readonly now: () => number = () => performance.now()) {}

  get(load: () => Promise<T>): Promise<T> {
    const now = this.now();
    if (this.value !== null && this.value.until > now) return this.value.promise;
    const promise = load();
    const entry = { promise, until: now + this.ttlMs };
    this.value = entry;
    // A failed load is never kept.
    promise.catch(() => { if (this.value === entry) this.value = null; });
    return promise;
  }

  clear(): void {
    this.value = null;
  }
}
