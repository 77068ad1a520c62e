// The optimistic-concurrency write every versioned document of the content store shares.
import type BetterSqlite3 from 'better-sqlite3';
import { prepared } from '../sql-helpers.ts';

export interface VersionedPut {
  /** Selects the stored `version` by the key parameters. */
  readonly selectVersion: string;
  /** Inserts or replaces the row (named parameters). */
  readonly upsert: string;
}

/**
 * Writes `row` when no version is expected, or when the stored version equals `expectedVersion` (nothing stored
 * counts as 0, so a first save expects 0). Read and write are one transaction: no other save slips in between.
 */
export function putIfVersion(
  database: BetterSqlite3.Database, statements: VersionedPut, key: readonly unknown[], row: object, expectedVersion: number | undefined,
): boolean {
  return database.transaction(() => {
    if (expectedVersion !== undefined) {
      const stored = prepared(database, statements.selectVersion).get(...key) as { version: number } | undefined;
      if ((stored?.version ?? 0) !== expectedVersion) return false;
    }
    prepared(database, statements.upsert).run(row);
    return true;
  }).immediate();
}

/** Whether an error is SQLite refusing a duplicate in a unique column. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}
