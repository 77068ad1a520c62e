// One event (/evenemang/{id}, /en/events/{id}): when it next happens and how it repeats, where, for whom, how to
// sign up, its text, the coming dates (cancelled ones said so), an "add to calendar" file and schema.org JSON-LD.
import type { EventItem, EventOccurrence, PostalAddress } from '../../../core/content.ts';
import { Markdown } from '../../markdown.tsx';
import { shownText } from '../news/localized-text.ts';
import { Layout } from '../layout.tsx';
import { libraryName, type PageContext } from '../page-context.ts';
import { libraryHref, PATHS } from '../urls.ts';
import { Fact } from '../work-editions.tsx';
import { eventJsonLd } from './event-json-ld.ts';
import { AudienceBadges, CancelledMark, DemoMark, JsonLd, PlaceText, placeName } from './event-parts.tsx';
import { dayHeading, localDate, recurrenceText, timeSpan } from './event-time.ts';

export interface EventPageProps {
  readonly ctx: PageContext;
  readonly event: EventItem;
  /** The next occurrences (not yet ended). */
  readonly upcoming: readonly EventOccurrence[];
  /** The first occurrence, shown when every occurrence is past. */
  readonly first: EventOccurrence;
  readonly today: string;
  readonly origin: string;
  readonly address: PostalAddress | null;
}

const SAFE_URL = /^https?:\/\//i;

export function EventPage({ ctx, event, upcoming, first, today, origin, address }: EventPageProps) {
  const { l, locale } = ctx;
  const title = shownText(event.title, locale);
  const summary = shownText(event.summary, locale);
  const body = shownText(event.body, locale);
  const lead = upcoming[0] ?? first;
  const recurs = recurrenceText(event, l);
  const icsHref = `${PATHS[locale].event}${encodeURIComponent(event.id)}.ics`;
  const year = today.slice(0, 4);
  const organizer = event.library === null
    ? { type: 'Organization' as const, name: ctx.consortiumName, href: PATHS[locale].home }
    : { type: 'Library' as const, name: libraryName(ctx, event.library), href: libraryHref(locale, event.library) };
  const jsonLd = eventJsonLd({ event, occurrence: lead, locale, origin, organizer, placeName: placeName(ctx, event), address });
  const head = [<link rel="alternate" type="text/calendar" href={icsHref} title={l.t('event.addToCalendar')} />, <JsonLd data={jsonLd} />];
  return (
    <Layout ctx={ctx} title={title.text} section="events" head={head}>
      <div class="wrap event-page">
        <p class="ev-back"><a href={PATHS[locale].events}>{l.t('event.allEvents')}</a></p>
        <div class="event-page__layout">
          <header class="event-page__header">
            <p class="event-page__tags">
              <span class="badge event-type">{l.t(`events.type.${event.type}`)}</span>
              <AudienceBadges ctx={ctx} event={event} />
              {event.demo && <DemoMark ctx={ctx} />}
            </p>
            <h1 class="event-page__title" lang={title.lang}>{title.text}</h1>
            {event.cancelled && <p class="event-page__cancelled"><CancelledMark ctx={ctx} /> {l.t('event.cancelledText')}</p>}
            <p class="event-page__summary" lang={summary.lang}>{summary.text}</p>
            {event.demo && <p class="event-page__demo">{l.t('event.demoText')}</p>}
          </header>
          <div class="event-page__facts">
            <dl class="facts">
              <Fact label={l.t('event.when')} show>
                {localDate(lead.start) === localDate(lead.end)
                  ? <><time datetime={lead.start}>{dayHeading(localDate(lead.start), locale, year)}</time>, {timeSpan(lead, locale)}</>
                  : <time datetime={lead.start}>{timeSpan(lead, locale)}</time>}
                {upcoming.length === 0 && <span class="event-page__past"> {l.t('event.past')}</span>}
              </Fact>
              <Fact label={l.t('event.repeats')} show={recurs !== null}>{recurs}</Fact>
              <Fact label={l.t('event.where')} show><PlaceText ctx={ctx} event={event} /></Fact>
              <Fact label={l.t('event.address')} show={address !== null}>{address && `${address.street}, ${address.postalCode} ${address.city}`}</Fact>
              <Fact label={l.t('event.registration')} show={!event.cancelled}>
                <Registration ctx={ctx} event={event} />
              </Fact>
              <Fact label={l.t('event.price')} show>{l.t('event.free')}</Fact>
            </dl>
            <p><a class="button button--secondary" href={icsHref}>{l.t('event.addToCalendar')}</a></p>
          </div>
          <div class="event-page__main">
            <Markdown text={body.text} lang={body.lang} />
            <Occurrences ctx={ctx} event={event} upcoming={upcoming} year={year} />
          </div>
        </div>
      </div>
    </Layout>
  );
}

function Registration({ ctx, event }: { readonly ctx: PageContext; readonly event: EventItem }) {
  const { l } = ctx;
  const url = event.registrationUrl !== null && SAFE_URL.test(event.registrationUrl) ? event.registrationUrl : null;
  if (url === null && event.capacity === null) return <>{l.t('event.justCome')}</>;
  return (
    <>
      {url && <a href={url} rel="noopener">{l.t('event.signUp')}</a>}
      {url && event.capacity !== null && <br />}
      {event.capacity !== null && l.t('event.capacity', { count: event.capacity })}
    </>
  );
}

/** The coming dates of a series, with its cancelled dates among them, so nobody comes in vain. */
function Occurrences({ ctx, event, upcoming, year }: { readonly ctx: PageContext; readonly event: EventItem; readonly upcoming: readonly EventOccurrence[]; readonly year: string }) {
  const { l, locale } = ctx;
  if (event.recurrence === null || upcoming.length === 0) return null;
  const firstShown = localDate(upcoming[0]!.start);
  const lastShown = localDate(upcoming[upcoming.length - 1]!.start);
  const cancelled = event.recurrence.except.filter((date) => date >= firstShown && date <= lastShown);
  const rows = [
    ...upcoming.map((o) => ({ date: localDate(o.start), occurrence: o as EventOccurrence | null })),
    ...cancelled.map((date) => ({ date, occurrence: null })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section class="event-occurrences" aria-labelledby="occurrences-heading">
      <h2 id="occurrences-heading">{l.t('event.nextDates')}</h2>
      <ul class="event-occurrences__list">
        {rows.map(({ date, occurrence }) => (
          <li class={occurrence === null || event.cancelled ? 'event-occurrences__item event-occurrences__item--cancelled' : 'event-occurrences__item'}>
            <time datetime={occurrence?.start ?? date}>{dayHeading(date, locale, year)}</time>
            {occurrence ? <>, {timeSpan(occurrence, locale)}</> : <> <CancelledMark ctx={ctx} /></>}
          </li>
        ))}
      </ul>
    </section>
  );
}
