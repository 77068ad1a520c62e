// Paging links for a result list: previous, a window of page numbers around the current page, next.
import { MAX_PAGE, type SearchParams } from '../search-params.ts';
import type { PageContext } from './page-context.ts';
import { refine, searchHref } from './urls.ts';

const WINDOW = 2;

export function Pager({ ctx, params, total }: { readonly ctx: PageContext; readonly params: SearchParams; readonly total: number }) {
  const { l } = ctx;
  const pages = Math.min(Math.ceil(total / params.pageSize), MAX_PAGE);
  if (pages <= 1) return null;
  const current = Math.min(params.page, pages);
  const href = (page: number) => searchHref(ctx.locale, refine.page(params, page));
  const numbers = new Set([1, pages]);
  for (let p = Math.max(1, current - WINDOW); p <= Math.min(pages, current + WINDOW); p++) numbers.add(p);
  const sorted = [...numbers].sort((a, b) => a - b);
  return (
    <nav class="pager" aria-label={l.t('pager.label')}>
      <ul class="pager__list">
        {current > 1 && <li><a class="pager__step" href={href(current - 1)} rel="prev">{l.t('pager.previous')}</a></li>}
        {sorted.map((page, i) => [
          i > 0 && page - sorted[i - 1] > 1 && <li class="pager__gap" aria-hidden="true">…</li>,
          <li>
            <a class="pager__page" href={href(page)} aria-current={page === current ? 'page' : undefined}
              aria-label={l.t('pager.page', { page: l.number(page) })}>{l.number(page)}</a>
          </li>,
        ])}
        {current < pages && <li><a class="pager__step" href={href(current + 1)} rel="next">{l.t('pager.next')}</a></li>}
      </ul>
    </nav>
  );
}
