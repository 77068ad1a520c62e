// Test fixtures for the events, news and feed tests: a fixed Wednesday, a handful of events that exercise each case
// (series with a cancelled date, monthly, every other week, cancelled, an exhibition over days, a county event,
// a draft, text that needs escaping) and news from the county and two libraries. Used by tests only.
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { BranchProfile, ContentItem, EventItem, NewsItem } from '../../../core/content.ts';
import { contentMeta, fakeContent } from '../../../../test/fakes/fake-content.ts';
import { buildFakeWebApp } from '../../../../test/fakes/fake-web-app.ts';

export const FIXED_NOW = new Date('2026-12-02T10:00:00+01:00');
export const clock = () => FIXED_NOW;

type EventFields = Partial<EventItem> & Pick<EventItem, 'startsAt' | 'endsAt'>;

export function fixtureEvent(id: string, library: string | null, fields: EventFields): EventItem {
  return {
    ...contentMeta('event', id, library), demo: true,
    title: { sv: `Evenemang ${id}`, en: `Event ${id}` }, summary: { sv: 'Kort om det.', en: 'In short.' }, body: { sv: 'Mer om det.' },
    recurrence: null, branch: null, place: null, audiences: ['adults'], type: 'other',
    registrationUrl: null, capacity: null, cancelled: false, image: null, ...fields,
  };
}

export const EVENTS: readonly EventItem[] = [
  fixtureEvent('e-story', 'ostersund', {
    branch: 'ostersund-stadsbiblioteket', place: { sv: 'Sagorummet', en: 'The story room' }, startsAt: '2026-12-02T13:00', endsAt: '2026-12-02T13:30',
    recurrence: { frequency: 'weekly', interval: 1, until: null, count: 6, except: ['2026-12-16'] }, audiences: ['children'], type: 'storytime',
    title: { sv: 'Sagostund', en: 'Storytime' },
  }),
  fixtureEvent('e-talk', 'krokom', {
    branch: 'krokom-krokom', startsAt: '2026-12-10T18:00', endsAt: '2026-12-10T19:30', type: 'author-talk',
    registrationUrl: 'https://example.org/anmalan', capacity: 40, title: { sv: 'Författarsamtal, "citat" & <b>fet</b>' },
    body: { sv: '# Om kvällen\n\nLäs [mer](/sok?q=fjäll).' },
  }),
  fixtureEvent('e-cancelled', 'are', {
    branch: 'are-jarpen', startsAt: '2026-12-05T11:00', endsAt: '2026-12-05T12:00', audiences: ['youth'], type: 'film', cancelled: true,
    title: { sv: 'Filmkväll', en: 'Film night' },
  }),
  fixtureEvent('e-exhibition', 'stromsund', {
    branch: 'stromsund-hammerdal', startsAt: '2026-11-28T10:00', endsAt: '2026-12-12T16:00', audiences: ['all'], type: 'exhibition',
    title: { sv: 'Utställning', en: 'Exhibition' },
  }),
  fixtureEvent('e-monthly', 'harjedalen', {
    branch: 'harjedalen-sveg', startsAt: '2026-12-08T18:00', endsAt: '2026-12-08T19:30', type: 'reading-group',
    recurrence: { frequency: 'monthly', interval: 1, until: '2027-05-31', count: null, except: [] }, title: { sv: 'Bokcirkel', en: 'Book circle' },
  }),
  fixtureEvent('e-biweekly', 'bracke', {
    branch: 'bracke-gallo', startsAt: '2026-12-03T13:00', endsAt: '2026-12-03T15:00', type: 'digital-help',
    recurrence: { frequency: 'weekly', interval: 2, until: null, count: null, except: [] },
    title: { sv: 'Digitalt café; hjälp, råd \\ stöd', en: 'Digital café; help, advice \\ support' },
    summary: { sv: 'Rad ett.\nRad två, med komma; och semikolon.' },
  }),
  fixtureEvent('e-county', null, {
    place: { sv: 'Folkets hus, Hammerdal' }, startsAt: '2026-12-20T14:00', endsAt: '2026-12-20T16:00', audiences: ['all'], type: 'music',
    title: { sv: 'Länskonsert', en: 'County concert' },
  }),
  { ...fixtureEvent('e-draft', 'krokom', { startsAt: '2026-12-04T10:00', endsAt: '2026-12-04T11:00', title: { sv: 'Utkast' } }), status: 'draft' },
];

/** 22 single events at Berg, one a day from 3 December: more than one page. */
export const BULK_EVENTS: readonly EventItem[] = Array.from({ length: 22 }, (_, i) => {
  const day = `2026-12-${String(3 + i).padStart(2, '0')}`;
  return fixtureEvent(`e-bulk-${i + 1}`, 'berg', { branch: 'berg-svenstavik', startsAt: `${day}T09:00`, endsAt: `${day}T10:00`, type: 'course', title: { sv: `Kurs ${i + 1}` } });
});

export function fixtureNews(id: string, library: string | null, publishAt: string, fields: Partial<NewsItem> = {}): NewsItem {
  return {
    ...contentMeta('news', id, library), publishAt, updatedAt: publishAt, demo: true,
    title: { sv: `Nyhet ${id}`, en: `News ${id}` }, summary: { sv: 'Sammanfattning.', en: 'Summary.' }, body: { sv: 'Brödtext.' }, image: null, ...fields,
  };
}

export const NEWS: readonly NewsItem[] = [
  fixtureNews('n-county', null, '2026-11-30T08:00:00.000Z', {
    title: { sv: 'Länsnyhet', en: 'County news' }, body: { sv: 'Sök i [katalogen](/sok?q=x). <script>alert(1)</script>', en: 'Search [the catalogue](/en/search?q=x).' },
  }),
  fixtureNews('n-krokom', 'krokom', '2026-11-25T08:00:00.000Z', { title: { sv: 'Krokom & "vänner" <3 ]]> slut' }, summary: { sv: 'Barn <3 böcker & mer.' } }),
  fixtureNews('n-are', 'are', '2026-11-20T08:00:00.000Z', {
    title: { sv: 'Ny läshörna', en: 'New reading corner' }, image: { id: 'img-1', alt: { sv: 'En bokhylla', en: 'A bookshelf' }, width: 800, height: 400 },
  }),
  fixtureNews('n-future', 'krokom', '2026-12-10T08:00:00.000Z', { title: { sv: 'Schemalagd' } }),
];

/** 25 news items from Östersund, a day apart back from 1 November. */
export const BULK_NEWS: readonly NewsItem[] = Array.from({ length: 25 }, (_, i) =>
  fixtureNews(`n-bulk-${i + 1}`, 'ostersund', new Date(Date.UTC(2026, 9, 31 - i, 8)).toISOString(), { title: { sv: `Östersundsnyhet ${i + 1}` } }));

/** A branch profile that knows its (made-up, test-only) address. */
export function fixtureBranchAddress(library: string, branch: string, street: string, postalCode: string, city: string): BranchProfile {
  return {
    library, branch, description: null, address: { street, postalCode, city }, geo: null, phone: null, email: null, accessibility: null,
    services: [], openingHours: null, selfServiceInfo: null, busStops: [], updatedAt: '2026-11-01T09:00:00.000Z', updatedBy: null, version: 1,
  };
}

export async function buildEventsNewsApp(items: readonly ContentItem[] = [...EVENTS, ...NEWS], branchProfiles: readonly BranchProfile[] = []): Promise<FastifyInstance> {
  const { catalogue } = await buildFakeWebApp();
  const content = fakeContent({ libraries: catalogue.libraries(), items, clock, branchProfiles });
  const { app } = await buildFakeWebApp({ clock, content });
  return app;
}

/** The page at `url`, which must answer 200. */
export async function okPage(app: FastifyInstance, url: string): Promise<string> {
  const response = await app.inject(url);
  assert.equal(response.statusCode, 200, `${url} → ${response.statusCode}`);
  return response.body;
}

/** assert.match without the whole page in the failure message. */
export function has(html: string, pattern: RegExp, yes = true): void {
  assert.equal(pattern.test(html), yes, `${yes ? 'expected' : 'did not expect'} ${pattern}`);
}
