// The events list (/evenemang, /en/events): what happens at the county's libraries, day by day, with filters that
// are a plain GET form (library, audience, type, dates), so it works without JavaScript.
import { EVENT_TYPES, type EventOccurrence } from '../../../core/content.ts';
import type { Page } from '../../../services/content/content-reader.ts';
import { shownText } from '../news/localized-text.ts';
import { Layout } from '../layout.tsx';
import { libraryName, type PageContext } from '../page-context.ts';
import { libraryFeedHref, PATHS } from '../urls.ts';
import { AudienceBadges, CancelledMark, DemoMark, PlaceText } from './event-parts.tsx';
import { AUDIENCE_CHOICES, eventsHref, EVENTS_PAGE_SIZE, isFiltered, type EventQuery } from './event-query.ts';
import { dayHeading, localDate, recurrenceText, timeSpan } from './event-time.ts';
import { ListPager } from './list-pager.tsx';

interface EventsPageProps {
  readonly ctx: PageContext;
  readonly query: EventQuery;
  readonly result: Page<EventOccurrence>;
  readonly today: string;
}

export function EventsPage({ ctx, query, result, today }: EventsPageProps) {
  const { l, locale } = ctx;
  const days = groupByDay(result.items, query.from);
  const single = query.libraries.length === 1 ? query.libraries[0]! : null;
  const calendars = [
    { href: PATHS[locale].eventsIcs, title: l.t('events.feeds.county') },
    ...(single ? [{ href: libraryFeedHref(locale, single, 'eventsIcs'), title: l.t('events.feeds.library', { library: libraryName(ctx, single) }) }] : []),
  ];
  const head = calendars.map((c) => <link rel="alternate" type="text/calendar" href={c.href} title={c.title} />);
  return (
    <Layout ctx={ctx} title={l.t('events.title')} section="events" head={head} noindex={query.page > 1 || isFiltered(query)}>
      <div class="wrap events">
        <h1>{l.t('events.title')}</h1>
        <p class="events__lead">{l.t('events.lead')}</p>
        <div class="events__layout">
          <section class="events__results" aria-labelledby="events-results-heading">
            <h2 id="events-results-heading" class="events__count">
              {l.t('events.count', { count: result.total, from: dayHeading(query.from, locale, today.slice(0, 4)), to: dayHeading(query.to, locale, today.slice(0, 4)) })}
            </h2>
            <Chosen ctx={ctx} query={query} />
            {result.total === 0 && <p class="events__empty">{l.t(isFiltered(query) ? 'events.noneFiltered' : 'events.none')}</p>}
            {days.map(([day, occurrences]) => (
              <section class="event-day" aria-labelledby={`day-${day}`}>
                <h3 id={`day-${day}`} class="event-day__heading"><time datetime={day}>{dayHeading(day, locale, today.slice(0, 4))}</time></h3>
                <ul class="event-list">
                  {occurrences.map((occurrence) => <li><EventCard ctx={ctx} occurrence={occurrence} /></li>)}
                </ul>
              </section>
            ))}
            <ListPager ctx={ctx} page={query.page} total={result.total} pageSize={EVENTS_PAGE_SIZE} href={(page) => eventsHref(locale, query, page)} />
            <p class="feed-links">
              <span class="feed-links__label">{l.t('events.feeds.label')}</span>
              {calendars.map((c) => <a class="feed-link feed-link--ical" href={c.href}>{c.title}</a>)}
            </p>
          </section>
          <EventFilters ctx={ctx} query={query} />
        </div>
      </div>
    </Layout>
  );
}

/** Occurrences under the day they start, or under the first day shown when they began before it (an exhibition). */
function groupByDay(occurrences: readonly EventOccurrence[], from: string): [string, EventOccurrence[]][] {
  const days = new Map<string, EventOccurrence[]>();
  for (const occurrence of occurrences) {
    const start = localDate(occurrence.start);
    const day = start < from ? from : start;
    days.set(day, [...(days.get(day) ?? []), occurrence]);
  }
  return [...days];
}

function EventCard({ ctx, occurrence }: { readonly ctx: PageContext; readonly occurrence: EventOccurrence }) {
  const { l, locale } = ctx;
  const { event } = occurrence;
  const title = shownText(event.title, locale);
  const summary = shownText(event.summary, locale);
  const recurs = recurrenceText(event, l);
  return (
    <article class={`event-card${event.cancelled ? ' event-card--cancelled' : ''}`}>
      <p class="event-card__time">
        <time datetime={occurrence.start}>{timeSpan(occurrence, locale)}</time>
        {event.cancelled && <> <CancelledMark ctx={ctx} /></>}
      </p>
      <h4 class="event-card__title">
        <a href={PATHS[locale].event + encodeURIComponent(event.id)} lang={title.lang}>{title.text}</a>
      </h4>
      <p class="event-card__place"><PlaceText ctx={ctx} event={event} /></p>
      <p class="event-card__summary" lang={summary.lang}>{summary.text}</p>
      <p class="event-card__meta">
        <AudienceBadges ctx={ctx} event={event} />
        <span class="badge event-type">{l.t(`events.type.${event.type}`)}</span>
        {event.demo && <DemoMark ctx={ctx} />}
      </p>
      {recurs && <p class="event-card__recurs">{recurs}</p>}
    </article>
  );
}

/** What the reader chose, in words, and a way to the form (after the list on a phone). */
function Chosen({ ctx, query }: { readonly ctx: PageContext; readonly query: EventQuery }) {
  const { l, locale } = ctx;
  const chosen = [
    ...query.libraries.map((id) => libraryName(ctx, id)),
    ...query.audiences.map((a) => l.t(`events.audience.${a}`)),
    ...query.types.map((t) => l.t(`events.type.${t}`)),
  ];
  return (
    <p class="events__chosen">
      {chosen.length > 0 && <span>{l.t('events.chosen', { choices: l.list(chosen) })}</span>}
      <a class="events__to-filters" href="#event-filters">{l.t('events.toFilters')}</a>
      {isFiltered(query) && <a href={PATHS[locale].events}>{l.t('events.filters.clear')}</a>}
    </p>
  );
}

function EventFilters({ ctx, query }: { readonly ctx: PageContext; readonly query: EventQuery }) {
  const { l, locale } = ctx;
  const libraries = [...ctx.libraries].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    <form id="event-filters" class="event-filters" method="get" action={PATHS[locale].events} aria-labelledby="event-filters-heading">
      <h2 id="event-filters-heading" class="event-filters__heading">{l.t('events.filters.heading')}</h2>
      <div class="event-filters__field">
        <label for="event-library">{l.t('events.filters.library')}</label>
        <select id="event-library" name="library">
          <option value="">{l.t('events.filters.allLibraries')}</option>
          {libraries.map((library) => <option value={library.id} selected={query.libraries[0] === library.id}>{library.name}</option>)}
        </select>
      </div>
      <fieldset class="event-filters__field event-filters__audiences">
        <legend>{l.t('events.filters.audience')}</legend>
        {AUDIENCE_CHOICES.map((audience) => (
          <label class="event-filters__check">
            <input type="checkbox" name="audience" value={audience} checked={query.audiences.includes(audience)} />
            {l.t(`events.audience.${audience}`)}
          </label>
        ))}
      </fieldset>
      <div class="event-filters__field">
        <label for="event-type">{l.t('events.filters.type')}</label>
        <select id="event-type" name="type">
          <option value="">{l.t('events.filters.allTypes')}</option>
          {EVENT_TYPES.map((type) => <option value={type} selected={query.types[0] === type}>{l.t(`events.type.${type}`)}</option>)}
        </select>
      </div>
      <div class="event-filters__dates">
        <div class="event-filters__field">
          <label for="event-from">{l.t('events.filters.from')}</label>
          <input id="event-from" type="date" name="from" value={query.from} />
        </div>
        <div class="event-filters__field">
          <label for="event-to">{l.t('events.filters.to')}</label>
          <input id="event-to" type="date" name="to" value={query.to} />
        </div>
      </div>
      <div class="event-filters__actions">
        <button class="button" type="submit">{l.t('events.filters.submit')}</button>
        {isFiltered(query) && <a href={PATHS[locale].events}>{l.t('events.filters.clear')}</a>}
      </div>
    </form>
  );
}
