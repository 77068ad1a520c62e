// Opens the one SQLite database file that the store and the search index share (the composition root owns it).
import Database from 'better-sqlite3';
import { SamverkaError } from '../../core/errors.ts';

/**
 * Opens (or creates) the database with the settings the catalogue relies on: WAL so that readers never wait
 * for an import, foreign keys on for the cascades, and `synchronous = NORMAL`, which WAL makes safe against
 * corruption while sparing a sync per transaction. `:memory:` gives a private in-memory database (tests).
 */
/**
 * The WAL is copied into the database when it passes this many pages (~80 MB) rather than SQLite's 1,000 (~4 MB): an
 * import rewrites the same work and index pages in every batch, and checkpointing after each commit copied them again
 * and again (commits took 60 ms instead of 24, an import of 9,000 records 0.2 s longer). The rest is copied when the
 * last connection closes.
 */
const WAL_CHECKPOINT_PAGES = 20_000;
const WAL_KEPT_BYTES = 16 * 1024 * 1024;

export function openSqliteDatabase(file: string): Database.Database {
  try {
    const database = new Database(file);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    database.pragma('cache_size = -65536');
    database.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    // A checkpointed WAL is reused, not shrunk: without a limit a running portal keeps ~80 MB of it on disk.
    database.pragma(`journal_size_limit = ${WAL_KEPT_BYTES}`);
    return database;
  } catch (cause) {
    throw new SamverkaError('store-failed', `Cannot open the database ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}
