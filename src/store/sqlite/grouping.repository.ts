// SQL over grouping keys (candidate lookup), grouping decisions (why a record is in its work) and staff overrides.
import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { GroupingDecision, RecordId } from '../../core/types.ts';
import type { GroupingKeyHit, GroupingOverride } from '../store.ts';
import type { StoreTables } from './schema.ts';
import { insertChunks, jsonList, prepared } from './sql-helpers.ts';

export class GroupingRepository {
  constructor(
    private readonly db: Kysely<StoreTables>,
    private readonly database: Database.Database,
  ) {}

  async replaceKeys(entries: readonly { readonly recordId: RecordId; readonly keys: readonly string[] }[]): Promise<void> {
    await this.db.deleteFrom('grouping_keys').where('record_id', 'in', jsonList(entries.map((e) => e.recordId))).execute();
    const pairs = entries.flatMap((e) => [...new Set(e.keys)].map((key) => [key, e.recordId]));
    if (pairs.length === 0) return;
    // One bound JSON array of [key, record] pairs: a short statement however many keys a batch has.
    await sql`
      insert into grouping_keys (key, record_id)
      select pair.value ->> 0, pair.value ->> 1 from json_each(${JSON.stringify(pairs)}) as pair`.execute(this.db);
  }

  async hits(keys: readonly string[]): Promise<GroupingKeyHit[]> {
    // The covering index gives each record's work without reading its row; SQLite's planner would take the
    // primary key's index and then read every row, which is most of an import's time once many libraries share works.
    const { rows } = await sql<{ key: string; record_id: string; work_id: string }>`
      select k.key, k.record_id, r.work_id
      from grouping_keys as k inner join records as r indexed by records_id_work_id on r.id = k.record_id
      where k.key in ${jsonList(keys)}`.execute(this.db);
    return rows.map((r) => ({ key: r.key, recordId: r.record_id, workId: r.work_id }));
  }

  async upsertDecisions(decisions: readonly GroupingDecision[]): Promise<void> {
    const upsert = prepared(this.database, `
      insert into grouping_decisions (record_id, work_id, match, key, reason) values (?, ?, ?, ?, ?)
      on conflict (record_id) do update set
        work_id = excluded.work_id, match = excluded.match, key = excluded.key, reason = excluded.reason`);
    for (const d of decisions) upsert.run(d.recordId, d.workId, d.match, d.key, d.reason);
  }

  async decisions(recordIds: readonly RecordId[]): Promise<GroupingDecision[]> {
    const rows = await this.db
      .selectFrom('grouping_decisions')
      .select(['record_id', 'work_id', 'match', 'key', 'reason'])
      .where('record_id', 'in', jsonList(recordIds))
      .execute();
    return rows.map((r) => ({
      recordId: r.record_id,
      workId: r.work_id,
      match: r.match as GroupingDecision['match'],
      key: r.key,
      reason: r.reason,
    }));
  }

  async setOverrides(overrides: readonly GroupingOverride[]): Promise<void> {
    const rows = overrides.map((o) => ({ record_id: o.recordId, kind: o.kind, work_id: o.workId, created_at: o.createdAt }));
    for (const chunk of insertChunks(rows, 4)) {
      await this.db
        .insertInto('grouping_overrides')
        .values(chunk)
        .onConflict((oc) =>
          oc.column('record_id').doUpdateSet((eb) => ({
            kind: eb.ref('excluded.kind'),
            work_id: eb.ref('excluded.work_id'),
            created_at: eb.ref('excluded.created_at'),
          })),
        )
        .execute();
    }
  }

  async removeOverrides(recordIds: readonly RecordId[]): Promise<void> {
    await this.db.deleteFrom('grouping_overrides').where('record_id', 'in', jsonList(recordIds)).execute();
  }

  async overrides(recordIds: readonly RecordId[]): Promise<Map<RecordId, GroupingOverride>> {
    const rows = await this.db
      .selectFrom('grouping_overrides')
      .select(['record_id', 'kind', 'work_id', 'created_at'])
      .where('record_id', 'in', jsonList(recordIds))
      .execute();
    return new Map(
      rows.map((r) => [r.record_id, { recordId: r.record_id, kind: r.kind as GroupingOverride['kind'], workId: r.work_id, createdAt: r.created_at }]),
    );
  }
}
