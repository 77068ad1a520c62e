// Content for the tests of the libraries pages and the start page: profiles (a branch with every detail, a library
// bus with a made-up timetable), news and events around the fixed clock of Wednesday 2 December 2026, 10:00 (ISO week
// 49, odd). Addresses, phones and e-mails are test data on example domains, never shown as real anywhere.
import type { BranchProfile, ContentItem, EventItem, LibraryProfile, NewsItem } from '../../src/core/content.ts';
import type { ContentReader } from '../../src/services/content/content-reader.ts';
import { contentMeta, fakeContent } from './fake-content.ts';
import { LIBRARIES_WITH_HOURS } from './fake-opening-hours.ts';

export const LIBRARY_CLOCK = () => new Date('2026-12-02T10:00:00+01:00');

const profileMeta = { updatedAt: '2026-11-01T09:00:00.000Z', updatedBy: null, version: 1 };

export const LIBRARY_PROFILES: readonly LibraryProfile[] = [{
  ...profileMeta, library: 'krokom', accent: null,
  description: { sv: 'Krokoms bibliotek har **två** bibliotek och en bokbuss.', en: 'Krokom library has **two** libraries and a book bus.' },
  website: 'https://bibliotek.example.se/krokom', phone: '0640-000 00', email: 'krokom@example.se',
}];

const branchProfile = (library: string, branch: string, fields: Partial<BranchProfile>): BranchProfile => ({
  ...profileMeta, library, branch, description: null, address: null, geo: null, phone: null, email: null, accessibility: null,
  services: [], openingHours: null, selfServiceInfo: null, busStops: [], ...fields,
});

export const BRANCH_PROFILES: readonly BranchProfile[] = [
  branchProfile('ostersund', 'ostersund-stadsbiblioteket', {
    description: { sv: 'Huvudbiblioteket.', en: 'The main library.' },
    address: { street: 'Exempelgatan 1', postalCode: '831 00', city: 'Östersund' },
    geo: { lat: 63.1792, lon: 14.6357 },
    phone: '063-00 00 00', email: 'stadsbiblioteket@example.se',
    accessibility: { sv: 'Entré utan trappsteg och hiss till alla våningar.' },
    services: ['wifi', 'hearing-loop', 'meroppet'],
    selfServiceInfo: { sv: 'Du går in med lånekort och PIN-kod från 15 år.', en: 'Let yourself in with your library card and PIN, from age 15.' },
  }),
  branchProfile('krokom', 'krokom-follinge', {
    description: { sv: 'Biblioteket med servicekontoret.' },
    address: { street: 'Bygatan 2', postalCode: '835 00', city: 'Föllinge' },
  }),
  branchProfile('krokom', 'krokom-bussen', {
    demo: true,
    accessibility: { sv: 'Bussen har rullstolslyft.', en: 'The bus has a wheelchair lift.' },
    busStops: [
      { name: 'Aspås', place: 'Skolan', weekday: 'wed', from: '09:30', to: '10:30', weeks: 'every' },
      { name: 'Nälden', place: null, weekday: 'wed', from: '13:00', to: '14:00', weeks: 'odd' },
      { name: 'Dvärsätt', place: null, weekday: 'thu', from: '10:00', to: '10:30', weeks: 'even' },
      { name: 'Kaxås', place: null, weekday: 'mon', from: '11:00', to: '12:00', weeks: 'every' },
    ],
  }),
];

const text = (sv: string, en?: string) => (en ? { sv, en } : { sv });

const news = (id: string, library: string | null, publishAt: string, title: string, fields: Partial<NewsItem> = {}): NewsItem => ({
  ...contentMeta('news', id, library), publishAt, title: text(title, `${title} (en)`), summary: text(`Om ${title}`, `About ${title}`),
  body: text('Text.'), image: null, ...fields,
});

const event = (id: string, library: string, startsAt: string, endsAt: string, title: string, fields: Partial<EventItem> = {}): EventItem => ({
  ...contentMeta('event', id, library), title: text(title, `${title} (en)`), summary: text('Kom!'), body: text('Text.'), startsAt, endsAt,
  recurrence: null, branch: null, place: null, audiences: ['all'], type: 'other', registrationUrl: null, capacity: null, cancelled: false,
  image: null, ...fields,
});

export const LIBRARY_ITEMS: readonly ContentItem[] = [
  news('n-county', null, '2026-11-30T08:00:00.000Z', 'Nytt lånekort i hela länet'),
  news('n-krokom', 'krokom', '2026-11-28T08:00:00.000Z', 'Föllinge har fått nya datorer', { demo: true }),
  news('n-ostersund', 'ostersund', '2026-11-29T08:00:00.000Z', 'Stadsbiblioteket bygger om'),
  news('n-old', 'krokom', '2026-10-01T08:00:00.000Z', 'Höstlov i Krokom'),
  event('e-story', 'krokom', '2026-12-03T18:00', '2026-12-03T19:00', 'Sagostund i Föllinge', { branch: 'krokom-follinge', demo: true }),
  event('e-cancelled', 'krokom', '2026-12-04T17:00', '2026-12-04T18:00', 'Bokcirkel', { branch: 'krokom-krokom', cancelled: true }),
  event('e-weekly', 'krokom', '2026-11-04T14:00', '2026-11-04T15:00', 'Digital hjälp', {
    branch: 'krokom-krokom', recurrence: { frequency: 'weekly', interval: 1, until: null, count: null, except: [] },
  }),
  event('e-author', 'ostersund', '2026-12-05T13:00', '2026-12-05T14:00', 'Författarbesök', { place: text('Hörsalen', 'The lecture hall'), branch: 'ostersund-stadsbiblioteket' }),
  event('e-far', 'krokom', '2027-01-20T18:00', '2027-01-20T19:00', 'Långt fram'),
  {
    ...contentMeta('page', 'p-krokom-om', 'krokom'), slug: 'om-oss', title: text('Om Krokoms bibliotek', 'About Krokom library'),
    body: { sv: 'Vi har **tre** utlåningsställen.', en: 'We have **three** service points.' }, language: null,
  },
  { ...contentMeta('page', 'p-krokom-draft', 'krokom'), status: 'draft', slug: 'utkast', title: text('Utkast', 'Draft'), body: { sv: 'Hemligt' }, language: null },
];

export function libraryContent(): ContentReader {
  return fakeContent({
    libraries: LIBRARIES_WITH_HOURS, items: LIBRARY_ITEMS, libraryProfiles: LIBRARY_PROFILES, branchProfiles: BRANCH_PROFILES, clock: LIBRARY_CLOCK,
  });
}
