// The start page, phone first: the search box, then which libraries are open right now and which open next, this
// week's events across the county, the latest news, and the member libraries with links to their pages.
import type { EventOccurrence, NewsItem } from '../../core/content.ts';
import { addDays, clockText, stockholmWallTime } from '../../core/opening-hours/stockholm-time.ts';
import type { ContentReader, LibraryView } from '../../services/content/content-reader.ts';
import { Layout } from './layout.tsx';
import { BranchStatus } from './libraries/branch-status.tsx';
import { EventList, NewsList, notEnded } from './libraries/content-lists.tsx';
import { openNow, type BranchNow } from './libraries/open-now.ts';
import type { PageContext } from './page-context.ts';
import { QueryHelp } from './query-help.tsx';
import { SearchBox } from './search-box.tsx';
import { libraryHref, PATHS } from './urls.ts';

/** Enough to glance at on a phone; the libraries page has every branch. */
const OPEN_NOW_SHOWN = 6;
const OPENS_NEXT_SHOWN = 3;
const WEEK_EVENTS = 6;
const LATEST_NEWS = 3;
/** Today's events that have already ended are asked for too, then dropped. */
const ENDED_TODAY_ALLOWANCE = 20;

export interface HomeData {
  readonly libraries: readonly LibraryView[];
  readonly events: readonly EventOccurrence[];
  readonly news: readonly NewsItem[];
}

/** What the start page shows at `now`: the next seven days' events (today included) and the latest news. */
export async function homePageData(content: ContentReader, now: Date): Promise<HomeData> {
  const today = stockholmWallTime(now).date;
  const [libraries, events, news] = await Promise.all([
    content.libraries(),
    content.events({ from: today, to: addDays(today, 6), limit: WEEK_EVENTS + ENDED_TODAY_ALLOWANCE }),
    content.news({ limit: LATEST_NEWS }),
  ]);
  return { libraries, events: notEnded(events.items, now).slice(0, WEEK_EVENTS), news: news.items };
}

export function HomePage({ ctx, now, data }: { readonly ctx: PageContext; readonly now: Date; readonly data: HomeData }) {
  const { l, locale } = ctx;
  return (
    <Layout ctx={ctx} title={l.t('home.title')}>
      <section class="hero">
        <div class="wrap hero__inner">
          <h1 class="hero__title">{ctx.consortiumName}</h1>
          <p class="hero__lead">{l.t('home.lead')}</p>
          <SearchBox ctx={ctx} size="large" />
          <QueryHelp ctx={ctx} />
        </div>
      </section>
      <div class="wrap home">
        <div class="home__now">
          <OpenNowSection ctx={ctx} libraries={data.libraries} now={now} />
          <section class="home__section home__week" aria-labelledby="week-h">
            <h2 id="week-h">{l.t('home.weekHeading')}</h2>
            {data.events.length > 0 ? <EventList l={l} occurrences={data.events} libraries={data.libraries} /> : <p>{l.t('home.noEvents')}</p>}
            <p class="home__more"><a href={PATHS[locale].events}>{l.t('home.allEvents')}</a></p>
          </section>
        </div>
        <section class="home__section home__news" aria-labelledby="news-h">
          <h2 id="news-h">{l.t('home.newsHeading')}</h2>
          {data.news.length > 0 ? <NewsList l={l} items={data.news} /> : <p>{l.t('home.noNews')}</p>}
          <p class="home__more"><a href={PATHS[locale].news}>{l.t('home.allNews')}</a></p>
        </section>
        <section class="home__section home__libraries" aria-labelledby="libraries-h">
          <h2 id="libraries-h">{l.t('home.librariesHeading')}</h2>
          <ul class="library-cards">
            {data.libraries.map((view) => (
              <li class="library-card">
                <a class="library-card__link" href={libraryHref(locale, view.library.id)}>{view.library.name}</a>
                <span class="library-card__branches">{view.branches.map((b) => b.branch.name).join(' · ')}</span>
              </li>
            ))}
          </ul>
          <p class="home__more"><a href={PATHS[locale].libraries}>{l.t('home.allLibraries')}</a></p>
        </section>
      </div>
    </Layout>
  );
}

function OpenNowSection({ ctx, libraries, now }: { readonly ctx: PageContext; readonly libraries: readonly LibraryView[]; readonly now: Date }) {
  const { l, locale } = ctx;
  const { open, opensNext } = openNow(libraries, now, OPENS_NEXT_SHOWN);
  const shown = open.slice(0, OPEN_NOW_SHOWN);
  const demo = [...shown, ...opensNext].some((b) => b.view.branch.openingHours?.demo);
  return (
    <section class="home__section home__open" aria-labelledby="open-h">
      <h2 id="open-h">{l.t('home.openHeading')} <span class="home__clock">{l.t('home.at', { time: clockText(stockholmWallTime(now).minute) })}</span></h2>
      {open.length === 0 ? <p>{l.t('home.noneOpen')}</p> : <ul class="now-list">{shown.map((b) => <NowRow ctx={ctx} item={b} now={now} />)}</ul>}
      {open.length > shown.length && <p class="home__more"><a href={PATHS[locale].libraries}>{l.t('home.moreOpen', { count: open.length - shown.length })}</a></p>}
      {opensNext.length > 0 && (
        <>
          <h3 class="home__subheading">{l.t('home.opensNextHeading')}</h3>
          <ul class="now-list">{opensNext.map((b) => <NowRow ctx={ctx} item={b} now={now} />)}</ul>
        </>
      )}
      {demo && <p class="lib-demo">{l.t('opening.demo')}</p>}
      <p class="home__more"><a href={PATHS[locale].libraries}>{l.t('home.allHours')}</a></p>
    </section>
  );
}

/** A branch, its library when the names differ, and its state in words. */
function NowRow({ ctx, item, now }: { readonly ctx: PageContext; readonly item: BranchNow; readonly now: Date }) {
  const { branch } = item.view;
  const libraryName = item.library.library.name;
  return (
    <li class="now-row">
      <a class="now-row__name" href={libraryHref(ctx.locale, branch.id)}>{branch.name}</a>
      {libraryName !== branch.name && <span class="now-row__library">{libraryName}</span>}
      <BranchStatus l={ctx.l} view={item.view} now={now} />
    </li>
  );
}
