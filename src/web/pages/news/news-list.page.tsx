// The news list (/nyheter, /en/news): newest first, from the county and its libraries, narrowed to one library
// (with the county's news, which concern every library) by a plain GET form; paged; with its Atom and RSS feeds.
import type { NewsItem } from '../../../core/content.ts';
import type { Page } from '../../../services/content/content-reader.ts';
import { DemoMark } from '../events/event-parts.tsx';
import { ListPager } from '../events/list-pager.tsx';
import { Layout } from '../layout.tsx';
import { libraryName, type PageContext } from '../page-context.ts';
import { libraryFeedHref, PATHS } from '../urls.ts';
import { shownText } from './localized-text.ts';
import { newsDate, newsHref, publishedAt } from './news-links.ts';

export const NEWS_PAGE_SIZE = 20;

export interface NewsListQuery {
  readonly library: string | null;
  readonly page: number;
}

export function NewsListPage({ ctx, query, result }: { readonly ctx: PageContext; readonly query: NewsListQuery; readonly result: Page<NewsItem> }) {
  const { l, locale } = ctx;
  const feeds = newsFeeds(ctx, query.library);
  const head = feeds.flatMap((f) => [
    <link rel="alternate" type="application/atom+xml" href={f.atom} title={`${f.title} (Atom)`} />,
    <link rel="alternate" type="application/rss+xml" href={f.rss} title={`${f.title} (RSS)`} />,
  ]);
  const heading = query.library ? l.t('news.titleLibrary', { library: libraryName(ctx, query.library) }) : l.t('news.title');
  return (
    <Layout ctx={ctx} title={heading} section="news" head={head} noindex={query.page > 1}>
      <div class="wrap news">
        <h1>{heading}</h1>
        <form class="news-filter" method="get" action={PATHS[locale].news}>
          <label for="news-library">{l.t('news.filter.library')}</label>
          <div class="news-filter__row">
            <select id="news-library" name="library">
              <option value="">{l.t('news.filter.all')}</option>
              {[...ctx.libraries].sort((a, b) => a.name.localeCompare(b.name, 'sv')).map((library) => (
                <option value={library.id} selected={library.id === query.library}>{library.name}</option>
              ))}
            </select>
            <button class="button" type="submit">{l.t('news.filter.submit')}</button>
          </div>
        </form>
        {result.total === 0 && <p class="news__empty">{l.t('news.none')}</p>}
        <ul class="news-list">
          {result.items.map((item) => <li><NewsCard ctx={ctx} item={item} /></li>)}
        </ul>
        <ListPager ctx={ctx} page={query.page} total={result.total} pageSize={NEWS_PAGE_SIZE}
          href={(page) => newsListHref(locale, query.library, page)} />
        <p class="feed-links">
          <span class="feed-links__label">{l.t('news.feeds.label')}</span>
          {feeds.map((f) => <>
            <a class="feed-link" href={f.atom}>{`${f.title} (Atom)`}</a>
            <a class="feed-link" href={f.rss}>{`${f.title} (RSS)`}</a>
          </>)}
        </p>
      </div>
    </Layout>
  );
}

function NewsCard({ ctx, item }: { readonly ctx: PageContext; readonly item: NewsItem }) {
  const { l, locale } = ctx;
  const title = shownText(item.title, locale);
  const summary = shownText(item.summary, locale);
  return (
    <article class="news-card">
      <h2 class="news-card__title"><a href={newsHref(locale, item.id)} lang={title.lang}>{title.text}</a></h2>
      <p class="news-card__meta">
        <time datetime={publishedAt(item)}>{newsDate(item, locale)}</time>
        <span>{item.library === null ? l.t('news.county') : libraryName(ctx, item.library)}</span>
        {item.demo && <DemoMark ctx={ctx} />}
      </p>
      <p class="news-card__summary" lang={summary.lang}>{summary.text}</p>
    </article>
  );
}

function newsListHref(locale: PageContext['locale'], library: string | null, page: number): string {
  const query = new URLSearchParams([...(library ? [['library', library]] : []), ...(page > 1 ? [['page', String(page)]] : [])]).toString();
  return query ? `${PATHS[locale].news}?${query}` : PATHS[locale].news;
}

/** The county's feeds, and the chosen library's (its own news and the county's). */
export function newsFeeds(ctx: PageContext, library: string | null): { title: string; atom: string; rss: string }[] {
  const { l, locale } = ctx;
  const county = { title: l.t('news.feeds.county'), atom: PATHS[locale].newsAtom, rss: PATHS[locale].newsRss };
  if (library === null) return [county];
  const own = { title: l.t('news.feeds.library', { library: libraryName(ctx, library) }), atom: libraryFeedHref(locale, library, 'newsAtom'), rss: libraryFeedHref(locale, library, 'newsRss') };
  return [own, county];
}
