// The work page: title, authors, where a copy is now, online links, description, editions and facts, with schema.org microdata.
import { isWebUrl } from '../web-url.ts';
import type { BibRecord, Library, LibraryId, OnlineLink } from '../../core/types.ts';
import type { WorkAvailability } from '../../services/availability-reader.ts';
import type { WorkView } from '../../services/catalogue-reader.ts';
import { WorkJsonLd } from '../discovery/work-json-ld.tsx';
import { Layout } from './layout.tsx';
import { libraryName, yearSpan, type PageContext } from './page-context.ts';
import { SearchBox } from './search-box.tsx';
import { facetSearchHref } from './urls.ts';
import { groupEditions, type Edition } from './work-edition-grouping.ts';
import { Fact, WorkEditions } from './work-editions.tsx';
import { byLibraryName, WorkHoldings } from './work-holdings.tsx';

/** Up to this many libraries with a copy on the shelf are named at the top; more would be a wall of names. */
const NAMED_UP_TO = 3;

export interface WorkPageProps {
  readonly ctx: PageContext;
  readonly view: WorkView;
  /** The reader's own libraries, from `?library=` (a library-scoped search passes it on): their copies show first. */
  readonly chosen?: readonly LibraryId[];
  /** Live statuses: they replace the view's harvested holdings, and each library says how current its are. */
  readonly availability?: WorkAvailability;
}

export function WorkPage({ ctx, view: harvested, chosen = [], availability }: WorkPageProps) {
  const view = availability ? { ...harvested, holdings: availability.holdings } : harvested;
  const { l, locale } = ctx;
  const { work, records } = view;
  const editions = groupEditions(records);
  const editionOf = new Map<string, Edition>(editions.flatMap((e) => e.records.map((r) => [r.id, e] as const)));
  const description = records.find((r) => r.description)?.description ?? null;
  const series = [...new Set(records.flatMap((r) => r.series))];
  const links = onlineLinks(records);
  const onShelf = [...new Set(view.holdings.filter((h) => h.status === 'available').map((h) => h.library))].sort(byLibraryName(ctx));
  const years = yearSpan(work.yearMin, work.yearMax);
  return (
    <Layout ctx={ctx} title={work.title} head={<WorkJsonLd view={view} />}>
      <div class="search-top">
        <div class="wrap"><SearchBox ctx={ctx} /></div>
      </div>
      <article class="wrap work" itemscope itemtype="https://schema.org/CreativeWork">
        <header class="work__header">
          <p class="work__formats">{work.formats.map((f) => <span class="badge">{l.formatName(f)}</span>)}</p>
          <h1 class="work__title" itemprop="name">{work.title}</h1>
          {work.subtitle && <p class="work__subtitle">{work.subtitle}</p>}
          {work.authors.length > 0 && (
            <p class="work__authors">
              {l.t('work.by')}{' '}
              {work.authors.map((a, i) => <>{i > 0 && '; '}<a href={facetSearchHref(locale, 'author', a)}><span itemprop="author">{a}</span></a></>)}
            </p>
          )}
        </header>
        <div class="work__layout">
          <section class="work__where" aria-labelledby="where-heading">
            <h2 id="where-heading">{l.t('work.whereHeading')}</h2>
            {onShelf.length > 0 ? (
              <p class="availability availability--yes">
                {onShelf.length > NAMED_UP_TO
                  ? l.t('work.onShelfCount', { count: onShelf.length })
                  : l.t('hit.onShelf', { libraries: l.list(onShelf.map((id) => libraryName(ctx, id))) })}
              </p>
            ) : view.holdings.length > 0 && <p class="availability availability--no">{l.t('hit.noneOnShelf')}</p>}
            {links.length > 0 && (
              <div class="online">
                <h3>{l.t('work.online')}</h3>
                <ul class="online__links">
                  {links.map((link) => (
                    <li><a href={link.url} rel="noopener noreferrer">{link.label ?? l.t('work.onlineFallback', { host: new URL(link.url).host })}</a></li>
                  ))}
                </ul>
              </div>
            )}
            {/* An e-resource without copies needs no "no copies" line under its online links. */}
            {(view.holdings.length > 0 || links.length === 0) && (
              <>
                <h3>{l.t('work.holdingsHeading')}</h3>
                <WorkHoldings
                  ctx={ctx} holdings={view.holdings} editionOf={editionOf} chosen={chosen}
                  sources={availability?.sources} checkedAt={availability?.checkedAt}
                />
              </>
            )}
          </section>
          <aside class="work__facts" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{l.t('work.facts')}</h2>
            <dl class="facts">
              <Fact label={l.t('work.years')} show={years !== ''}>{years}</Fact>
              <Fact label={l.t('work.formats')} show={work.formats.length > 0}>{work.formats.map(l.formatName).join(', ')}</Fact>
              <Fact label={l.t('work.languages')} show={work.languages.length > 0}>{work.languages.map(l.languageName).join(', ')}</Fact>
              <Fact label={l.t('work.audience')} show={work.audiences.length > 0}>{work.audiences.map(l.audienceName).join(', ')}</Fact>
              <Fact label={l.t('work.subjects')} show={work.subjects.length > 0}>
                <ul class="subject-list">
                  {work.subjects.map((s) => <li><a href={facetSearchHref(locale, 'subject', s)}><span itemprop="about">{s}</span></a></li>)}
                </ul>
              </Fact>
              <Fact label={l.t('work.series')} show={series.length > 0}>{series.join('; ')}</Fact>
            </dl>
          </aside>
          {description && (
            <section class="work__description" aria-labelledby="description-heading">
              <h2 id="description-heading">{l.t('work.description')}</h2>
              <p itemprop="description">{description}</p>
            </section>
          )}
          <section class="work__editions" aria-labelledby="editions-heading">
            <h2 id="editions-heading">{l.t('work.editionsHeading')}</h2>
            {records.length > 1 && (
              <p>
                {l.t('work.editionsIntro', {
                  editions: l.t('work.editionCount', { count: editions.length }),
                  records: l.t('work.recordCount', { count: records.length }),
                  libraries: l.t('holdings.libraries', { count: work.libraries.length }),
                })}
              </p>
            )}
            <WorkEditions ctx={ctx} editions={editions} />
          </section>
        </div>
      </article>
    </Layout>
  );
}

/**
 * The member libraries named by `?library=` (one or repeated). It only chooses what opens first, so an unknown or
 * malformed value is ignored rather than refused: an old shared link still shows the work.
 */
export function chosenLibraries(query: unknown, members: readonly Library[]): LibraryId[] {
  const given = query !== null && typeof query === 'object' ? (query as Record<string, unknown>).library : undefined;
  const values: unknown[] = Array.isArray(given) ? given : [given];
  return members.filter((m) => values.includes(m.id)).map((m) => m.id);
}

/** Online links of every edition, once each; only http(s), so a record can never smuggle in a `javascript:` link. */
function onlineLinks(records: readonly BibRecord[]): OnlineLink[] {
  const seen = new Set<string>();
  return records.flatMap((r) => r.onlineLinks).filter((link) => {
    if (seen.has(link.url) || !isWebUrl(link.url)) return false;
    seen.add(link.url);
    return true;
  });
}

