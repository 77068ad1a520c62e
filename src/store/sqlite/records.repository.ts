// SQL over the `records` table: records as received (raw MARC) and normalized (BibRecord JSON), with their work.
import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { BibRecord, LibraryId, RecordId, WorkId } from '../../core/types.ts';
import type { RawMarc, RecordState, RecordWork, RecordWrite, StoredRecord } from '../store.ts';
import type { RecordsTable, StoreTables } from './schema.ts';
import { jsonList, prepared } from './sql-helpers.ts';

const STORED_COLUMNS = ['id', 'data', 'work_id', 'hash', 'normalizer_version', 'updated_at'] as const;
type StoredRow = Pick<RecordsTable, (typeof STORED_COLUMNS)[number]>;

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

export class RecordsRepository {
  constructor(
    private readonly db: Kysely<StoreTables>,
    private readonly database: Database.Database,
  ) {}

  async states(ids: readonly RecordId[]): Promise<Map<RecordId, RecordState>> {
    const rows = prepared(this.database, 'select id, hash, work_id from records where id in (select value from json_each(?))')
      .all(JSON.stringify(ids)) as Pick<RecordsTable, 'id' | 'hash' | 'work_id'>[];
    return new Map(rows.map((r) => [r.id, { hash: r.hash, workId: r.work_id }]));
  }

  async upsert(records: readonly RecordWrite[]): Promise<void> {
    const insert = prepared(this.database, `
      insert into records (id, library, local_id, hash, normalizer_version, raw_format, raw, data, work_id, updated_at)
      values (@id, @library, @local_id, @hash, @normalizer_version, @raw_format, @raw, @data, @work_id, @updated_at)
      on conflict (id) do update set
        library = excluded.library, local_id = excluded.local_id, hash = excluded.hash,
        normalizer_version = excluded.normalizer_version, raw_format = excluded.raw_format, raw = excluded.raw,
        data = excluded.data, work_id = excluded.work_id, updated_at = excluded.updated_at`);
    for (const write of records) insert.run(toRow(write));
  }

  async delete(ids: readonly RecordId[]): Promise<void> {
    await this.db.deleteFrom('records').where('id', 'in', jsonList(ids)).execute();
  }

  async move(moves: readonly RecordWork[]): Promise<void> {
    await sql`
      update records set work_id = move.value ->> 'workId'
      from json_each(${JSON.stringify(moves)}) as move
      where records.id = move.value ->> 'recordId'`.execute(this.db);
  }

  async byIds(ids: readonly RecordId[]): Promise<StoredRecord[]> {
    const rows = await this.db.selectFrom('records').select(STORED_COLUMNS).where('id', 'in', jsonList(ids)).execute();
    return rows.map(fromRow);
  }

  async byWorks(workIds: readonly WorkId[]): Promise<StoredRecord[]> {
    const rows = prepared(this.database, `
      select ${STORED_COLUMNS.join(', ')} from records where work_id in (select value from json_each(?))`)
      .all(JSON.stringify(workIds)) as StoredRow[];
    return rows.map(fromRow);
  }

  async raw(id: RecordId): Promise<RawMarc | null> {
    const row = await this.db.selectFrom('records').select(['raw_format', 'raw']).where('id', '=', id).executeTakeFirst();
    if (row === undefined) return null;
    return row.raw_format === 'marcxml'
      ? { format: 'marcxml', data: fromUtf8.decode(row.raw) }
      : { format: 'iso2709', data: new Uint8Array(row.raw) };
  }

  async workIdOf(id: RecordId): Promise<WorkId | null> {
    const row = await this.db.selectFrom('records').select('work_id').where('id', '=', id).executeTakeFirst();
    return row?.work_id ?? null;
  }

  async count(library?: LibraryId): Promise<number> {
    let query = this.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n'));
    if (library !== undefined) query = query.where('library', '=', library);
    const row = await query.executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

function toRow(write: RecordWrite): RecordsTable {
  const { record, raw } = write;
  return {
    id: record.id,
    library: record.library,
    local_id: record.localId,
    hash: write.hash,
    normalizer_version: write.normalizerVersion,
    raw_format: raw.format,
    raw: raw.format === 'marcxml' ? utf8.encode(raw.data) : raw.data,
    data: write.recordJson ?? JSON.stringify(record),
    work_id: write.workId,
    updated_at: write.updatedAt,
  };
}

function fromRow(row: StoredRow): StoredRecord {
  return {
    record: JSON.parse(row.data) as BibRecord,
    workId: row.work_id,
    hash: row.hash,
    normalizerVersion: row.normalizer_version,
    updatedAt: row.updated_at,
  };
}
