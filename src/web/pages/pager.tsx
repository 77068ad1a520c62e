// Paging links for a search's results: the shared list pager (previous, a window of page numbers, next) over search links.
import { MAX_PAGE, type SearchParams } from '../search-params.ts';
import { ListPager } from './events/list-pager.tsx';
import type { PageContext } from './page-context.ts';
import { refine, searchHref } from './urls.ts';

export function Pager({ ctx, params, total }: { readonly ctx: PageContext; readonly params: SearchParams; readonly total: number }) {
  return (
    <ListPager ctx={ctx} page={params.page} pageSize={params.pageSize} total={Math.min(total, MAX_PAGE * params.pageSize)}
      href={(page) => searchHref(ctx.locale, refine.page(params, page))} />
  );
}
