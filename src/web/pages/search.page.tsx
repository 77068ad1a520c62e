// The search results page: works with availability, facets, chosen filters, sorting, paging and a helpful empty result.
import type { SearchResult } from '../../services/catalogue-reader.ts';
import { FACET_NAMES, SORTS, type SearchParams } from '../search-params.ts';
import { Layout } from './layout.tsx';
import { libraryName, type PageContext } from './page-context.ts';
import { Pager } from './pager.tsx';
import { QueryHelp } from './query-help.tsx';
import { SearchBox } from './search-box.tsx';
import { Facets, SelectedFilters } from './search-facets.tsx';
import { SearchHit } from './search-hit.tsx';
import { refine, searchFields, searchHref, PATHS } from './urls.ts';

interface SearchPageProps { readonly ctx: PageContext; readonly params: SearchParams; readonly result: SearchResult }

export function SearchPage({ ctx, params, result }: SearchPageProps) {
  const { l } = ctx;
  const scope = params.filters.library.length === 1 ? libraryName(ctx, params.filters.library[0]) : null;
  const heading = params.q ? l.t('search.heading', { q: params.q })
    : scope ? l.t('search.headingLibrary', { library: scope }) : l.t('search.headingAll');
  const pages = Math.max(1, Math.ceil(result.total / params.pageSize));
  const filtered = params.available || FACET_NAMES.some((f) => params.filters[f].length > 0);
  return (
    <Layout ctx={ctx} title={params.q ? l.t('search.pageTitle', { q: params.q }) : l.t('search.pageTitleAll')} noindex={params.page > 1}>
      <div class="search-top">
        <div class="wrap">
          <SearchBox ctx={ctx} q={params.q} libraries={params.filters.library} />
          {/* With no results the tips open inside the "no results" box instead. */}
          {result.total > 0 && <QueryHelp ctx={ctx} />}
        </div>
      </div>
      <div class="wrap search-layout">
        <div class="search-results">
          <h1 class="search-results__heading">{heading}</h1>
          {scope && (
            <p class="scope">
              {l.t('search.scope', { library: scope })}{' '}
              <a href={searchHref(ctx.locale, refine.clearFacet(params, 'library'))}>{l.t('search.scopeAll')}</a>
            </p>
          )}
          {result.didYouMean && (
            <p class="did-you-mean">
              {l.t('search.didYouMean')}{' '}
              <a href={searchHref(ctx.locale, refine.query(params, result.didYouMean))}>{result.didYouMean}</a>?
            </p>
          )}
          <SelectedFilters ctx={ctx} params={params} />
          {result.total > 0 ? (
            <>
              <div class="results-bar">
                <p class="results-bar__count">
                  {l.t('search.count', { count: result.total, n: l.number(result.total) })}
                  {pages > 1 && `, ${l.t('search.pageStatus', { page: l.number(params.page), pages: l.number(pages) })}`}
                </p>
                <SortForm ctx={ctx} params={params} />
              </div>
              <a class="jump-to-filters" href="#facets">{l.t('search.jumpToFilters')}</a>
              <ol class="hits" aria-label={l.t('search.resultsHeading')} start={(params.page - 1) * params.pageSize + 1}>
                {result.hits.map((hit) => <SearchHit ctx={ctx} hit={hit} libraries={params.filters.library} />)}
              </ol>
              <Pager ctx={ctx} params={params} total={result.total} />
            </>
          ) : (
            <ZeroResults ctx={ctx} params={params} filtered={filtered} scoped={scope !== null} />
          )}
        </div>
        {(result.total > 0 || filtered) && <Facets ctx={ctx} params={params} result={result} />}
      </div>
    </Layout>
  );
}

function SortForm({ ctx, params }: { readonly ctx: PageContext; readonly params: SearchParams }) {
  const { l } = ctx;
  const kept = searchFields({ ...params, sort: 'relevance', page: 1 });
  return (
    <form class="sort-form" method="get" action={PATHS[ctx.locale].search}>
      {kept.map(([name, value]) => <input type="hidden" name={name} value={value} />)}
      <label for="sort">{l.t('search.sortLabel')}</label>
      <select id="sort" name="sort">
        {SORTS.map((sort) => <option value={sort} selected={sort === params.sort}>{l.t(`sort.${sort}`)}</option>)}
      </select>
      <button class="button button--secondary" type="submit">{l.t('search.sortButton')}</button>
    </form>
  );
}

interface ZeroResultsProps { readonly ctx: PageContext; readonly params: SearchParams; readonly filtered: boolean; readonly scoped: boolean }

function ZeroResults({ ctx, params, filtered, scoped }: ZeroResultsProps) {
  const { l } = ctx;
  return (
    <section class="zero-results" aria-labelledby="zero-heading">
      <h2 id="zero-heading">{l.t('zero.heading')}</h2>
      <p>{params.q ? l.t('zero.text', { q: params.q }) : l.t('zero.textFiltered')}</p>
      <p>{l.t('zero.tipsHeading')}</p>
      <ul class="zero-results__tips">
        <li>{l.t('zero.spelling')}</li>
        {scoped && <li><a href={searchHref(ctx.locale, refine.clearFacet(params, 'library'))}>{l.t('zero.allLibraries')}</a></li>}
        {filtered && <li><a href={searchHref(ctx.locale, refine.clearAll(params))}>{l.t('zero.removeFilters')}</a></li>}
        <li>{l.t('zero.ask')}</li>
      </ul>
      <QueryHelp ctx={ctx} open />
    </section>
  );
}
