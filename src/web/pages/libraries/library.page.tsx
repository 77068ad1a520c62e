// A member library's page (/bibliotek/{id}): its branches and buses with their state now, its presentation and
// contact details, a search in its collection, its news and coming events, and its feeds.
import type { EventOccurrence, NewsItem, PageItem } from '../../../core/content.ts';
import type { LibraryView } from '../../../services/content/content-reader.ts';
import { localized } from '../info/localized.ts';
import { Layout } from '../layout.tsx';
import type { PageContext } from '../page-context.ts';
import { SearchBox } from '../search-box.tsx';
import { libraryFeedHref, libraryHref, PATHS } from '../urls.ts';
import { EventList, NewsList } from './content-lists.tsx';
import { BranchRow, DemoNote } from './libraries.page.tsx';
import { JsonLd, libraryJsonLd } from './library-json-ld.tsx';
import { LocalizedMarkdown } from './library-text.tsx';

export interface LibraryPageProps {
  readonly ctx: PageContext;
  readonly view: LibraryView;
  readonly libraries: readonly LibraryView[];
  readonly news: readonly NewsItem[];
  readonly events: readonly EventOccurrence[];
  readonly now: Date;
  /** The site's public origin, for the addresses in JSON-LD. */
  readonly origin: string;
  /** The library's own published pages (/bibliotek/{id}/{slug}). */
  readonly pages?: readonly PageItem[];
}

export function LibraryPage({ ctx, view, libraries, news, events, now, origin, pages = [] }: LibraryPageProps) {
  const { l, locale } = ctx;
  const { library, profile } = view;
  const url = (id: string) => origin + libraryHref(locale, id);
  const head = (
    <>
      <JsonLd data={libraryJsonLd({ view, url: url(library.id), branchUrl: url })} />
      <link rel="alternate" type="application/atom+xml" title={l.t('libraries.feeds.newsOf', { library: library.name })} href={libraryFeedHref(locale, library.id, 'newsAtom')} />
    </>
  );
  return (
    <Layout ctx={ctx} title={library.name} section="libraries" head={head}>
      <div class={`wrap library-page accent-${library.id}`}>
        <Breadcrumbs ctx={ctx} trail={[]} />
        <h1>{library.name}</h1>
        {profile?.demo && <p class="lib-demo">{l.t('libraries.profileDemo')}</p>}
        {profile?.description && <div class="library-page__description"><LocalizedMarkdown text={profile.description} locale={locale} /></div>}
        <ContactList ctx={ctx} website={profile?.website ?? null} phone={profile?.phone ?? null} email={profile?.email ?? null} />
        <div class="library-page__search">
          <SearchBox ctx={ctx} libraries={[library.id]} />
        </div>

        <section class="lib-panel" aria-labelledby="branches-h">
          <h2 id="branches-h">{l.t('libraries.library.branches')}</h2>
          <ul class="branch-list">{view.branches.map((b) => <BranchRow ctx={ctx} view={b} now={now} />)}</ul>
          <DemoNote l={l} branches={view.branches} />
        </section>

        <div class="library-page__content">
          <section aria-labelledby="events-h">
            <h2 id="events-h">{l.t('libraries.library.events')}</h2>
            {events.length > 0 ? <EventList l={l} occurrences={events} libraries={libraries} /> : <p>{l.t('libraries.library.noEvents')}</p>}
            <p><a href={`${PATHS[locale].events}?library=${encodeURIComponent(view.library.id)}`}>{l.t('libraries.library.libraryEvents', { library: view.library.name })}</a></p>
            <p><a href={PATHS[locale].events}>{l.t('libraries.library.allEvents')}</a></p>
          </section>
          <section aria-labelledby="news-h">
            <h2 id="news-h">{l.t('libraries.library.news')}</h2>
            {news.length > 0 ? <NewsList l={l} items={news} /> : <p>{l.t('libraries.library.noNews')}</p>}
            <p><a href={PATHS[locale].news}>{l.t('libraries.library.allNews')}</a></p>
          </section>
        </div>

        {pages.length > 0 && (
          <section class="lib-panel" aria-labelledby="pages-h">
            <h2 id="pages-h">{l.t('libraries.library.pages', { library: library.name })}</h2>
            <ul>
              {pages.map((page) => {
                const title = localized(page.title, locale);
                return <li><a href={`${libraryHref(locale, library.id)}/${page.slug}`} lang={title.lang}>{title.text}</a></li>;
              })}
            </ul>
          </section>
        )}

        <section class="lib-feeds" aria-labelledby="feeds-h">
          <h2 id="feeds-h">{l.t('libraries.feeds.heading')}</h2>
          <ul class="lib-feeds__list">
            <li><a href={libraryFeedHref(locale, library.id, 'newsAtom')}>{l.t('libraries.feeds.atom')}</a></li>
            <li><a href={libraryFeedHref(locale, library.id, 'newsRss')}>{l.t('libraries.feeds.rss')}</a></li>
            <li><a href={libraryFeedHref(locale, library.id, 'eventsIcs')}>{l.t('libraries.feeds.ics')}</a></li>
          </ul>
        </section>
      </div>
    </Layout>
  );
}

/** Bibliotek › Krokoms bibliotek › Föllinge bibliotek: the pages above this one. */
export function Breadcrumbs({ ctx, trail }: { readonly ctx: PageContext; readonly trail: readonly { readonly href: string; readonly name: string }[] }) {
  const { l, locale } = ctx;
  return (
    <nav class="lib-crumbs" aria-label={l.t('libraries.breadcrumbs')}>
      <ol>
        <li><a href={PATHS[locale].libraries}>{l.t('libraries.list.title')}</a></li>
        {trail.map((step) => <li><a href={step.href}>{step.name}</a></li>)}
      </ol>
    </nav>
  );
}

/** Website, telephone (tel:) and e-mail (mailto:) — only those known. */
export function ContactList({ ctx, website, phone, email }: { readonly ctx: PageContext; readonly website: string | null; readonly phone: string | null; readonly email: string | null }) {
  const { l } = ctx;
  // Staff type the address; only a web address becomes a link.
  const site = website && /^https?:\/\/[^\s]+$/i.test(website) ? website : null;
  if (!site && !phone && !email) return null;
  return (
    <dl class="lib-contact">
      {site && <div><dt>{l.t('libraries.contact.website')}</dt><dd><a href={site} rel="noopener">{site.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</a></dd></div>}
      {phone && <div><dt>{l.t('libraries.contact.phone')}</dt><dd><a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a></dd></div>}
      {email && <div><dt>{l.t('libraries.contact.email')}</dt><dd><a href={`mailto:${email}`}>{email}</a></dd></div>}
    </dl>
  );
}
