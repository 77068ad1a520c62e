// SQL over the profiles of libraries, branches and the site (JSON documents with a version) and the images.
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { BranchProfile, LibraryProfile, SiteProfile } from '../../../core/content.ts';
import type { StoredImage } from '../../content-store.ts';
import type { ContentTables } from './content-schema.ts';
import { putIfVersion } from './versioned-put.ts';

const PUT_LIBRARY = {
  selectVersion: 'select version from library_profiles where library = ?',
  upsert: `insert into library_profiles (library, version, data) values (@library, @version, @data)
    on conflict (library) do update set version = excluded.version, data = excluded.data`,
};
const PUT_BRANCH = {
  selectVersion: 'select version from branch_profiles where library = ? and branch = ?',
  upsert: `insert into branch_profiles (library, branch, version, data) values (@library, @branch, @version, @data)
    on conflict (library, branch) do update set version = excluded.version, data = excluded.data`,
};
const PUT_SITE = {
  selectVersion: 'select version from site_profile where id = ?',
  upsert: `insert into site_profile (id, version, data) values (1, @version, @data)
    on conflict (id) do update set version = excluded.version, data = excluded.data`,
};

export class ProfilesRepository {
  constructor(private readonly db: Kysely<ContentTables>, private readonly database: BetterSqlite3.Database) {}

  async libraries(): Promise<LibraryProfile[]> {
    const rows = await this.db.selectFrom('library_profiles').select('data').orderBy('library').execute();
    return rows.map((row) => JSON.parse(row.data) as LibraryProfile);
  }

  async putLibrary(profile: LibraryProfile, expectedVersion?: number): Promise<boolean> {
    const row = { library: profile.library, version: profile.version, data: JSON.stringify(profile) };
    return putIfVersion(this.database, PUT_LIBRARY, [profile.library], row, expectedVersion);
  }

  async branches(): Promise<BranchProfile[]> {
    const rows = await this.db.selectFrom('branch_profiles').select('data').orderBy('library').orderBy('branch').execute();
    return rows.map((row) => JSON.parse(row.data) as BranchProfile);
  }

  async putBranch(profile: BranchProfile, expectedVersion?: number): Promise<boolean> {
    const row = { library: profile.library, branch: profile.branch, version: profile.version, data: JSON.stringify(profile) };
    return putIfVersion(this.database, PUT_BRANCH, [profile.library, profile.branch], row, expectedVersion);
  }

  async site(): Promise<SiteProfile | null> {
    const row = await this.db.selectFrom('site_profile').select('data').where('id', '=', 1).executeTakeFirst();
    return row === undefined ? null : JSON.parse(row.data) as SiteProfile;
  }

  async putSite(profile: SiteProfile, expectedVersion?: number): Promise<boolean> {
    return putIfVersion(this.database, PUT_SITE, [1], { version: profile.version, data: JSON.stringify(profile) }, expectedVersion);
  }

  async putImage(image: StoredImage): Promise<void> {
    const row = {
      id: image.id, library: image.library, mime: image.mime, width: image.width, height: image.height, bytes: image.bytes,
      created_at: image.createdAt, created_by: image.createdBy,
    };
    const { id: _id, ...update } = row;
    await this.db.insertInto('images').values(row).onConflict((oc) => oc.column('id').doUpdateSet(update)).execute();
  }

  async image(id: string): Promise<StoredImage | null> {
    const row = await this.db.selectFrom('images').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined) return null;
    return {
      id: row.id, library: row.library, mime: row.mime as StoredImage['mime'], width: row.width, height: row.height,
      // A plain Uint8Array (better-sqlite3 hands out a Buffer), owned by the caller.
      bytes: new Uint8Array(row.bytes), createdAt: row.created_at, createdBy: row.created_by,
    };
  }
}
