// Small SQL building blocks shared by the SQLite repositories.
import type Database from 'better-sqlite3';
import { sql, type RawBuilder } from 'kysely';

/**
 * A list of values as one bound JSON parameter: `x in (select value from json_each(?))`. One short statement
 * whatever the list's length, so no chunking against SQLite's parameter limit and no string-built SQL.
 */
export function jsonList(values: readonly string[]): RawBuilder<string> {
  return sql<string>`(select value from json_each(${JSON.stringify(values)}))`;
}

/** SQLite allows 32,766 bound parameters per statement; multi-row inserts stay well below. */
const MAX_PARAMETERS = 30_000;

/** Splits rows for multi-row inserts so that no statement exceeds the parameter limit. */
export function insertChunks<T>(rows: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A statement prepared once per database and kept: the hot inserts of an import run it per row, which costs
 * far less than Kysely compiling a multi-row insert per chunk. It runs on the connection Kysely's transactions use.
 */
export function prepared(database: Database.Database, text: string): Database.Statement {
  let statements = cache.get(database);
  if (statements === undefined) cache.set(database, (statements = new Map()));
  let statement = statements.get(text);
  if (statement === undefined) statements.set(text, (statement = database.prepare(text)));
  return statement;
}
