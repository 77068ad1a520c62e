// A branch's or library bus's page (/bibliotek/{branch}): its state now, opening hours for this week and next with
// holidays and exceptions of the coming month, how to get there and get in touch, accessibility, services,
// self-service access — or, for a bus, its timetable — and what happens there soon.
import type { BranchProfile, EventOccurrence } from '../../../core/content.ts';
import { stockholmWallTime } from '../../../core/opening-hours/stockholm-time.ts';
import type { BranchView, LibraryView } from '../../../services/content/content-reader.ts';
import { Layout } from '../layout.tsx';
import type { PageContext } from '../page-context.ts';
import { libraryHref } from '../urls.ts';
import { OpeningWeeks, UpcomingChanges } from './branch-hours.tsx';
import { BranchStatus } from './branch-status.tsx';
import { BusTimetable } from './bus-timetable.tsx';
import { EventList } from './content-lists.tsx';
import { branchJsonLd, JsonLd } from './library-json-ld.tsx';
import { Breadcrumbs, ContactList } from './library.page.tsx';
import { LocalizedMarkdown, LocalizedSpan } from './library-text.tsx';

export interface BranchPageProps {
  readonly ctx: PageContext;
  readonly library: LibraryView;
  readonly view: BranchView;
  readonly libraries: readonly LibraryView[];
  readonly events: readonly EventOccurrence[];
  readonly now: Date;
  readonly origin: string;
}

export function BranchPage({ ctx, library, view, libraries, events, now, origin }: BranchPageProps) {
  const { l, locale } = ctx;
  const { branch, profile } = view;
  const today = stockholmWallTime(now).date;
  const isBus = branch.kind === 'bus';
  const hours = branch.openingHours;
  const url = origin + libraryHref(locale, branch.id);
  const libraryUrl = origin + libraryHref(locale, library.library.id);
  const head = <JsonLd data={branchJsonLd({ view, library, url, libraryUrl, today })} />;
  return (
    <Layout ctx={ctx} title={`${branch.name} – ${library.library.name}`} section="libraries" head={head}>
      <div class={`wrap branch-page accent-${library.library.id}`}>
        <Breadcrumbs ctx={ctx} trail={[{ href: libraryHref(locale, library.library.id), name: library.library.name }]} />
        <h1>{branch.name}</h1>
        <p class="branch-page__of">
          {isBus && <span class="lib-tag lib-tag--bus">{l.t('libraries.bus.tag')}</span>}
          {branch.kind === 'pickup' && <span class="lib-tag">{l.t('libraries.pickup.tag')}</span>}{' '}
          {l.t('libraries.branch.partOf')} <a href={libraryHref(locale, library.library.id)}>{library.library.name}</a>
        </p>
        <p class="branch-page__now"><BranchStatus l={l} view={view} now={now} /></p>
        {profile?.demo && !isBus && <p class="lib-demo">{l.t('libraries.profileDemo')}</p>}
        {profile?.description && <div class="branch-page__description"><LocalizedMarkdown text={profile.description} locale={locale} /></div>}

        <div class="branch-page__layout">
          <div class="branch-page__main">
            {isBus && <BusTimetable l={l} stops={profile?.busStops ?? []} now={now} demo={profile?.demo ?? false} />}
            {hours && (
              <section class="lib-panel" aria-labelledby="hours-h">
                <h2 id="hours-h">{l.t('libraries.hours.heading')}</h2>
                {hours.demo && <p class="lib-demo">{l.t('opening.demo')}</p>}
                <OpeningWeeks l={l} hours={hours} today={today} />
                <h3>{l.t('libraries.hours.changesHeading')}</h3>
                <UpcomingChanges l={l} hours={hours} today={today} />
                {(hours.notes ?? []).map((note) => <p class="hours-note"><LocalizedSpan text={note} locale={locale} /></p>)}
              </section>
            )}
            {!hours && !isBus && <p>{l.t('libraries.hoursUnknownLong')}</p>}
            {profile?.selfServiceInfo && (
              <section class="lib-panel" aria-labelledby="self-service-h">
                <h2 id="self-service-h">{l.t('libraries.branch.selfService')}</h2>
                <LocalizedMarkdown text={profile.selfServiceInfo} locale={locale} />
              </section>
            )}
          </div>
          <aside class="branch-page__side" aria-label={l.t('libraries.branch.factsLabel')}>
            <VisitCard ctx={ctx} profile={profile} library={library} />
            <section class="lib-panel" aria-labelledby="access-h">
              <h2 id="access-h">{l.t('libraries.branch.accessibility')}</h2>
              {profile?.accessibility
                ? <LocalizedMarkdown text={profile.accessibility} locale={locale} />
                : <p>{l.t('libraries.branch.noAccessibility')}</p>}
            </section>
            {profile && profile.services.length > 0 && (
              <section class="lib-panel" aria-labelledby="services-h">
                <h2 id="services-h">{l.t('libraries.branch.services')}</h2>
                <ul class="lib-services">{profile.services.map((s) => <li>{l.t(`libraries.service.${s}`)}</li>)}</ul>
              </section>
            )}
          </aside>
        </div>

        {events.length > 0 && (
          <section aria-labelledby="events-h">
            <h2 id="events-h">{l.t('libraries.branch.events')}</h2>
            <EventList l={l} occurrences={events} libraries={libraries} />
          </section>
        )}
      </div>
    </Layout>
  );
}

/** OpenStreetMap: a pin where the coordinates are known, else a search for the address. */
export function mapHref(profile: Pick<BranchProfile, 'geo' | 'address'>): string | null {
  if (profile.geo) {
    const { lat, lon } = profile.geo;
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
  }
  if (profile.address) {
    const { street, postalCode, city } = profile.address;
    return `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${street}, ${postalCode} ${city}`)}`;
  }
  return null;
}

/** Address with a map link, telephone and e-mail: the branch's own, else its library's. */
function VisitCard({ ctx, profile, library }: { readonly ctx: PageContext; readonly profile: BranchProfile | null; readonly library: LibraryView }) {
  const { l } = ctx;
  const map = profile ? mapHref(profile) : null;
  const phone = profile?.phone ?? library.profile?.phone ?? null;
  const email = profile?.email ?? library.profile?.email ?? null;
  const known = profile?.address || map || phone || email || library.profile?.website;
  return (
    <section class="lib-panel" aria-labelledby="visit-h">
      <h2 id="visit-h">{l.t('libraries.branch.visit')}</h2>
      {profile?.address && (
        <p class="lib-address">
          {profile.address.street}<br />{`${profile.address.postalCode} ${profile.address.city}`}
        </p>
      )}
      {map && <p><a href={map} rel="noopener">{l.t(profile?.geo ? 'libraries.branch.mapPin' : 'libraries.branch.mapSearch')}</a></p>}
      <ContactList ctx={ctx} website={library.profile?.website ?? null} phone={phone} email={email} />
      {!known && <p>{l.t('libraries.branch.noContact')}</p>}
    </section>
  );
}
