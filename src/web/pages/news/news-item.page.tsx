// One news item (/nyheter/{id}, /en/news/{id}): title, date, who wrote it, its image, its text, and NewsArticle JSON-LD.
import type { NewsItem } from '../../../core/content.ts';
import { Markdown } from '../../markdown.tsx';
import { DemoMark, JsonLd } from '../events/event-parts.tsx';
import { Layout } from '../layout.tsx';
import { libraryName, type PageContext } from '../page-context.ts';
import { libraryHref, PATHS } from '../urls.ts';
import { shownText } from './localized-text.ts';
import { newsDate, newsHref, publishedAt } from './news-links.ts';
import { newsFeeds } from './news-list.page.tsx';

export function NewsItemPage({ ctx, item, origin }: { readonly ctx: PageContext; readonly item: NewsItem; readonly origin: string }) {
  const { l, locale } = ctx;
  const title = shownText(item.title, locale);
  const summary = shownText(item.summary, locale);
  const body = shownText(item.body, locale);
  const author = item.library === null ? ctx.consortiumName : libraryName(ctx, item.library);
  const alt = item.image ? shownText(item.image.alt, locale) : null;
  const head = [
    ...newsFeeds(ctx, item.library).map((f) => <link rel="alternate" type="application/atom+xml" href={f.atom} title={`${f.title} (Atom)`} />),
    <JsonLd data={{
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': origin + newsHref(locale, item.id),
      headline: title.text,
      description: summary.text,
      inLanguage: title.lang ?? locale,
      datePublished: publishedAt(item),
      dateModified: item.updatedAt,
      author: { '@type': item.library === null ? 'Organization' : 'Library', name: author, ...(item.library !== null && { url: origin + libraryHref(locale, item.library) }) },
      publisher: { '@type': 'Organization', name: ctx.consortiumName, url: origin + PATHS[locale].home },
      ...(item.image && { image: `${origin}/bilder/${encodeURIComponent(item.image.id)}` }),
    }} />,
  ];
  return (
    <Layout ctx={ctx} title={title.text} section="news" head={head}>
      <div class="wrap news-item">
        <p class="ev-back"><a href={PATHS[locale].news}>{l.t('news.allNews')}</a></p>
        <article>
          <header class="news-item__header">
            <h1 class="news-item__title" lang={title.lang}>{title.text}</h1>
            <p class="news-item__meta">
              <time datetime={publishedAt(item)}>{newsDate(item, locale)}</time>
              {item.library === null
                ? <span>{l.t('news.county')}</span>
                : <a href={libraryHref(locale, item.library)}>{author}</a>}
              {item.demo && <DemoMark ctx={ctx} />}
            </p>
            {item.demo && <p class="news-item__demo">{l.t('news.demoText')}</p>}
          </header>
          {item.image && alt && (
            <img class="news-item__image" src={`/bilder/${encodeURIComponent(item.image.id)}`} alt={alt.text} lang={alt.lang}
              width={item.image.width} height={item.image.height} />
          )}
          <p class="news-item__summary" lang={summary.lang}>{summary.text}</p>
          <Markdown text={body.text} lang={body.lang} />
        </article>
      </div>
    </Layout>
  );
}
