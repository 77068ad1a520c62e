// Picks the k best of many items without sorting them all: a bounded binary heap, O(n log k).

/**
 * The k best of `items[0..n)`, best first. `before(a, b)` is true when a ranks before b; it must be a
 * strict total order (break ties, e.g. on the row number) so that pages never overlap.
 */
export function selectTop(items: ArrayLike<number>, n: number, k: number, before: (a: number, b: number) => boolean): number[] {
  if (k <= 0) return [];
  // Max-heap on "worst": the root is the worst of the best k kept so far.
  const heap: number[] = [];
  const worse = (a: number, b: number) => before(b, a);
  for (let i = 0; i < n; i++) {
    const item = items[i];
    if (heap.length < k) {
      heap.push(item);
      siftUp(heap, heap.length - 1, worse);
    } else if (before(item, heap[0])) {
      heap[0] = item;
      siftDown(heap, 0, worse);
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}

function siftUp(heap: number[], at: number, worse: (a: number, b: number) => boolean): void {
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!worse(heap[at], heap[parent])) return;
    [heap[at], heap[parent]] = [heap[parent], heap[at]];
    at = parent;
  }
}

function siftDown(heap: number[], at: number, worse: (a: number, b: number) => boolean): void {
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let top = at;
    if (left < heap.length && worse(heap[left], heap[top])) top = left;
    if (right < heap.length && worse(heap[right], heap[top])) top = right;
    if (top === at) return;
    [heap[at], heap[top]] = [heap[top], heap[at]];
    at = top;
  }
}
