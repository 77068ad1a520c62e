// Short lists of events and news, as the start page and a library's page show them: a date block, the title as a
// link, when and where in one line; cancelled events stay listed and say so; made-up demo items are labelled.
import type { EventOccurrence, NewsItem } from '../../../core/content.ts';
import { stockholmWallTime } from '../../../core/opening-hours/stockholm-time.ts';
import type { LibraryView } from '../../../services/content/content-reader.ts';
import type { Locale, Localizer } from '../../i18n/i18n.ts';
import { PATHS } from '../urls.ts';
import { inLocale, INTL, LocalizedSpan } from './library-text.tsx';

const FORMATS = Object.fromEntries((['sv', 'en'] as const).map((locale) => [locale, {
  day: new Intl.DateTimeFormat(INTL[locale], { day: 'numeric', timeZone: 'Europe/Stockholm' }),
  month: new Intl.DateTimeFormat(INTL[locale], { month: 'short', timeZone: 'Europe/Stockholm' }),
  weekdayTime: new Intl.DateTimeFormat(INTL[locale], { weekday: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' }),
  time: new Intl.DateTimeFormat(INTL[locale], { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' }),
}])) as Record<Locale, Record<'day' | 'month' | 'weekdayTime' | 'time', Intl.DateTimeFormat>>;

function DateBlock({ locale, iso }: { readonly locale: Locale; readonly iso: string }) {
  const at = Date.parse(iso);
  return (
    <span class="lib-date" aria-hidden="true">
      <span class="lib-date__day">{FORMATS[locale].day.format(at)}</span>
      <span class="lib-date__month">{FORMATS[locale].month.format(at)}</span>
    </span>
  );
}

/** Where an event happens: its place, else its branch's name, with the library's name when it helps. */
function eventWhere(l: Localizer, occurrence: EventOccurrence, libraries: readonly LibraryView[]) {
  const { event } = occurrence;
  const library = libraries.find((v) => v.library.id === event.library);
  const branch = library?.branches.find((b) => b.branch.id === event.branch);
  if (event.place) return <LocalizedSpan text={event.place} locale={l.locale} />;
  if (branch) return <>{branch.branch.name === library!.library.name ? branch.branch.name : `${branch.branch.name}, ${library!.library.name}`}</>;
  return library ? <>{library.library.name}</> : null;
}

/** Occurrences still to come or going on at `now`: one that ended earlier today is no longer "this week". */
export function notEnded(occurrences: readonly EventOccurrence[], now: Date): EventOccurrence[] {
  return occurrences.filter((o) => Date.parse(o.end) > now.getTime());
}

export function EventList({ l, occurrences, libraries }: { readonly l: Localizer; readonly occurrences: readonly EventOccurrence[]; readonly libraries: readonly LibraryView[] }) {
  const formats = FORMATS[l.locale];
  return (
    <ul class="lib-items">
      {occurrences.map((occurrence) => {
        const { event } = occurrence;
        const title = inLocale(event.title, l.locale);
        const where = eventWhere(l, occurrence, libraries);
        return (
          <li class={`lib-item${event.cancelled ? ' lib-item--cancelled' : ''}`}>
            <DateBlock locale={l.locale} iso={occurrence.start} />
            <div class="lib-item__body">
              <a class="lib-item__title" href={PATHS[l.locale].event + encodeURIComponent(event.id)} lang={title.lang}>{title.text}</a>
              <p class="lib-item__meta">
                <time datetime={occurrence.start}>{`${formats.weekdayTime.format(Date.parse(occurrence.start))}–${formats.time.format(Date.parse(occurrence.end))}`}</time>
                {where && <> · {where}</>}
                {event.cancelled && <> <strong class="lib-tag lib-tag--cancelled">{l.t('libraries.content.cancelled')}</strong></>}
                {event.demo && <> <span class="lib-tag lib-tag--demo">{l.t('libraries.content.demo')}</span></>}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

export function NewsList({ l, items }: { readonly l: Localizer; readonly items: readonly NewsItem[] }) {
  return (
    <ul class="lib-items lib-items--news">
      {items.map((item) => {
        const title = inLocale(item.title, l.locale);
        const published = item.publishAt ?? item.createdAt;
        return (
          <li class="lib-item lib-item--news">
            <div class="lib-item__body">
              <a class="lib-item__title" href={PATHS[l.locale].newsItem + encodeURIComponent(item.id)} lang={title.lang}>{title.text}</a>
              <p class="lib-item__meta">
                <time datetime={published}>{l.date(stockholmWallTime(new Date(published)).date)}</time>
                {item.demo && <> <span class="lib-tag lib-tag--demo">{l.t('libraries.content.demo')}</span></>}
              </p>
              <p class="lib-item__summary"><LocalizedSpan text={item.summary} locale={l.locale} /></p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
