// Remembers the last few results of a kind (matched rows, filtered facets), so that paging, re-sorting and
// clicking a facet do not repeat the work; everything is forgotten when the index changes.

export class RecentResults<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Map keeps insertion order: moving a hit to the end makes the first entry the least recently used.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  remember(key: string, value: T): T {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  forget(): void {
    this.entries.clear();
  }
}
