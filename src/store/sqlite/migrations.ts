// The SQLite store's schema as numbered Kysely migrations, run at open; never edit one that has shipped.
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { SamverkaError } from '../../core/errors.ts';

const migrations: Record<string, Migration> = {
  '0001-catalogue': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('records')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('library', 'text', (c) => c.notNull())
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('normalizer_version', 'text', (c) => c.notNull())
        .addColumn('raw_format', 'text', (c) => c.notNull().check(sql`raw_format in ('iso2709', 'marcxml')`))
        .addColumn('raw', 'blob', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('work_id', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('records_work_id').on('records').column('work_id').execute();
      await db.schema.createIndex('records_library').on('records').column('library').execute();

      // Candidate lookup during grouping: key -> records. WITHOUT ROWID keeps the (key, record) pairs in one b-tree.
      await db.schema
        .createTable('grouping_keys')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull().references('records.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('grouping_keys_pk', ['key', 'record_id'])
        .modifyEnd(sql`without rowid`)
        .execute();
      await db.schema.createIndex('grouping_keys_record_id').on('grouping_keys').column('record_id').execute();

      await db.schema
        .createTable('grouping_decisions')
        .addColumn('record_id', 'text', (c) => c.primaryKey().references('records.id').onDelete('cascade'))
        .addColumn('work_id', 'text', (c) => c.notNull())
        .addColumn('match', 'text', (c) => c.notNull())
        .addColumn('key', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .execute();

      // No foreign key to records: an override outlives a deletion so that the record keeps its place when sent again.
      await db.schema
        .createTable('grouping_overrides')
        .addColumn('record_id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('merge', 'split')`))
        .addColumn('work_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('works')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0002-harvest': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('harvest_state')
        .addColumn('library', 'text', (c) => c.primaryKey())
        .addColumn('cursor', 'text')
        .addColumn('generation', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      // Which records the running full harvest of a library has seen; what it has not seen is swept at its end.
      await db.schema
        .createTable('harvest_marks')
        .addColumn('library', 'text', (c) => c.notNull())
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('generation', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('harvest_marks_pk', ['library', 'local_id'])
        .modifyEnd(sql`without rowid`)
        .execute();
      await db.schema
        .createTable('harvest_leases')
        .addColumn('library', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('source_health')
        .addColumn('library', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('last_attempt_at', 'text')
        .addColumn('last_success_at', 'text')
        .addColumn('last_outcome', 'text')
        .addColumn('last_error', 'text')
        .addColumn('last_error_at', 'text')
        .addColumn('last_counts', 'text')
        .execute();
    },
  },
  // Each work's tally (its records' values, kept by the services): a record joins a work without the work's
  // other records being read again. Derived data: a missing tally is rebuilt from the records.
  '0003-work-tallies': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('work_tallies')
        .addColumn('work_id', 'text', (c) => c.primaryKey())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      // Candidate lookup reads the work of every record under a key: from this index alone, never from the
      // wide record rows (raw MARC and JSON), which a key shared by many libraries' copies would read each time.
      await db.schema.createIndex('records_id_work_id').on('records').columns(['id', 'work_id']).execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; own migration tables so the search index's migrations never collide. */
export async function migrateStore(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'store_migrations',
    migrationLockTableName: 'store_migrations_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) {
    throw new SamverkaError('store-failed', `Store migration failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
