// Page addresses in both languages, and search links that add or remove one choice from the current search.
import type { Locale } from '../i18n/i18n.ts';
import { FACET_NAMES, type FacetName, type SearchParams } from '../search-params.ts';

export const PATHS: Record<Locale, { readonly home: string; readonly search: string; readonly work: string; readonly sources: string }> = {
  sv: { home: '/', search: '/sok', work: '/verk/', sources: '/kallor' },
  en: { home: '/en/', search: '/en/search', work: '/en/work/', sources: '/en/sources' },
};

const DEFAULT_PAGE_SIZE = 20;

/** A work page; `libraries` (a library-scoped search's) open those libraries' copies first on it. */
export function workHref(locale: Locale, id: string, libraries: readonly string[] = []): string {
  const query = new URLSearchParams(libraries.map((library) => ['library', library])).toString();
  return PATHS[locale].work + encodeURIComponent(id) + (query ? `?${query}` : '');
}

/** The same page in the other language: the path is translated, the query string kept (a work page's `?library=` too). */
export function alternateHref(locale: Locale, url: string): string {
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  const at = url.indexOf('?');
  const path = at === -1 ? url : url.slice(0, at);
  const query = at === -1 ? '' : url.slice(at);
  const from = PATHS[locale];
  const to = PATHS[other];
  if (path === from.search) return to.search + query;
  if (path === from.sources) return to.sources;
  if (path.startsWith(from.work)) return to.work + path.slice(from.work.length) + query;
  return to.home;
}

export const EMPTY_SEARCH: SearchParams = {
  q: '', filters: { library: [], format: [], language: [], year: [], subject: [], author: [], audience: [] },
  available: false, sort: 'relevance', page: 1, pageSize: DEFAULT_PAGE_SIZE,
};

/** The query-string fields of a search; only what differs from the defaults, so links stay short and shareable. */
export function searchFields(params: SearchParams): [name: string, value: string][] {
  const fields: [string, string][] = [];
  if (params.q) fields.push(['q', params.q]);
  for (const facet of FACET_NAMES) for (const value of params.filters[facet]) fields.push([facet, value]);
  if (params.available) fields.push(['available', '1']);
  if (params.sort !== 'relevance') fields.push(['sort', params.sort]);
  if (params.pageSize !== DEFAULT_PAGE_SIZE) fields.push(['pageSize', String(params.pageSize)]);
  if (params.page > 1) fields.push(['page', String(params.page)]);
  return fields;
}

export function searchHref(locale: Locale, params: SearchParams): string {
  const query = new URLSearchParams(searchFields(params)).toString();
  return query ? `${PATHS[locale].search}?${query}` : PATHS[locale].search;
}

/** Changing what is searched starts again at page 1. */
export const refine = {
  query: (params: SearchParams, q: string): SearchParams => ({ ...params, q, page: 1 }),
  add: (params: SearchParams, facet: FacetName, value: string): SearchParams =>
    withFilter(params, facet, [...params.filters[facet].filter((v) => v !== value), value]),
  remove: (params: SearchParams, facet: FacetName, value: string): SearchParams =>
    withFilter(params, facet, params.filters[facet].filter((v) => v !== value)),
  clearFacet: (params: SearchParams, facet: FacetName): SearchParams => withFilter(params, facet, []),
  clearAll: (params: SearchParams): SearchParams => ({ ...EMPTY_SEARCH, q: params.q, sort: params.sort, pageSize: params.pageSize }),
  available: (params: SearchParams, available: boolean): SearchParams => ({ ...params, available, page: 1 }),
  page: (params: SearchParams, page: number): SearchParams => ({ ...params, page }),
};

function withFilter(params: SearchParams, facet: FacetName, values: readonly string[]): SearchParams {
  return { ...params, filters: { ...params.filters, [facet]: values }, page: 1 };
}

/** A search for one facet value alone, e.g. a subject link on a work page. */
export function facetSearchHref(locale: Locale, facet: FacetName, value: string): string {
  return searchHref(locale, refine.add(EMPTY_SEARCH, facet, value));
}
