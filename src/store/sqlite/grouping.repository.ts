// SQL over grouping keys (candidate lookup), grouping decisions (why a record is in its work) and staff overrides.
import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { GroupingDecision, RecordId } from '../../core/types.ts';
import type { GroupingKeyEntry, GroupingKeyHit, GroupingOverride } from '../store.ts';
import type { StoreTables } from './schema.ts';
import { insertChunks, jsonList, prepared } from './sql-helpers.ts';
import { groupingKeyHash } from './grouping-key-hash.ts';

export class GroupingRepository {
  constructor(
    private readonly db: Kysely<StoreTables>,
    private readonly database: Database.Database,
  ) {}

  /**
   * Files each record under exactly its keys (as their hashes). Keys a record already has stay untouched: a
   * re-imported record whose keys did not change costs one read, no writes.
   */
  async replaceKeys(entries: readonly GroupingKeyEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const storedKeys = prepared(this.database, `
      select record_id, key_hash from grouping_keys where record_id in (select value from json_each(?))`);
    const stored = new Map<string, Set<number>>();
    for (const row of storedKeys.iterate(JSON.stringify(entries.map((e) => e.recordId))) as Iterable<{ record_id: string; key_hash: number }>) {
      let keys = stored.get(row.record_id);
      if (keys === undefined) stored.set(row.record_id, (keys = new Set()));
      keys.add(row.key_hash);
    }
    // The trigger of migration 0005 moves the keys when the record moves to another work.
    const insert = prepared(this.database, 'insert or ignore into grouping_keys (key_hash, record_id, work_id) values (?, ?, ?)');
    const remove = prepared(this.database, 'delete from grouping_keys where key_hash = ? and record_id = ?');
    for (const { recordId, workId, keys } of entries) {
      const had = stored.get(recordId);
      const wanted = new Set(keys.map(groupingKeyHash));
      if (had !== undefined) for (const key of had) if (!wanted.has(key)) remove.run(key, recordId);
      for (const key of wanted) if (had === undefined || !had.has(key)) insert.run(key, recordId, workId);
    }
  }

  async hits(keys: readonly string[], excluding: readonly RecordId[]): Promise<GroupingKeyHit[]> {
    const keysByHash = new Map<number, string[]>();
    for (const key of new Set(keys)) {
      const hash = groupingKeyHash(key);
      const same = keysByHash.get(hash);
      if (same === undefined) keysByHash.set(hash, [key]);
      else same.push(key);
    }
    // Each key and work once, from the key rows alone (they carry the record's work): a work that ten libraries hold
    // was ten rows per key, each joined to its record (an import's lookups took 2.5 times as long). An import of new
    // records excludes none, and its lookup skips the exclusion (half the time of the query).
    const hashes = JSON.stringify([...keysByHash.keys()]);
    const rows = (excluding.length === 0
      ? prepared(this.database, 'select distinct key_hash, work_id from grouping_keys where key_hash in (select value from json_each(?))')
        .all(hashes)
      : prepared(this.database, `
        select distinct key_hash, work_id from grouping_keys
        where key_hash in (select value from json_each(?)) and record_id not in (select value from json_each(?))`)
        .all(hashes, JSON.stringify(excluding))) as { key_hash: number; work_id: string }[];
    return rows.flatMap((r) => keysByHash.get(r.key_hash)!.map((key) => ({ key, workId: r.work_id })));
  }

  /** Stores each record's decision; one identical to the stored one is not written again. */
  async upsertDecisions(decisions: readonly GroupingDecision[]): Promise<void> {
    const upsert = prepared(this.database, `
      insert into grouping_decisions (record_id, work_id, match, key, reason) values (?, ?, ?, ?, ?)
      on conflict (record_id) do update set
        work_id = excluded.work_id, match = excluded.match, key = excluded.key, reason = excluded.reason
      where work_id is not excluded.work_id or match is not excluded.match or key is not excluded.key
        or reason is not excluded.reason`);
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
