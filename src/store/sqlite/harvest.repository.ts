// SQL of harvesting: each source's cursor and full-harvest generation, the marks of a full harvest's records
// (mark and sweep), and the leases that let one process at a time harvest a source.
import { sql, type Kysely } from 'kysely';
import type { LibraryId } from '../../core/types.ts';
import type { HarvestLease, HarvestState } from '../store.ts';
import type { StoreTables } from './schema.ts';
import { insertChunks } from './sql-helpers.ts';

export class HarvestRepository {
  constructor(private readonly db: Kysely<StoreTables>) {}

  async state(library: LibraryId): Promise<HarvestState | null> {
    const row = await this.db.selectFrom('harvest_state').select(['cursor', 'generation']).where('library', '=', library).executeTakeFirst();
    return row === undefined ? null : { cursor: row.cursor, generation: row.generation };
  }

  async saveCursor(library: LibraryId, cursor: string): Promise<void> {
    await this.db
      .insertInto('harvest_state')
      .values({ library, cursor, generation: 0 })
      .onConflict((oc) => oc.column('library').doUpdateSet({ cursor }))
      .execute();
  }

  async beginFull(library: LibraryId): Promise<number> {
    const row = await this.db
      .insertInto('harvest_state')
      .values({ library, cursor: null, generation: 1 })
      .onConflict((oc) => oc.column('library').doUpdateSet({ generation: sql`harvest_state.generation + 1` }))
      .returning('generation')
      .executeTakeFirstOrThrow();
    await this.endFull(library);
    return row.generation;
  }

  async mark(library: LibraryId, generation: number, localIds: readonly string[]): Promise<void> {
    const rows = [...new Set(localIds)].map((local_id) => ({ library, local_id, generation }));
    for (const chunk of insertChunks(rows, 3)) {
      await this.db
        .insertInto('harvest_marks')
        .values(chunk)
        .onConflict((oc) => oc.columns(['library', 'local_id']).doUpdateSet({ generation }))
        .execute();
    }
  }

  async unmarked(library: LibraryId, generation: number, after: string | null, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('records as r')
      .select('r.local_id')
      .where('r.library', '=', library)
      .where('r.local_id', '>', after ?? '')
      .where(({ not, exists, selectFrom }) => not(exists(
        selectFrom('harvest_marks as m').select('m.local_id')
          .whereRef('m.library', '=', 'r.library').whereRef('m.local_id', '=', 'r.local_id').where('m.generation', '=', generation),
      )))
      .orderBy('r.local_id')
      .limit(Math.max(1, Math.trunc(limit) || 1))
      .execute();
    return rows.map((r) => r.local_id);
  }

  async endFull(library: LibraryId): Promise<void> {
    await this.db.deleteFrom('harvest_marks').where('library', '=', library).execute();
  }

  async acquireLease(lease: HarvestLease, now: string, replacing?: string): Promise<HarvestLease> {
    await this.db
      .insertInto('harvest_leases')
      .values({ library: lease.library, holder: lease.holder, expires_at: lease.expiresAt })
      .onConflict((oc) => oc.column('library')
        .doUpdateSet((eb) => ({ holder: eb.ref('excluded.holder'), expires_at: eb.ref('excluded.expires_at') }))
        .where((eb) => eb.or([
          eb('harvest_leases.expires_at', '<=', now),
          eb('harvest_leases.holder', '=', eb.ref('excluded.holder')),
          eb('harvest_leases.holder', '=', replacing ?? lease.holder),
        ])))
      .execute();
    const row = await this.db.selectFrom('harvest_leases').selectAll().where('library', '=', lease.library).executeTakeFirstOrThrow();
    return { library: row.library, holder: row.holder, expiresAt: row.expires_at };
  }

  async releaseLease(library: LibraryId, holder: string): Promise<void> {
    await this.db.deleteFrom('harvest_leases').where('library', '=', library).where('holder', '=', holder).execute();
  }

  async leases(): Promise<HarvestLease[]> {
    const rows = await this.db.selectFrom('harvest_leases').selectAll().orderBy('library').execute();
    return rows.map((row) => ({ library: row.library, holder: row.holder, expiresAt: row.expires_at }));
  }
}
