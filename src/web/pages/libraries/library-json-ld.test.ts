// schema.org JSON-LD of branches and libraries: staffed weekly hours with the dates they hold, special hours for
// exceptions and holidays, the parent library, and nothing that is not known; `<` can never end the script element.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BranchProfile } from '../../../core/content.ts';
import type { OpeningHours } from '../../../core/opening-hours/opening-hours.types.ts';
import type { BranchView, LibraryView } from '../../../services/content/content-reader.ts';
import { branchJsonLd, jsonLdText, libraryJsonLd } from './library-json-ld.tsx';

const staffed = (from: string, to: string) => ({ from, to, service: 'staffed' as const });
const HOURS: OpeningHours = {
  schedules: [
    { days: { mon: [staffed('10:00', '19:00'), { from: '08:00', to: '21:00', service: 'self-service' }], tue: [staffed('10:00', '19:00')], sat: [staffed('11:00', '24:00')] } },
    { name: { sv: 'Sommar' }, from: '06-22', to: '08-16', days: { mon: [staffed('10:00', '15:00')] } },
    { from: '2026-12-28', to: '2027-01-03', days: {} },
    { from: '2025-01-01', to: '2025-02-01', days: { mon: [staffed('09:00', '10:00')] } },
  ],
  exceptions: [
    { date: '2026-12-23', hours: [staffed('10:00', '15:00')] },
    { date: '2026-11-01', hours: [] },
  ],
};

const profile: BranchProfile = {
  library: 'krokom', branch: 'krokom-follinge', description: null, address: { street: 'Bygatan 2', postalCode: '835 00', city: 'Föllinge' },
  geo: { lat: 63.67, lon: 14.6 }, phone: '0640-000 00', email: null, accessibility: null, services: [], openingHours: null,
  selfServiceInfo: null, busStops: [], updatedAt: '', updatedBy: null, version: 1,
};
const branch: BranchView = { library: 'krokom', branch: { id: 'krokom-follinge', name: 'Föllinge', openingHours: HOURS }, profile };
const library: LibraryView = {
  library: { id: 'krokom', name: 'Krokoms bibliotek', branches: [branch.branch] },
  profile: { library: 'krokom', description: null, website: 'https://bibliotek.example.se', phone: null, email: 'krokom@example.se', accent: null, updatedAt: '', updatedBy: null, version: 1 },
  branches: [branch],
};
// As it reaches the page: through JSON, where absent fields disappear.
const ld = JSON.parse(jsonLdText(branchJsonLd({ view: branch, library, url: 'https://x.se/bibliotek/krokom-follinge', libraryUrl: 'https://x.se/bibliotek/krokom', today: '2026-12-02' }))) as Record<string, unknown>;
const spec = (value: unknown) => value as Record<string, unknown>[];

test('a branch: a Library with its address, coordinates, contacts and parent library', () => {
  assert.equal(ld['@context'], 'https://schema.org');
  assert.equal(ld['@type'], 'Library');
  assert.equal(ld.name, 'Föllinge');
  assert.equal(ld.url, 'https://x.se/bibliotek/krokom-follinge');
  assert.deepEqual(ld.address, { '@type': 'PostalAddress', streetAddress: 'Bygatan 2', postalCode: '835 00', addressLocality: 'Föllinge', addressCountry: 'SE' });
  assert.deepEqual(ld.geo, { '@type': 'GeoCoordinates', latitude: 63.67, longitude: 14.6 });
  assert.equal(ld.telephone, '0640-000 00');
  assert.equal(ld.email, 'krokom@example.se', 'the library\'s e-mail when the branch has none');
  const parent = { '@type': 'Library', '@id': 'https://x.se/bibliotek/krokom', name: 'Krokoms bibliotek', url: 'https://x.se/bibliotek/krokom' };
  assert.deepEqual(ld.branchOf, parent);
  assert.deepEqual(ld.parentOrganization, parent);
});

test('weekly hours: staffed days grouped, dated and yearly schedules with their dates, past schedules left out', () => {
  assert.deepEqual(spec(ld.openingHoursSpecification), [
    { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday'], opens: '10:00', closes: '19:00' },
    { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Saturday'], opens: '11:00', closes: '23:59' },
    { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday'], opens: '10:00', closes: '15:00', validFrom: '2027-06-22', validThrough: '2027-08-16' },
    {
      '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2027-06-22', validThrough: '2027-08-16',
      dayOfWeek: ['Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => `https://schema.org/${d}`),
    },
    {
      '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2026-12-28', validThrough: '2027-01-03',
      dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => `https://schema.org/${d}`),
    },
  ]);
});

test('special hours: coming exceptions and the holidays that close the branch, past exceptions left out', () => {
  const special = spec(ld.specialOpeningHoursSpecification).map((s) => `${s.validFrom}..${s.validThrough} ${s.opens}-${s.closes}`);
  // Christmas Eve and Day fall on a Thursday and Friday, closed anyway; Boxing Day closes the Saturday hours.
  assert.deepEqual(special, ['2026-12-23..2026-12-23 10:00-15:00', '2026-12-26..2026-12-26 00:00-00:00']);
});

test('unknown facts are left out, never filled', () => {
  const bare: BranchView = { library: 'krokom', branch: { id: 'krokom-bussen', name: 'Bokbussen', kind: 'bus' }, profile: null };
  const json = JSON.parse(jsonLdText(branchJsonLd({ view: bare, library: { ...library, profile: null }, url: 'u', libraryUrl: 'l', today: '2026-12-02' })));
  assert.deepEqual(Object.keys(json).sort(), ['@context', '@id', '@type', 'branchOf', 'name', 'parentOrganization', 'url']);
});

test('a library: its website, contacts and branches', () => {
  const json = libraryJsonLd({ view: library, url: 'https://x.se/bibliotek/krokom', branchUrl: (id) => `https://x.se/bibliotek/${id}` });
  assert.equal(json.sameAs, 'https://bibliotek.example.se');
  assert.equal(json.email, 'krokom@example.se');
  assert.equal(json.telephone, undefined);
  assert.deepEqual(json.department, [{ '@type': 'Library', '@id': 'https://x.se/bibliotek/krokom-follinge', name: 'Föllinge', url: 'https://x.se/bibliotek/krokom-follinge' }]);
});

test('the script text escapes "<" so a name cannot close the element, and still parses to the same data', () => {
  const data = { name: '</script><script>alert(1)</script><!--' };
  const text = jsonLdText(data);
  assert.doesNotMatch(text, /</);
  assert.deepEqual(JSON.parse(text), data);
});
