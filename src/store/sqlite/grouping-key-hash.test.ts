// Stored grouping keys are hashes; a hash must never change meaning, or stored keys would no longer be found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupingKeyHash } from './grouping-key-hash.ts';

describe('groupingKeyHash', () => {
  it('gives the values databases hold since migration 0006: whole numbers below 2^53', () => {
    // Pinned. A change here needs a migration that hashes every stored key again.
    const pinned: Record<string, number> = {
      'isbn:9789100563226': 4718229447349154,
      'ta:mumintrollet|jansson tove|book': 4539307660386328,
      'ta:å': 3334222317001278,
    };
    for (const [key, value] of Object.entries(pinned)) {
      assert.equal(groupingKeyHash(key), value, key);
      assert.ok(Number.isSafeInteger(value));
    }
  });

  it('tells apart keys that differ in one character, composed or not', () => {
    assert.notEqual(groupingKeyHash('ta:å'), groupingKeyHash('ta:a'));
    assert.notEqual(groupingKeyHash('ta:å'), groupingKeyHash('ta:a\u030a'));
  });
});
