// Paging links for every list (search results, events, news): previous, a window of page numbers around the current
// page, next.
import type { PageContext } from '../page-context.ts';

const WINDOW = 2;

export function ListPager({ ctx, page, total, pageSize, href }: {
  readonly ctx: PageContext;
  readonly page: number;
  readonly total: number;
  readonly pageSize: number;
  readonly href: (page: number) => string;
}) {
  const { l } = ctx;
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  const current = Math.min(page, pages);
  const numbers = new Set([1, pages]);
  for (let p = Math.max(1, current - WINDOW); p <= Math.min(pages, current + WINDOW); p++) numbers.add(p);
  const sorted = [...numbers].sort((a, b) => a - b);
  return (
    <nav class="pager" aria-label={l.t('pager.label')}>
      <ul class="pager__list">
        {current > 1 && <li><a class="pager__step" href={href(current - 1)} rel="prev">{l.t('pager.previous')}</a></li>}
        {sorted.map((n, i) => [
          i > 0 && n - sorted[i - 1]! > 1 && <li class="pager__gap" aria-hidden="true">…</li>,
          <li>
            <a class="pager__page" href={href(n)} aria-current={n === current ? 'page' : undefined}
              aria-label={l.t('pager.page', { page: l.number(n) })}>{l.number(n)}</a>
          </li>,
        ])}
        {current < pages && <li><a class="pager__step" href={href(current + 1)} rel="next">{l.t('pager.next')}</a></li>}
      </ul>
    </nav>
  );
}
