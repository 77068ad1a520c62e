// Copies the WAL into the database file from a thread of its own while a long import writes, so that the import's
// thread never stops for it. SQLite lets a checkpoint run beside a writer; the writer then only appends to the WAL.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** How often the thread copies what has been committed since its last round. */
const INTERVAL_MS = 250;
/**
 * While the thread runs, the writer copies the WAL itself only when it passes this size. The WAL starts over only
 * when a writer begins with all of it copied, which back-to-back transactions never allow: it grows by a
 * transaction at each commit, and at the writer's usual threshold (80 MB, sqlite-database.ts) the writer stopped
 * to copy the last transaction itself: 0.4 s per 80 MB, every other commit of an import. An import of 9,000
 * records into a catalogue of ten libraries writes ~180 MB and now never stops for it (0.45 s less, median of
 * four A/B runs); the last connection to close copies the rest and removes the WAL, as before.
 */
const WRITER_CHECKPOINT_BYTES = 512 * 1024 * 1024;

/**
 * The thread's whole program, plain CommonJS so that it runs the same from the sources, under tsx and from the
 * command's bundle. A PASSIVE checkpoint copies what no reader still needs and never waits for a lock; a round
 * that meets a busy database leaves the rest to the next round, or to the writer's own checkpoint on closing.
 */
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
}, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface BackgroundCheckpoints {
  /**
   * Ends the thread and its connection, and gives the writer back its own threshold; the last connection to close
   * copies what is left, as always.
   */
  stop(): Promise<void>;
}

/**
 * Starts copying `database`'s WAL from another thread. In an import of 9,000 records into a catalogue of ten
 * libraries the checkpoints took 0.45 s of the import's own thread. A database in memory has no WAL: nothing starts.
 */
export function startBackgroundCheckpoints(database: Database.Database): BackgroundCheckpoints {
  if (database.memory) return { stop: async () => undefined };
  const writerThreshold = database.pragma('wal_autocheckpoint', { simple: true }) as number;
  const pageBytes = database.pragma('page_size', { simple: true }) as number;
  database.pragma(`wal_autocheckpoint = ${Math.round(WRITER_CHECKPOINT_BYTES / pageBytes)}`);
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(CHECKPOINTER, { eval: true, workerData: { driver, file: database.name, intervalMs: INTERVAL_MS } });
  // A checkpointer that fails leaves the checkpoints to the writer, as without one; it never fails the import.
  worker.on('error', () => undefined);
  // Nor does it keep the process alive when its owner never stops it.
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    stop: async () => {
      // Held alive again until it has closed its connection, which must happen before the writer's.
      worker.ref();
      worker.postMessage('stop');
      await exited;
      if (database.open) database.pragma(`wal_autocheckpoint = ${writerThreshold}`);
    },
  };
}
