// SQL over `content_items`: news, events, pages and e-services as JSON documents, with the columns their lists
// filter and sort on (derived from the document on every write, see content-order.ts).
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { ContentItem } from '../../../core/content.ts';
import type { LibraryId } from '../../../core/types.ts';
import { contentSortKey, eventLastEnd, isoInstant, NEWEST_FIRST } from '../../content-order.ts';
import type { ContentQuery } from '../../content-store.ts';
import type { ContentTables } from './content-schema.ts';
import { isUniqueViolation, putIfVersion } from './versioned-put.ts';

const PUT = {
  selectVersion: 'select version from content_items where id = ?',
  upsert: `
    insert into content_items (id, kind, library, status, publish_at, unpublish_at, starts_at, ends_at, slug, sort_key, version, data)
    values (@id, @kind, @library, @status, @publish_at, @unpublish_at, @starts_at, @ends_at, @slug, @sort_key, @version, @data)
    on conflict (id) do update set
      kind = excluded.kind, library = excluded.library, status = excluded.status, publish_at = excluded.publish_at,
      unpublish_at = excluded.unpublish_at, starts_at = excluded.starts_at, ends_at = excluded.ends_at, slug = excluded.slug,
      sort_key = excluded.sort_key, version = excluded.version, data = excluded.data`,
};

type Filtered = SelectQueryBuilder<ContentTables, 'content_items', object>;

export class ContentItemsRepository {
  constructor(private readonly db: Kysely<ContentTables>, private readonly database: BetterSqlite3.Database) {}

  async get(id: string): Promise<ContentItem | null> {
    const row = await this.db.selectFrom('content_items').select('data').where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : JSON.parse(row.data) as ContentItem;
  }

  async list(query: ContentQuery): Promise<ContentItem[]> {
    let select = this.filtered(query)
      .select('data')
      .orderBy('sort_key', NEWEST_FIRST[query.kind] ? 'desc' : 'asc')
      .orderBy('id', 'asc');
    // SQLite takes OFFSET only after a LIMIT; -1 is "no limit".
    if (query.limit !== undefined || query.offset !== undefined) select = select.limit(query.limit ?? -1);
    if (query.offset !== undefined) select = select.offset(query.offset);
    return (await select.execute()).map((row) => JSON.parse(row.data) as ContentItem);
  }

  async count(query: ContentQuery): Promise<number> {
    const row = await this.filtered(query).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** False on a stale `expectedVersion`, or for a page whose slug another page of the same owner has. */
  async put(item: ContentItem, expectedVersion?: number): Promise<boolean> {
    try {
      return putIfVersion(this.database, PUT, [item.id], toRow(item), expectedVersion);
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('content_items').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async pageBySlug(library: LibraryId | null, slug: string): Promise<ContentItem | null> {
    const row = await this.db
      .selectFrom('content_items')
      .select('data')
      .where('kind', '=', 'page')
      .where('library', library === null ? 'is' : '=', library)
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row === undefined ? null : JSON.parse(row.data) as ContentItem;
  }

  private filtered(query: ContentQuery): Filtered {
    let select: Filtered = this.db.selectFrom('content_items').where('kind', '=', query.kind);
    if (query.libraries !== undefined) {
      const named = query.libraries.filter((l): l is LibraryId => l !== null);
      const county = query.libraries.includes(null);
      select = select.where((eb) => eb.or([
        ...(named.length > 0 ? [eb('library', 'in', named)] : []),
        ...(county ? [eb('library', 'is', null)] : []),
      ]));
    }
    if (query.status !== undefined) select = select.where('status', '=', query.status);
    if (query.publicAt !== undefined) {
      const at = isoInstant(query.publicAt);
      select = select
        .where('status', '=', 'published')
        .where((eb) => eb.or([eb('publish_at', 'is', null), eb('publish_at', '<=', at)]))
        .where((eb) => eb.or([eb('unpublish_at', 'is', null), eb('unpublish_at', '>', at)]));
    }
    if (query.slug !== undefined) select = select.where('slug', '=', query.slug);
    if (query.kind === 'event') {
      if (query.startsBefore !== undefined) select = select.where('starts_at', '<', query.startsBefore);
      const endsAfter = query.endsAfter;
      if (endsAfter !== undefined) select = select.where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>=', endsAfter)]));
    }
    return select;
  }
}

function toRow(item: ContentItem) {
  return {
    id: item.id,
    kind: item.kind,
    library: item.library,
    status: item.status,
    publish_at: item.publishAt === null ? null : isoInstant(item.publishAt),
    unpublish_at: item.unpublishAt === null ? null : isoInstant(item.unpublishAt),
    starts_at: item.kind === 'event' ? item.startsAt : null,
    ends_at: eventLastEnd(item),
    slug: item.kind === 'page' ? item.slug : null,
    sort_key: contentSortKey(item),
    version: item.version,
    data: JSON.stringify(item),
  };
}
