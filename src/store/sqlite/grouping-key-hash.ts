// Grouping keys are stored as numbers: the first 53 bits of the key's SHA-1 (migration 0006). The key texts are long
// ("ta:flood insurance study|…|book", 63 characters on average) and sort at random, so every import's inserts fell
// on nearly every page of the key table, and each commit wrote most of it to the WAL again. A stored hash never
// changes meaning: this function must stay as it is, or the keys be hashed again by a migration.
import { hash } from 'node:crypto';

/** SQLite's name for `groupingKeyHash`, registered on every connection that may run the store's migrations. */
export const GROUPING_KEY_HASH_SQL = 'samverka_grouping_key_hash';

/**
 * A whole number below 2^53, exact in JavaScript and in SQLite. Two keys that meet on one hash (about one pair in
 * 10^16 for a catalogue of a million keys) make each other's works candidates: judged, and kept out, like any other.
 */
export function groupingKeyHash(key: string): number {
  let value = recent.get(key);
  if (value === undefined) {
    const digest = hash('sha1', key, 'buffer');
    value = digest.readUInt32BE(0) * 2 ** 21 + (digest.readUInt32BE(4) >>> 11);
    if (recent.size >= RECENT_KEYS) recent.clear();
    recent.set(key, value);
  }
  return value;
}

/** An import hashes each key twice (to look it up, then to file the record under it), a batch apart at most. */
const RECENT_KEYS = 20_000;
const recent = new Map<string, number>();
