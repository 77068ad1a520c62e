// SQL over the `works` table: each work's summary (title, authors, formats, libraries, record ids) as JSON.
import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Work, WorkId } from '../../core/types.ts';
import type { StoredTally } from '../store.ts';
import type { StoreTables } from './schema.ts';
import { jsonList, prepared } from './sql-helpers.ts';

export class WorksRepository {
  constructor(
    private readonly db: Kysely<StoreTables>,
    private readonly database: Database.Database,
  ) {}

  async upsert(works: readonly Work[]): Promise<void> {
    const upsert = prepared(this.database, 'insert into works (id, data) values (?, ?) on conflict (id) do update set data = excluded.data');
    for (const w of works) upsert.run(w.id, JSON.stringify(w));
  }

  async delete(ids: readonly WorkId[]): Promise<void> {
    await this.db.deleteFrom('works').where('id', 'in', jsonList(ids)).execute();
    await this.deleteTallies(ids);
  }

  async deleteTallies(ids: readonly WorkId[]): Promise<void> {
    await this.db.deleteFrom('work_tallies').where('work_id', 'in', jsonList(ids)).execute();
  }

  async tallies(ids: readonly WorkId[]): Promise<Map<WorkId, string>> {
    const rows = await this.db.selectFrom('work_tallies').select(['work_id', 'data']).where('work_id', 'in', jsonList(ids)).execute();
    return new Map(rows.map((r) => [r.work_id, r.data]));
  }

  async upsertTallies(tallies: readonly StoredTally[]): Promise<void> {
    const upsert = prepared(this.database, `
      insert into work_tallies (work_id, data) values (?, ?) on conflict (work_id) do update set data = excluded.data`);
    for (const t of tallies) upsert.run(t.workId, t.data);
  }

  async get(id: WorkId): Promise<Work | null> {
    const row = await this.db.selectFrom('works').select('data').where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : (JSON.parse(row.data) as Work);
  }

  async after(after: WorkId | null, limit: number): Promise<Work[]> {
    let query = this.db.selectFrom('works').select('data').orderBy('id').limit(Math.max(1, Math.trunc(limit) || 1));
    if (after !== null) query = query.where('id', '>', after);
    return (await query.execute()).map((row) => JSON.parse(row.data) as Work);
  }

  async existing(ids: readonly WorkId[]): Promise<Set<WorkId>> {
    const rows = await this.db.selectFrom('works').select('id').where('id', 'in', jsonList(ids)).execute();
    return new Set(rows.map((r) => r.id));
  }
}
