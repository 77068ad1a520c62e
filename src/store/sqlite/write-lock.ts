// One writer at a time per database handle. The catalogue store's transactions await between statements (a harvest
// commit normalizes records inside one), and better-sqlite3 runs every statement on the one connection: a staff
// member's save arriving in such a pause would run inside the harvest's transaction, and be lost if it rolled back.
// So the catalogue's transactions and the content store's writes queue here. A second connection would not help:
// its write would wait on SQLite's lock synchronously, blocking the event loop that the transaction needs to finish.
import type BetterSqlite3 from 'better-sqlite3';

const tails = new WeakMap<BetterSqlite3.Database, Promise<void>>();

/** Runs `fn` when every write queued before it on this handle has finished; never nest (it would wait for itself). */
export async function withWriteLock<T>(database: BetterSqlite3.Database, fn: () => Promise<T>): Promise<T> {
  const previous = tails.get(database) ?? Promise.resolve();
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  tails.set(database, previous.then(() => done));
  await previous;
  try {
    return await fn();
  } finally {
    release();
  }
}
