// One work in a result list: title, authors, years, formats, editions, and where a copy is on the shelf now.
import type { SearchResult } from '../../services/catalogue-reader.ts';
import { libraryName, yearSpan, type PageContext } from './page-context.ts';
import { workHref } from './urls.ts';

type Hit = SearchResult['hits'][number];

const ONLINE_FORMATS: readonly string[] = ['ebook', 'eaudiobook'];

/** `libraries`: the search's library filter, passed on so the work page opens those libraries' copies first. */
export function SearchHit({ ctx, hit, libraries }: { readonly ctx: PageContext; readonly hit: Hit; readonly libraries: readonly string[] }) {
  const { l } = ctx;
  const years = yearSpan(hit.yearMin, hit.yearMax);
  return (
    <li class="hit">
      <h2 class="hit__title">
        <a href={workHref(ctx.locale, hit.id, libraries)}>{hit.title}</a>
        {hit.subtitle && <span class="hit__subtitle">{hit.subtitle}</span>}
      </h2>
      {hit.authors.length > 0 && <p class="hit__authors">{hit.authors.slice(0, 3).join('; ')}</p>}
      <p class="hit__meta">
        {hit.formats.map((f) => <span class="badge">{l.formatName(f)}</span>)}
        {years && <span class="hit__years">{years}</span>}
        {hit.languages.length > 0 && <span>{hit.languages.slice(0, 3).map(l.languageName).join(', ')}</span>}
        {hit.recordCount > 1 && <span>{l.t('hit.records', { count: hit.recordCount })}</span>}
      </p>
      <Availability ctx={ctx} hit={hit} />
    </li>
  );
}

function Availability({ ctx, hit }: { readonly ctx: PageContext; readonly hit: Hit }) {
  const { l } = ctx;
  const names = (ids: readonly string[]) => l.list(ids.map((id) => libraryName(ctx, id)));
  if (hit.availableLibraries.length > 0) {
    return <p class="availability availability--yes">{l.t('hit.onShelf', { libraries: names(hit.availableLibraries) })}</p>;
  }
  if (hit.formats.length > 0 && hit.formats.every((f) => ONLINE_FORMATS.includes(f))) {
    return <p class="availability availability--online">{l.t('hit.online')}</p>;
  }
  return (
    <p class="availability availability--no">
      {l.t('hit.noneOnShelf')}
      {hit.libraries.length > 0 && <span class="availability__held"> · {l.t('hit.heldBy', { libraries: names(hit.libraries) })}</span>}
    </p>
  );
}
