// News as Atom and RSS, events as iCalendar, for the county and per library, and one event's .ics, in both languages.
// A library's news feed holds its own news and the county's (which concern every library); its calendar only its own.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { EventItem } from '../../core/content.ts';
import { errors } from '../../core/errors.ts';
import { addDays, stockholmWallTime } from '../../core/opening-hours/stockholm-time.ts';
import type { LibraryView } from '../../services/content/content-reader.ts';
import { LOCALES, type Locale } from '../i18n/i18n.ts';
import { markdownHtml } from '../markdown.tsx';
import { branchAddress, placeName } from '../pages/events/event-parts.tsx';
import { findEvent } from '../pages/events/event.routes.tsx';
import { shownText } from '../pages/news/localized-text.ts';
import { newsHref, publishedAt } from '../pages/news/news-links.ts';
import type { PageContext } from '../pages/page-context.ts';
import { libraryName } from '../pages/page-context.ts';
import { pageContext, siteOrigin, type Site } from '../pages/site.ts';
import { libraryHref, PATHS } from '../pages/urls.ts';
import { eventsCalendar, type CalendarEntry } from './events-calendar.ts';
import { absoluteLinks, atomFeed, rssFeed, type FeedEntry } from './news-feed.ts';

export const NEWS_FEED_SIZE = 30;
/** "Upcoming" in a subscribed calendar: a year ahead. */
const CALENDAR_DAYS = 365;
const FEED_CACHE = 'public, max-age=600';

const fileOf = (locale: Locale, feed: 'newsAtom' | 'newsRss' | 'eventsIcs') => PATHS[locale][feed].slice(PATHS[locale][feed].lastIndexOf('/') + 1);

export function registerFeeds(app: FastifyInstance, site: Site): void {
  for (const locale of LOCALES) {
    const paths = PATHS[locale];
    const libraryFeed = (feed: 'newsAtom' | 'newsRss' | 'eventsIcs') => `${paths.library}:library/${fileOf(locale, feed)}`;
    for (const format of ['atom', 'rss'] as const) {
      const feed = format === 'atom' ? 'newsAtom' : 'newsRss';
      app.get(paths[feed], (request, reply) => sendNews(site, locale, format, null, request, reply));
      app.get(libraryFeed(feed), (request, reply) => sendNews(site, locale, format, knownLibrary(site, request.params), request, reply));
    }
    app.get(paths.eventsIcs, (request, reply) => sendCalendar(site, locale, null, request, reply));
    app.get(libraryFeed('eventsIcs'), (request, reply) => sendCalendar(site, locale, knownLibrary(site, request.params), request, reply));
    app.get(`${paths.event}:id.ics`, async (request, reply) => {
      const event = await findEvent(site, request.params);
      const ctx = pageContext(site, locale, request.url);
      const entries = [calendarEntry(ctx, event, siteOrigin(site, request), await site.content.libraries())];
      const text = eventsCalendar({ ...calendarTitles(ctx, null), name: shownText(event.title, locale).text, host: hostOf(site, request), entries });
      return reply.type('text/calendar; charset=utf-8').header('cache-control', FEED_CACHE)
        .header('content-disposition', `attachment; filename="${event.id}.ics"`).send(text);
    });
  }
}

function knownLibrary(site: Site, params: unknown): string {
  const id = String((params as { library?: unknown }).library ?? '');
  if (!site.catalogue.libraries().some((l) => l.id === id)) throw errors.notFound('Library', id);
  return id;
}

async function sendNews(site: Site, locale: Locale, format: 'atom' | 'rss', library: string | null, request: FastifyRequest, reply: FastifyReply) {
  const ctx = pageContext(site, locale, request.url);
  const { l } = ctx;
  const origin = siteOrigin(site, request);
  const page = await site.content.news({ library: library ?? undefined, limit: NEWS_FEED_SIZE });
  const entries: FeedEntry[] = page.items.map((item) => ({
    item,
    title: shownText(item.title, locale).text,
    summary: shownText(item.summary, locale).text,
    content: absoluteLinks(markdownHtml(shownText(item.body, locale).text), origin),
    url: origin + newsHref(locale, item.id),
    author: item.library === null ? ctx.consortiumName : libraryName(ctx, item.library),
    published: publishedAt(item),
  }));
  const feedPath = library === null ? PATHS[locale][format === 'atom' ? 'newsAtom' : 'newsRss'] : `${libraryHref(locale, library)}/${fileOf(locale, format === 'atom' ? 'newsAtom' : 'newsRss')}`;
  const input = {
    title: library === null ? l.t('feeds.news.title', { site: ctx.consortiumName }) : l.t('feeds.news.libraryTitle', { library: libraryName(ctx, library), site: ctx.consortiumName }),
    description: l.t(library === null ? 'feeds.news.description' : 'feeds.news.libraryDescription'),
    language: locale,
    selfUrl: origin + feedPath,
    pageUrl: origin + PATHS[locale].news + (library === null ? '' : `?library=${encodeURIComponent(library)}`),
    publisher: { name: ctx.consortiumName, url: origin + PATHS[locale].home },
    entries,
    now: site.clock(),
  };
  return format === 'atom'
    ? reply.type('application/atom+xml; charset=utf-8').header('cache-control', FEED_CACHE).send(atomFeed(input))
    : reply.type('application/rss+xml; charset=utf-8').header('cache-control', FEED_CACHE).send(rssFeed(input));
}

async function sendCalendar(site: Site, locale: Locale, library: string | null, request: FastifyRequest, reply: FastifyReply) {
  const ctx = pageContext(site, locale, request.url);
  const today = stockholmWallTime(site.clock()).date;
  const occurrences = await site.content.events({ from: today, to: addDays(today, CALENDAR_DAYS), libraries: library === null ? [] : [library] });
  // A series appears once per occurrence in the list; the calendar holds it once, with its rule.
  const events = [...new Map(occurrences.items.map((o) => [o.event.id, o.event])).values()];
  const origin = siteOrigin(site, request);
  const libraries = await site.content.libraries();
  const text = eventsCalendar({
    ...calendarTitles(ctx, library), host: hostOf(site, request),
    entries: events.map((event) => calendarEntry(ctx, event, origin, libraries)),
  });
  return reply.type('text/calendar; charset=utf-8').header('cache-control', FEED_CACHE).send(text);
}

function calendarTitles(ctx: PageContext, library: string | null): { name: string; description: string } {
  const { l } = ctx;
  return library === null
    ? { name: l.t('feeds.events.title', { site: ctx.consortiumName }), description: l.t('feeds.events.description') }
    : { name: l.t('feeds.events.libraryTitle', { library: libraryName(ctx, library) }), description: l.t('feeds.events.libraryDescription', { library: libraryName(ctx, library) }) };
}

function calendarEntry(ctx: PageContext, event: EventItem, origin: string, libraries: readonly LibraryView[]): CalendarEntry {
  const { l, locale } = ctx;
  const title = shownText(event.title, locale).text;
  const url = origin + PATHS[locale].event + encodeURIComponent(event.id);
  const address = branchAddress(libraries, event);
  const location = placeName(ctx, event);
  const description = [shownText(event.summary, locale).text, event.demo ? l.t('feeds.events.demo') : null, url].filter(Boolean).join('\n\n');
  return {
    event, url, description,
    summary: event.cancelled ? l.t('feeds.events.cancelled', { title }) : title,
    location: address ? `${location}, ${address.street}, ${address.postalCode} ${address.city}` : location,
  };
}

function hostOf(site: Site, request: FastifyRequest): string {
  return new URL(siteOrigin(site, request)).hostname;
}
