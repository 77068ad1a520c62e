// Page addresses in both languages, and search links that add or remove one choice from the current search.
import type { Locale } from '../i18n/i18n.ts';
import { FACET_NAMES, type FacetName, type SearchParams } from '../search-params.ts';

export interface SitePaths {
  readonly home: string;
  readonly search: string;
  /** Prefixes: an id follows. */
  readonly work: string;
  readonly sources: string;
  /** The list of libraries; `library` + id is a library's or a branch's page. */
  readonly libraries: string;
  readonly library: string;
  readonly events: string;
  readonly event: string;
  readonly news: string;
  readonly newsItem: string;
  readonly eservices: string;
  readonly styleGuide: string;
  /** The staff area. */
  readonly staff: string;
  /** Feeds: news as Atom and RSS 2.0, events as iCalendar; per library at library + id + the same file name. */
  readonly newsAtom: string;
  readonly newsRss: string;
  readonly eventsIcs: string;
}

export const PATHS: Record<Locale, SitePaths> = {
  sv: {
    home: '/', search: '/sok', work: '/verk/', sources: '/kallor', libraries: '/bibliotek', library: '/bibliotek/',
    events: '/evenemang', event: '/evenemang/', news: '/nyheter', newsItem: '/nyheter/', eservices: '/e-tjanster',
    styleGuide: '/stilguide', staff: '/personal', newsAtom: '/nyheter.atom', newsRss: '/nyheter.rss', eventsIcs: '/evenemang.ics',
  },
  en: {
    home: '/en/', search: '/en/search', work: '/en/work/', sources: '/en/sources', libraries: '/en/libraries', library: '/en/libraries/',
    events: '/en/events', event: '/en/events/', news: '/en/news', newsItem: '/en/news/', eservices: '/en/e-services',
    styleGuide: '/en/style-guide', staff: '/en/staff', newsAtom: '/en/news.atom', newsRss: '/en/news.rss', eventsIcs: '/en/events.ics',
  },
};

/** A county page by its slug in each language (SYSTEM_PAGES: /om and /en/about …); other county pages keep one slug. */
export function countyPageHref(locale: Locale, slug: string): string {
  return locale === 'sv' ? `/${slug}` : `/en/${slug}`;
}

/** A library's or branch's page. */
export function libraryHref(locale: Locale, id: string): string {
  return PATHS[locale].library + encodeURIComponent(id);
}

/** Per-library feeds: /bibliotek/krokom/evenemang.ics, /en/libraries/krokom/news.atom. */
export function libraryFeedHref(locale: Locale, id: string, feed: 'eventsIcs' | 'newsAtom' | 'newsRss'): string {
  const file = PATHS[locale][feed].slice(PATHS[locale][feed].lastIndexOf('/') + 1);
  return `${libraryHref(locale, id)}/${file}`;
}

const DEFAULT_PAGE_SIZE = 20;

/** A work page; `libraries` (a library-scoped search's) open those libraries' copies first on it. */
export function workHref(locale: Locale, id: string, libraries: readonly string[] = []): string {
  const query = new URLSearchParams(libraries.map((library) => ['library', library])).toString();
  return PATHS[locale].work + encodeURIComponent(id) + (query ? `?${query}` : '');
}

/** Slugs of county pages that differ between the languages (SYSTEM_PAGES); others keep their slug. */
const TRANSLATED_SLUGS: readonly (readonly [sv: string, en: string])[] = [
  ['om', 'about'], ['tillganglighet', 'accessibility'], ['integritet', 'privacy'], ['aarjelsaemien', 'south-sami'],
];

/**
 * The same page in the other language: the path is translated, the query string kept (a work page's `?library=`,
 * an event filter). Prefixed paths keep what follows the prefix (an id). An unknown path goes to the home page.
 */
export function alternateHref(locale: Locale, url: string): string {
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  const at = url.indexOf('?');
  const path = at === -1 ? url : url.slice(0, at);
  const query = at === -1 ? '' : url.slice(at);
  const from = PATHS[locale];
  const to = PATHS[other];
  if (path === from.sources) return to.sources;
  const keys = Object.keys(from) as (keyof SitePaths)[];
  for (const key of keys) if (key !== 'home' && path === from[key]) return to[key] + query;
  // Longest prefix first: /en/libraries/ before /en/.
  for (const key of keys.filter((k) => from[k].endsWith('/') && k !== 'home').sort((a, b) => from[b].length - from[a].length)) {
    if (path.startsWith(from[key])) return to[key] + translateFeedFile(path.slice(from[key].length), locale, other) + query;
  }
  if (path.startsWith(`${from.staff}/`)) return to.staff;
  const slug = locale === 'sv' ? path.slice(1) : path.slice(4);
  const pair = TRANSLATED_SLUGS.find((p) => p[locale === 'sv' ? 0 : 1] === slug);
  if (pair) return countyPageHref(other, pair[other === 'sv' ? 0 : 1]);
  if (/^[a-z0-9-]+$/.test(slug) && path !== from.home) return countyPageHref(other, slug);
  return to.home;
}

/** "krokom/evenemang.ics" ⇄ "krokom/events.ics" on a library's feed addresses. */
function translateFeedFile(rest: string, from: Locale, to: Locale): string {
  for (const feed of ['eventsIcs', 'newsAtom', 'newsRss'] as const) {
    const a = PATHS[from][feed].slice(PATHS[from][feed].lastIndexOf('/') + 1);
    const b = PATHS[to][feed].slice(PATHS[to][feed].lastIndexOf('/') + 1);
    if (rest.endsWith(`/${a}`)) return rest.slice(0, -a.length) + b;
  }
  return rest;
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
