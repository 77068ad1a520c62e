// sitemap.xml (sitemaps.org 0.9): every public page in both languages, each listing both language versions as
// xhtml:link hreflang alternates. Only what the ContentReader returns is listed, and it returns only published content.
//
// Catalogue works are left out: CatalogueReader has no way to list every work id (its search stops at 10,000 results),
// and a sitemap index of works would need one. Crawlers still reach works by following links: the home page links
// every library's collection (a search), result pages link works and further result pages.
import { SYSTEM_PAGES } from '../../core/content.ts';
import { addDays, stockholmWallTime } from '../../core/opening-hours/stockholm-time.ts';
import { LOCALES, type Locale } from '../i18n/i18n.ts';
import { slugIn } from '../pages/info/county-pages.ts';
import type { Site } from '../pages/site.ts';
import { countyPageHref, libraryHref, PATHS, type SitePaths } from '../pages/urls.ts';
import { escapeXml } from './xml.ts';

export interface SitemapEntry {
  /** The page's path in each language. */
  readonly paths: Readonly<Record<Locale, string>>;
  /** ISO timestamp of the last change, when known. */
  readonly lastmod?: string;
}

/** The sitemap protocol allows 50,000 URLs per file; each entry is one URL per language. */
const MAX_ENTRIES = 50_000 / LOCALES.length;
/** Events are listed for their coming year: older ones are history, and further ones are rarely written yet. */
const EVENT_DAYS_AHEAD = 365;
const BATCH = 200;

const SECTIONS: readonly (keyof SitePaths)[] = ['home', 'search', 'libraries', 'events', 'news', 'eservices'];

const both = (path: (locale: Locale) => string): Record<Locale, string> =>
  Object.fromEntries(LOCALES.map((locale) => [locale, path(locale)])) as Record<Locale, string>;

export async function sitemapEntries(site: Site, now: Date): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = SECTIONS.map((key) => ({ paths: both((locale) => PATHS[locale][key]) }));
  const libraries = await site.content.libraries();
  for (const view of libraries) {
    entries.push({ paths: both((locale) => libraryHref(locale, view.library.id)), lastmod: view.profile?.updatedAt });
    for (const b of view.branches) entries.push({ paths: both((locale) => libraryHref(locale, b.branch.id)), lastmod: b.profile?.updatedAt });
  }
  for (const page of await site.content.pages(null)) {
    entries.push({ paths: both((locale) => countyPageHref(locale, slugIn(locale, page.slug))), lastmod: page.updatedAt });
  }
  // The law-required pages exist even before anyone has written them (they say so).
  for (const slugs of Object.values(SYSTEM_PAGES)) entries.push({ paths: both((locale) => countyPageHref(locale, slugs[locale])) });
  for (const view of libraries) {
    for (const page of await site.content.pages(view.library.id)) {
      entries.push({ paths: both((locale) => `${libraryHref(locale, view.library.id)}/${encodeURIComponent(page.slug)}`), lastmod: page.updatedAt });
    }
  }
  for await (const event of publicEvents(site, now)) {
    entries.push({ paths: both((locale) => PATHS[locale].event + encodeURIComponent(event.id)), lastmod: event.updatedAt });
  }
  for await (const item of publicNews(site)) {
    entries.push({ paths: both((locale) => PATHS[locale].newsItem + encodeURIComponent(item.id)), lastmod: item.updatedAt });
  }
  return uniqueByPath(entries).slice(0, MAX_ENTRIES);
}

/** Each event once, however often it recurs in the coming year. */
async function* publicEvents(site: Site, now: Date) {
  const from = stockholmWallTime(now).date;
  const to = addDays(from, EVENT_DAYS_AHEAD);
  const seen = new Set<string>();
  for (let offset = 0; ; offset += BATCH) {
    const page = await site.content.events({ from, to, limit: BATCH, offset });
    for (const occurrence of page.items) {
      if (!seen.has(occurrence.event.id)) {
        seen.add(occurrence.event.id);
        yield occurrence.event;
      }
    }
    if (page.items.length < BATCH || offset + BATCH >= page.total) return;
  }
}

async function* publicNews(site: Site) {
  for (let offset = 0; ; offset += BATCH) {
    const page = await site.content.news({ limit: BATCH, offset });
    yield* page.items;
    if (page.items.length < BATCH || offset + BATCH >= page.total) return;
  }
}

/**
 * The first entry of a path wins: a stored county page (with its date) before the bare system page, and a library
 * whose only branch has the library's own id (the regional library) is listed once.
 */
function uniqueByPath(entries: readonly SitemapEntry[]): SitemapEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.paths.sv) && seen.add(e.paths.sv));
}

export function sitemapXml(origin: string, entries: readonly SitemapEntry[]): string {
  const urls = entries.flatMap((entry) => LOCALES.map((locale) => {
    const alternates = LOCALES.map((other) =>
      `<xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(origin + entry.paths[other])}"/>`).join('');
    const lastmod = entry.lastmod ? `<lastmod>${escapeXml(entry.lastmod)}</lastmod>` : '';
    return `<url><loc>${escapeXml(origin + entry.paths[locale])}</loc>${lastmod}${alternates}</url>`;
  }));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
