// Creates the `search_` tables, and drops and recreates them when they were made by another version of
// this code: the index is derived data, rebuilt from the store, never migrated.
import type { Database } from 'better-sqlite3';
import { SCHEMA } from './search.sql.ts';

/** Raise whenever SCHEMA, or what a stored row means (its hashes, its summary JSON), changes. */
export const SEARCH_SCHEMA_VERSION = 3;

const SEARCH_TABLES = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'search\\_%' ESCAPE '\\'";
const VIRTUAL_TABLES = `${SEARCH_TABLES} AND sql LIKE 'CREATE VIRTUAL TABLE%'`;
const STORED_VERSION = "SELECT value FROM search_meta WHERE name = 'schema'";
const SET_VERSION = "INSERT INTO search_meta (name, value) VALUES ('schema', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value";

/** A table name from sqlite_schema as an SQL identifier (DROP TABLE cannot take a bound name). */
const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Makes the search tables current. True when they were created empty (new database, or dropped for being
 * of another version): the caller should then fill the index from the store.
 */
export function prepareSearchSchema(db: Database): boolean {
  return db.transaction(() => {
    const tables = db.prepare(SEARCH_TABLES).pluck().all() as string[];
    if (tables.includes('search_meta') && storedVersion(db) === SEARCH_SCHEMA_VERSION) {
      db.exec(SCHEMA);
      return false;
    }
    // Virtual tables first: dropping one drops its shadow tables, which cannot be dropped on their own.
    for (const name of db.prepare(VIRTUAL_TABLES).pluck().all() as string[]) db.exec(`DROP TABLE ${identifier(name)}`);
    for (const name of db.prepare(SEARCH_TABLES).pluck().all() as string[]) db.exec(`DROP TABLE ${identifier(name)}`);
    db.exec(SCHEMA);
    db.prepare(SET_VERSION).run(SEARCH_SCHEMA_VERSION);
    return true;
  }).immediate();
}

function storedVersion(db: Database): number | null {
  return (db.prepare(STORED_VERSION).pluck().get() as number | undefined) ?? null;
}
