// SQL over `source_health`: the last harvest runs of each member library's source, one row per library.
import type { Kysely } from 'kysely';
import type { HarvestCounts, SourceHealthRecord } from '../store.ts';
import type { SourceHealthTable, StoreTables } from './schema.ts';

export class SourceHealthRepository {
  constructor(private readonly db: Kysely<StoreTables>) {}

  async all(): Promise<SourceHealthRecord[]> {
    const rows = await this.db.selectFrom('source_health').selectAll().orderBy('library').execute();
    return rows.map(fromRow);
  }

  async save(health: SourceHealthRecord): Promise<void> {
    const row = toRow(health);
    const { library: _, ...changes } = row;
    await this.db.insertInto('source_health').values(row).onConflict((oc) => oc.column('library').doUpdateSet(changes)).execute();
  }
}

function toRow(health: SourceHealthRecord): SourceHealthTable {
  return {
    library: health.library,
    kind: health.kind,
    last_attempt_at: health.lastAttemptAt,
    last_success_at: health.lastSuccessAt,
    last_outcome: health.lastOutcome,
    last_error: health.lastError,
    last_error_at: health.lastErrorAt,
    last_counts: health.lastCounts === null ? null : JSON.stringify(health.lastCounts),
  };
}

function fromRow(row: SourceHealthTable): SourceHealthRecord {
  return {
    library: row.library,
    kind: row.kind,
    lastAttemptAt: row.last_attempt_at,
    lastSuccessAt: row.last_success_at,
    lastOutcome: row.last_outcome,
    lastError: row.last_error,
    lastErrorAt: row.last_error_at,
    lastCounts: row.last_counts === null ? null : (JSON.parse(row.last_counts) as HarvestCounts),
  };
}
