// The audit log (/personal/logg): who changed what, when — a coordinator reads all of it (filtered by library if
// they like), an editor their own library's lines (the service decides). Newest first, in pages.
import type { AuditEntry } from '../../core/content.ts';
import { libraryName, type PageContext } from '../pages/page-context.ts';
import { StaffLayout, type StaffFrame } from './staff-frame.tsx';
import { STAFF_PATHS } from './staff-paths.ts';

/** The summaries are written by the services in Swedish; on an English page they say so with lang="sv". */
function Summary({ ctx, entry }: { readonly ctx: PageContext; readonly entry: AuditEntry }) {
  return <span lang={ctx.locale === 'sv' ? undefined : 'sv'}>{entry.summary}</span>;
}

/** Things that belong to the county when they belong to no library; a login or an account belongs to neither. */
const COUNTY_TARGETS = new Set(['news', 'event', 'page', 'eservice', 'site', 'image']);

function who(ctx: PageContext, entry: AuditEntry): string {
  return entry.actorEmail ?? ctx.l.t('staff.audit.system');
}

/** The lines as a table: time, who, what was done, the library, the summary. */
export function AuditTable({ ctx, entries, caption }: { readonly ctx: PageContext; readonly entries: readonly AuditEntry[]; readonly caption: string }) {
  const { l } = ctx;
  return (
    <div class="table-scroll" role="region" aria-label={caption} tabindex={0}>
      <table class="staff-table audit-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{l.t('staff.audit.at')}</th>
            <th scope="col">{l.t('staff.audit.who')}</th>
            <th scope="col">{l.t('staff.audit.action')}</th>
            <th scope="col">{l.t('staff.audit.library')}</th>
            <th scope="col">{l.t('staff.audit.summary')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr>
              <td class="staff-table__nowrap" data-label={l.t('staff.audit.at')}><time dateTime={entry.at}>{l.dateTime(entry.at)}</time></td>
              <td class="staff-table__email" data-label={l.t('staff.audit.who')}>{who(ctx, entry)}</td>
              <td data-label={l.t('staff.audit.action')}>{l.t(`staff.audit.actions.${entry.action}`, { defaultValue: entry.action })}</td>
              <td data-label={l.t('staff.audit.library')}>{entry.library ? libraryName(ctx, entry.library) : COUNTY_TARGETS.has(entry.targetKind) ? l.t('staff.audit.county') : '–'}</td>
              <td data-label={l.t('staff.audit.summary')}><Summary ctx={ctx} entry={entry} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface AuditView {
  readonly entries: readonly AuditEntry[];
  readonly page: number;
  readonly hasMore: boolean;
  /** The coordinator's filter; null = all libraries. Editors have none. */
  readonly library: string | null;
}

export function AuditPage({ frame, view }: { readonly frame: StaffFrame; readonly view: AuditView }) {
  const { ctx, actor } = frame;
  const { l, locale } = ctx;
  const base = STAFF_PATHS[locale].audit;
  const href = (page: number) => {
    const query = new URLSearchParams([...(view.library ? [['library', view.library]] : []), ...(page > 1 ? [['page', String(page)]] : [])]);
    return query.size ? `${base}?${query}` : base;
  };
  const coordinator = actor?.role === 'coordinator';
  return (
    <StaffLayout {...frame} title={l.t('staff.audit.title')} section="audit">
      <div class="staff-page">
        <h1>{l.t('staff.audit.title')}</h1>
        <p>{coordinator ? l.t('staff.audit.leadAll') : l.t('staff.audit.leadOwn')}</p>
        {coordinator && (
          <form class="staff-filter" method="get" action={base}>
            <label class="field__label" for="audit-library">{l.t('staff.audit.filterLibrary')}</label>
            <div class="staff-filter__row">
              <select class="field__input field__input--select" id="audit-library" name="library">
                <option value="">{l.t('staff.audit.allLibraries')}</option>
                {ctx.libraries.map((lib) => <option value={lib.id} selected={lib.id === view.library}>{lib.name}</option>)}
              </select>
              <button class="button button--secondary" type="submit">{l.t('staff.audit.filter')}</button>
            </div>
          </form>
        )}
        {view.entries.length === 0
          ? <p>{l.t('staff.audit.none')}</p>
          : <AuditTable ctx={ctx} entries={view.entries} caption={l.t('staff.audit.caption', { page: l.number(view.page) })} />}
        {(view.page > 1 || view.hasMore) && (
          <nav class="pager" aria-label={l.t('staff.audit.pager')}>
            <ul class="pager__list">
              {view.page > 1 && <li><a class="pager__step" href={href(view.page - 1)} rel="prev">{l.t('staff.audit.newer')}</a></li>}
              <li><span class="pager__page" aria-current="page">{l.t('staff.audit.pageN', { page: l.number(view.page) })}</span></li>
              {view.hasMore && <li><a class="pager__step" href={href(view.page + 1)} rel="next">{l.t('staff.audit.older')}</a></li>}
            </ul>
          </nav>
        )}
      </div>
    </StaffLayout>
  );
}
