// Tests of top-k selection: the same first items as a full sort, in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { selectTop } from './top-k.ts';

test('the k best equal the first k of a full sort', () => {
  const values = Array.from({ length: 500 }, (_, i) => (i * 7919) % 263);
  const items = Int32Array.from(values.keys());
  const before = (a: number, b: number) => (values[a] !== values[b] ? values[a] > values[b] : a < b);
  const full = [...items].sort((a, b) => (before(a, b) ? -1 : 1));
  for (const k of [0, 1, 10, 499, 500, 600]) assert.deepEqual(selectTop(items, items.length, k, before), full.slice(0, k));
});
