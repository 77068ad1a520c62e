// The SQLite store's schema as numbered Kysely migrations, run at open; never edit one that has shipped.
import type Database from 'better-sqlite3';
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { SamverkaError } from '../../core/errors.ts';
import { GROUPING_KEY_HASH_SQL, groupingKeyHash } from './grouping-key-hash.ts';

/** Keeps each grouping key's copy of its record's work (0005), whoever moves the record; made again by 0006. */
async function createKeyWorkTrigger(db: Kysely<any>): Promise<void> {
  await sql`
    create trigger records_work_id_to_grouping_keys after update of work_id on records
    when new.work_id is not old.work_id
    begin
      update grouping_keys set work_id = new.work_id where record_id = new.id;
    end`.execute(db);
}

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
  // The common web (store/sqlite/content): documents as JSON beside the columns the lists filter and sort on.
  '0004-content': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('content_items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('library', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        // UTC ISO (content-order.ts isoInstant), so that offsets compare as text.
        .addColumn('publish_at', 'text')
        .addColumn('unpublish_at', 'text')
        // Events: local first start, and end of the last occurrence (null when it recurs).
        .addColumn('starts_at', 'text')
        .addColumn('ends_at', 'text')
        .addColumn('slug', 'text')
        .addColumn('sort_key', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('content_items_list').on('content_items').columns(['kind', 'library', 'sort_key']).execute();
      await db.schema.createIndex('content_items_kind_sort').on('content_items').columns(['kind', 'sort_key', 'id']).execute();
      // A page's slug is unique per owner; '' stands for the county (library ids are never empty).
      await sql`create unique index content_items_page_slug on content_items (ifnull(library, ''), slug) where kind = 'page'`.execute(db);

      await db.schema
        .createTable('library_profiles')
        .addColumn('library', 'text', (c) => c.primaryKey())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('branch_profiles')
        .addColumn('library', 'text', (c) => c.notNull())
        .addColumn('branch', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('branch_profiles_pk', ['library', 'branch'])
        .execute();
      await db.schema
        .createTable('site_profile')
        .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('images')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('library', 'text')
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('bytes', 'blob', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .execute();

      // email_key: the e-mail lower-cased (JavaScript's toLowerCase, which unlike COLLATE NOCASE folds å, Ä …).
      await db.schema
        .createTable('staff_accounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email_key', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text')
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('staff_sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('staff_sessions_account_id').on('staff_sessions').column('account_id').execute();
      await db.schema.createIndex('staff_sessions_expires_at').on('staff_sessions').column('expires_at').execute();
      await db.schema
        .createTable('login_attempts')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('login_attempts_pk', ['key', 'window_start'])
        .modifyEnd(sql`without rowid`)
        .execute();
      await db.schema
        .createTable('password_resets')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('accessibility_reports')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('page_url', 'text')
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('contact', 'text')
        .addColumn('handled', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      // AUTOINCREMENT: an id is never reused, so "newest first" is "highest id first" for good.
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('actor_email', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target_kind', 'text', (c) => c.notNull())
        .addColumn('target_id', 'text', (c) => c.notNull())
        .addColumn('library', 'text')
        .addColumn('summary', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_log_library').on('audit_log').columns(['library', 'id']).execute();
      await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_id', 'id']).execute();
      await db.schema.createIndex('audit_log_target').on('audit_log').columns(['target_kind', 'target_id', 'id']).execute();
    },
  },
  // Candidate lookup reads each key's works from the key rows alone, without a join to the records: with ten
  // libraries holding a work, a batch's lookup sought 30,000 record ids (a third of an import's database reads).
  // The copy of the record's work is kept by the database itself, whoever moves the record.
  '0005-grouping-key-works': {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('grouping_keys').addColumn('work_id', 'text', (c) => c.notNull().defaultTo('')).execute();
      await sql`update grouping_keys set work_id = (select work_id from records where records.id = grouping_keys.record_id)`.execute(db);
      await createKeyWorkTrigger(db);
      await db.schema.dropIndex('records_id_work_id').execute();
    },
  },
  // Keys as 53-bit hashes of their text (grouping-key-hash.ts): rows of half the size, compared as numbers. The
  // connection has the hash as an SQL function (migrateStore). The trigger of 0005 is made again around the swap.
  '0006-grouping-key-hashes': {
    async up(db: Kysely<any>) {
      await sql`drop trigger records_work_id_to_grouping_keys`.execute(db);
      await db.schema
        .createTable('grouping_keys_hashed')
        .addColumn('key_hash', 'integer', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull().references('records.id').onDelete('cascade'))
        .addColumn('work_id', 'text', (c) => c.notNull().defaultTo(''))
        .addPrimaryKeyConstraint('grouping_key_hashes_pk', ['key_hash', 'record_id'])
        .modifyEnd(sql`without rowid`)
        .execute();
      await sql`
        insert or ignore into grouping_keys_hashed (key_hash, record_id, work_id)
        select ${sql.raw(GROUPING_KEY_HASH_SQL)}(key), record_id, work_id from grouping_keys`.execute(db);
      await db.schema.dropTable('grouping_keys').execute();
      await db.schema.alterTable('grouping_keys_hashed').renameTo('grouping_keys').execute();
      await db.schema.createIndex('grouping_keys_record_id').on('grouping_keys').column('record_id').execute();
      await createKeyWorkTrigger(db);
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Brings the schema up to date; own migration tables so the search index's migrations never collide. `database` is
 * the handle under `db`: it is given the SQL functions migrations call.
 */
export async function migrateStore(db: Kysely<any>, database: Database.Database): Promise<void> {
  database.function(GROUPING_KEY_HASH_SQL, { deterministic: true }, (key) => groupingKeyHash(String(key)));
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
