// The list of one kind of content the actor may edit: filter by status (and owner, for a coordinator), newest change
// first, with owner, status, publishing time and last editor; pages of PAGE_SIZE.
import type { Actor, ContentItem, ContentKind } from '../../../core/content.ts';
import type { LibraryId } from '../../../core/types.ts';
import { libraryName, type PageContext } from '../../pages/page-context.ts';
import { StaffLayout } from '../staff-frame.tsx';
import { contentHrefs, itemTitle, kindInfo, SHOWN_STATUSES, shownStatus, type ShownStatus } from './content-kinds.ts';

export const PAGE_SIZE = 25;

/** The list's filters as the query string holds them; `library` "county" = the county's own. */
export interface ListFilters {
  readonly status?: ShownStatus;
  readonly library?: LibraryId | 'county';
  readonly page: number;
}

export interface ContentListProps {
  readonly ctx: PageContext;
  readonly actor: Actor;
  readonly csrf: string;
  readonly kind: ContentKind;
  readonly items: readonly ContentItem[];
  readonly total: number;
  readonly filters: ListFilters;
  /** Whom the owner filter offers: the coordinator's choice of every library and the county. */
  readonly owners: readonly (LibraryId | null)[];
  readonly editorNames: ReadonlyMap<string, string>;
  readonly now: Date;
  /** Just deleted one: say so. */
  readonly deleted?: boolean;
}

export function ContentListPage(props: ContentListProps) {
  const { ctx, actor, csrf, kind, items, total, filters, owners, now } = props;
  const { l, locale } = ctx;
  const title = l.t(`staffEditors.kind.${kind}.list`);
  return (
    <StaffLayout ctx={ctx} actor={actor} csrf={csrf} title={title} section={kindInfo(kind).section}>
      <div class="staff-page content-list">
        <div class="content-list__top">
          <h1>{title}</h1>
          <a class="button" href={contentHrefs.create(locale, kind)}>{l.t(`staffEditors.kind.${kind}.new`)}</a>
        </div>
        {props.deleted && <p class="status-message" role="status">{l.t('staffEditors.notice.deleted')}</p>}
        <form class="list-filters" method="get" action={contentHrefs.list(locale, kind)}>
          <div class="field">
            <label class="field__label" for="filter-status">{l.t('staffEditors.list.status')}</label>
            <select class="field__input field__input--select" id="filter-status" name="status">
              <option value="" selected={!filters.status}>{l.t('staffEditors.list.allStatuses')}</option>
              {SHOWN_STATUSES.map((s) => <option value={s} selected={filters.status === s}>{l.t(`staffEditors.status.${s}`)}</option>)}
            </select>
          </div>
          {owners.length > 1 && (
            <div class="field">
              <label class="field__label" for="filter-library">{l.t('staffEditors.field.owner')}</label>
              <select class="field__input field__input--select" id="filter-library" name="library">
                <option value="" selected={!filters.library}>{l.t('staffEditors.list.allOwners')}</option>
                {owners.map((o) => (
                  <option value={o ?? 'county'} selected={filters.library === (o ?? 'county')}>{o === null ? l.t('staffEditors.owner.county') : libraryName(ctx, o)}</option>
                ))}
              </select>
            </div>
          )}
          <button class="button button--secondary" type="submit">{l.t('staffEditors.list.filter')}</button>
        </form>
        <p class="content-list__count">{l.t('staffEditors.list.count', { count: total })}</p>
        {items.length > 0 && (
          <div class="table-scroll">
          <table class="staff-table content-table">
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{l.t(kind === 'eservice' ? 'staffEditors.field.name' : 'staffEditors.field.title')}</th>
                <th scope="col">{l.t('staffEditors.field.owner')}</th>
                <th scope="col">{l.t('staffEditors.list.status')}</th>
                <th scope="col">{l.t('staffEditors.list.publishAt')}</th>
                <th scope="col">{l.t('staffEditors.list.changed')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => <Row {...props} item={item} status={shownStatus(item, now)} />)}
            </tbody>
          </table>
          </div>
        )}
        <ListPager ctx={ctx} kind={kind} filters={filters} total={total} />
      </div>
    </StaffLayout>
  );
}

function Row({ ctx, kind, item, status, editorNames }: ContentListProps & { readonly item: ContentItem; readonly status: ShownStatus }) {
  const { l, locale } = ctx;
  return (
    <tr>
      <th scope="row" data-label={l.t('staffEditors.field.title')}>
        <a href={contentHrefs.edit(locale, kind, item.id)} lang="sv">{itemTitle(item) || item.id}</a>
        {item.kind === 'event' && <span class="content-table__when">{l.date(item.startsAt.slice(0, 10))} {item.startsAt.slice(11, 16)}</span>}
        {item.demo && <span class="badge">{l.t('staffEditors.list.demo')}</span>}
      </th>
      <td data-label={l.t('staffEditors.field.owner')}>{item.library === null ? l.t('staffEditors.owner.county') : libraryName(ctx, item.library)}</td>
      <td data-label={l.t('staffEditors.list.status')}><span class={`content-status content-status--${status}`}>{l.t(`staffEditors.status.${status}`)}</span></td>
      <td data-label={l.t('staffEditors.list.publishAt')}>{item.publishAt ? l.dateTime(item.publishAt) : '–'}</td>
      <td data-label={l.t('staffEditors.list.changed')}>
        {l.dateTime(item.updatedAt)}
        <span class="content-table__editor">{item.updatedBy ? (editorNames.get(item.updatedBy) ?? l.t('staffEditors.list.unknownEditor')) : l.t('staffEditors.list.system')}</span>
      </td>
    </tr>
  );
}

export function listHref(ctx: PageContext, kind: ContentKind, filters: ListFilters): string {
  const query = new URLSearchParams();
  if (filters.status) query.set('status', filters.status);
  if (filters.library) query.set('library', filters.library);
  if (filters.page > 1) query.set('page', String(filters.page));
  const qs = query.toString();
  return contentHrefs.list(ctx.locale, kind) + (qs ? `?${qs}` : '');
}

function ListPager({ ctx, kind, filters, total }: { readonly ctx: PageContext; readonly kind: ContentKind; readonly filters: ListFilters; readonly total: number }) {
  const { l } = ctx;
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label={l.t('pager.label')}>
      <ul class="pager__list">
        {filters.page > 1 && <li><a class="pager__step" rel="prev" href={listHref(ctx, kind, { ...filters, page: filters.page - 1 })}>{l.t('pager.previous')}</a></li>}
        <li class="pager__gap">{l.t('staffEditors.list.pageOf', { page: filters.page, pages })}</li>
        {filters.page < pages && <li><a class="pager__step" rel="next" href={listHref(ctx, kind, { ...filters, page: filters.page + 1 })}>{l.t('pager.next')}</a></li>}
      </ul>
    </nav>
  );
}
