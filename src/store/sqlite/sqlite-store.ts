// The Store on SQLite through Kysely and better-sqlite3: composes the repositories, owns transactions.
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { GroupingDecision, LibraryId, RecordId, Work, WorkId } from '../../core/types.ts';
import type { GroupingKeyEntry, GroupingOverride, HarvestLease, RecordWork, RecordWrite, SourceHealthRecord, Store, StoredTally } from '../store.ts';
import { GroupingRepository } from './grouping.repository.ts';
import { HarvestRepository } from './harvest.repository.ts';
import { withWriteLock } from './write-lock.ts';
import { migrateStore } from './migrations.ts';
import { RecordsRepository } from './records.repository.ts';
import type { StoreTables } from './schema.ts';
import { SourceHealthRepository } from './source-health.repository.ts';
import { WorksRepository } from './works.repository.ts';

export class SqliteStore implements Store {
  private readonly records: RecordsRepository;
  private readonly grouping: GroupingRepository;
  private readonly works: WorksRepository;
  private readonly harvests: HarvestRepository;
  private readonly health: SourceHealthRepository;

  private constructor(
    private readonly db: Kysely<StoreTables>,
    private readonly database: BetterSqlite3.Database,
    private readonly inTransaction: boolean,
  ) {
    this.records = new RecordsRepository(db, database);
    this.grouping = new GroupingRepository(db, database);
    this.works = new WorksRepository(db, database);
    this.harvests = new HarvestRepository(db);
    this.health = new SourceHealthRepository(db);
  }

  /** Opens the store on a database the caller owns (and closes), creating or upgrading the schema. */
  static async open(database: BetterSqlite3.Database): Promise<SqliteStore> {
    database.pragma('foreign_keys = ON');
    const db = new Kysely<StoreTables>({ dialect: new SqliteDialect({ database }) });
    await migrateStore(db, database);
    return new SqliteStore(db, database, false);
  }

  recordStates(ids: readonly RecordId[]) { return this.records.states(ids); }
  upsertRecords(records: readonly RecordWrite[]) { return this.records.upsert(records); }
  deleteRecords(ids: readonly RecordId[]) { return this.records.delete(ids); }
  moveRecords(moves: readonly RecordWork[]) { return this.records.move(moves); }
  recordsByIds(ids: readonly RecordId[]) { return this.records.byIds(ids); }
  recordsByWorks(workIds: readonly WorkId[]) { return this.records.byWorks(workIds); }
  rawMarc(id: RecordId) { return this.records.raw(id); }
  workIdOfRecord(id: RecordId) { return this.records.workIdOf(id); }
  recordCount(library?: LibraryId) { return this.records.count(library); }

  replaceGroupingKeys(entries: readonly GroupingKeyEntry[]) {
    return this.grouping.replaceKeys(entries);
  }
  worksByGroupingKeys(keys: readonly string[], excluding: readonly RecordId[] = []) { return this.grouping.hits(keys, excluding); }
  upsertDecisions(decisions: readonly GroupingDecision[]) { return this.grouping.upsertDecisions(decisions); }
  decisionsByRecords(ids: readonly RecordId[]) { return this.grouping.decisions(ids); }
  setOverrides(overrides: readonly GroupingOverride[]) { return this.grouping.setOverrides(overrides); }
  removeOverrides(recordIds: readonly RecordId[]) { return this.grouping.removeOverrides(recordIds); }
  overridesByRecords(recordIds: readonly RecordId[]) { return this.grouping.overrides(recordIds); }

  upsertWorks(works: readonly Work[]) { return this.works.upsert(works); }
  deleteWorks(ids: readonly WorkId[]) { return this.works.delete(ids); }
  workTallies(ids: readonly WorkId[]) { return this.works.tallies(ids); }
  upsertWorkTallies(tallies: readonly StoredTally[]) { return this.works.upsertTallies(tallies); }
  deleteWorkTallies(ids: readonly WorkId[]) { return this.works.deleteTallies(ids); }
  getWork(id: WorkId) { return this.works.get(id); }
  existingWorkIds(ids: readonly WorkId[]) { return this.works.existing(ids); }
  worksAfter(after: WorkId | null, limit: number) { return this.works.after(after, limit); }

  harvestState(library: LibraryId) { return this.harvests.state(library); }
  saveHarvestCursor(library: LibraryId, cursor: string) { return this.harvests.saveCursor(library, cursor); }
  beginFullHarvest(library: LibraryId) { return this.harvests.beginFull(library); }
  markHarvested(library: LibraryId, generation: number, localIds: readonly string[]) { return this.harvests.mark(library, generation, localIds); }
  unmarkedRecords(library: LibraryId, generation: number, after: string | null, limit: number) {
    return this.harvests.unmarked(library, generation, after, limit);
  }
  endFullHarvest(library: LibraryId) { return this.harvests.endFull(library); }
  acquireHarvestLease(lease: HarvestLease, now: string, replacing?: string) { return this.harvests.acquireLease(lease, now, replacing); }
  releaseHarvestLease(library: LibraryId, holder: string) { return this.harvests.releaseLease(library, holder); }
  harvestLeases() { return this.harvests.leases(); }
  sourceHealth() { return this.health.all(); }
  saveSourceHealth(health: SourceHealthRecord) { return this.health.save(health); }

  /**
   * BEGIN IMMEDIATE takes the write lock up front: a deferred transaction that reads first could not write
   * once another process (`samverka import` beside a harvesting portal) committed in between.
   */
  async transaction<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return fn(this);
    return withWriteLock(this.database, () => this.db.connection().execute(async (connection) => {
      await sql`begin immediate`.execute(connection);
      try {
        const result = await fn(new SqliteStore(connection, this.database, true));
        await sql`commit`.execute(connection);
        return result;
      } catch (error) {
        // SQLite may already have rolled back by itself (disk full, say); the original error is the one to report.
        await sql`rollback`.execute(connection).catch(() => undefined);
        throw error;
      }
    }));
  }

  async healthy(): Promise<boolean> {
    try {
      await this.db.selectFrom('works').select('id').limit(1).execute();
      return true;
    } catch {
      return false;
    }
  }

  /** Nothing to release: Kysely's destroy() would close the shared better-sqlite3 handle, which its owner closes. */
  async close(): Promise<void> {}
}
