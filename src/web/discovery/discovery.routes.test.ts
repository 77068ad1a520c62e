// sitemap.xml, robots.txt, opensearch.xml with its suggestions, and profile.css: valid documents with absolute
// addresses, only public content, and nothing a staff member types reaching the CSS unless it is a safe colour.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ContentItem, EventItem, NewsItem } from '../../core/content.ts';
import { DEFAULT_SITE_PROFILE } from '../../services/content/empty-content.ts';
import { FAKE_LIBRARIES } from '../../../test/fakes/fake-catalogue.records.ts';
import { fakeContent } from '../../../test/fakes/fake-content.ts';
import { buildFakeWebApp } from '../../../test/fakes/fake-web-app.ts';
import { countyPage, libraryProfile } from '../pages/info/info.fixtures.ts';

const clock = () => new Date('2026-12-02T10:00:00+01:00');
const meta = { status: 'published', publishAt: null, unpublishAt: null, createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-20T09:00:00.000Z', updatedBy: null, version: 1 } as const;
const text = { sv: 'Text' };
const event = (id: string, startsAt: string, recurrence: EventItem['recurrence'] = null): EventItem => ({
  ...meta, id, kind: 'event', library: 'krokom', title: text, summary: text, body: text, startsAt, endsAt: startsAt.replace('T10', 'T11'),
  recurrence, branch: null, place: null, audiences: ['all'], type: 'storytime', registrationUrl: null, capacity: null, cancelled: false, image: null,
});
const news = (id: string, status: 'published' | 'draft' = 'published'): NewsItem => ({
  ...meta, status, id, kind: 'news', library: null, title: text, summary: text, body: text, image: null,
});
const accent = (library: string, colour: string) => libraryProfile(library, { accent: colour });

const ITEMS: ContentItem[] = [
  countyPage('p-om', 'om'), countyPage('p-hitta', 'hitta-hit'), { ...countyPage('p-hemlig', 'hemlig'), status: 'draft' },
  countyPage('p-krokom', 'sagostund', { library: 'krokom' }),
  event('ev-weekly', '2026-12-03T10:00', { frequency: 'weekly', interval: 1, until: null, count: 30, except: [] }),
  event('ev-past', '2025-01-10T10:00'),
  news('n-1'), news('n-draft', 'draft'),
];

let app: FastifyInstance;
before(async () => ({ app } = await buildFakeWebApp({
  clock,
  content: fakeContent({
    libraries: FAKE_LIBRARIES, items: ITEMS, clock,
    site: { ...DEFAULT_SITE_PROFILE, primary: '#1F4E79', accent: '#fff;}body{display:none' },
    libraryProfiles: [accent('krokom', '#7a2e8c'), accent('berg', '#ffd24d'), accent('are', 'red;}*{x:url(evil)')],
  }),
})));
after(() => app.close());

async function get(url: string) {
  const response = await app.inject(url);
  assert.equal(response.statusCode, 200, `${url} → ${response.statusCode}`);
  return response;
}

const ORIGIN = 'http://localhost:80';

describe('sitemap.xml', () => {
  test('valid sitemaps.org XML; every page in both languages, each naming both versions with hreflang', async () => {
    const response = await get('/sitemap.xml');
    assert.match(response.headers['content-type'] as string, /^application\/xml/);
    assert.equal(XMLValidator.validate(response.body), true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' }).parse(response.body);
    assert.equal(doc.urlset['@_xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9');
    const urls = doc.urlset.url as { loc: string; lastmod?: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] }[];
    const locs = urls.map((u) => u.loc);
    for (const u of urls) {
      assert.ok(u.loc.startsWith(`${ORIGIN}/`), u.loc);
      assert.deepEqual(u['xhtml:link'].map((l) => l['@_hreflang']), ['sv', 'en']);
      assert.ok(u['xhtml:link'].some((l) => l['@_href'] === u.loc), `${u.loc} lists itself`);
    }
    const about = urls.find((u) => u.loc === `${ORIGIN}/om`)!;
    assert.deepEqual(about['xhtml:link'].map((l) => l['@_href']), [`${ORIGIN}/om`, `${ORIGIN}/en/about`]);
    assert.equal(about.lastmod, '2026-11-01T09:00:00.000Z', 'the stored page’s last change');
    for (const path of ['/', '/en/', '/sok', '/bibliotek', '/bibliotek/krokom', '/en/libraries/krokom-follinge', '/evenemang', '/nyheter', '/e-tjanster',
      '/en/e-services', '/tillganglighet', '/en/south-sami', '/integritet', '/hitta-hit', '/en/hitta-hit', '/bibliotek/krokom/sagostund',
      '/en/libraries/krokom/sagostund', '/evenemang/ev-weekly', '/en/events/ev-weekly', '/nyheter/n-1', '/en/news/n-1']) {
      assert.ok(locs.includes(ORIGIN + path), `${path} is listed`);
    }
    assert.equal(locs.filter((l) => l === `${ORIGIN}/evenemang/ev-weekly`).length, 1, 'a recurring event once');
    assert.equal(new Set(locs).size, locs.length, 'no address twice');
  });

  test('only public content: no drafts, no past events, no staff area, no style guide or status page', async () => {
    const body = (await get('/sitemap.xml')).body;
    for (const hidden of ['hemlig', 'n-draft', 'ev-past', '/personal', '/en/staff', '/stilguide', '/kallor', '/api/']) {
      assert.ok(!body.includes(hidden), `${hidden} is not listed`);
    }
  });
});

describe('robots.txt', () => {
  test('points to the sitemap and keeps crawlers out of the staff area and the API (but not its description)', async () => {
    const response = await get('/robots.txt');
    assert.match(response.headers['content-type'] as string, /^text\/plain/);
    const lines = response.body.split('\n');
    for (const line of ['User-agent: *', 'Allow: /api/v1/openapi.json', 'Disallow: /api/', 'Disallow: /personal', 'Disallow: /en/staff', `Sitemap: ${ORIGIN}/sitemap.xml`]) {
      assert.ok(lines.includes(line), line);
    }
    assert.ok(!lines.some((l) => l.startsWith('Disallow: /sok')), 'search pages lead crawlers to the works');
  });
});

describe('opensearch.xml', () => {
  test('an OpenSearch 1.1 description: a short name of at most 16 characters, the search and suggestion templates', async () => {
    const response = await get('/opensearch.xml');
    assert.match(response.headers['content-type'] as string, /^application\/opensearchdescription\+xml/);
    assert.equal(XMLValidator.validate(response.body), true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(response.body).OpenSearchDescription;
    assert.equal(doc['@_xmlns'], 'http://a9.com/-/spec/opensearch/1.1/');
    assert.ok(doc.ShortName.length <= 16, doc.ShortName);
    assert.equal(doc.ShortName, 'Länets bibliotek');
    assert.equal(doc.LongName, 'Biblioteken i Jämtlands län');
    const templates = Object.fromEntries((doc.Url as Record<string, string>[]).map((u) => [u['@_type'], u['@_template']]));
    assert.equal(templates['text/html'], `${ORIGIN}/sok?q={searchTerms}`);
    assert.equal(templates['application/x-suggestions+json'], `${ORIGIN}/api/v1/opensearch-suggest?q={searchTerms}`);
  });

  test('suggestions in the OpenSearch shape: [query, [completions]]; too short a query suggests nothing', async () => {
    const response = await get('/api/v1/opensearch-suggest?q=Jan');
    assert.match(response.headers['content-type'] as string, /^application\/x-suggestions\+json/);
    const [query, completions] = JSON.parse(response.body) as [string, string[]];
    assert.equal(query, 'Jan');
    assert.deepEqual(completions, ['Jansson, Tove']);
    assert.deepEqual(JSON.parse((await get('/api/v1/opensearch-suggest?q=T')).body), ['T', []]);
    assert.equal((await app.inject(`/api/v1/opensearch-suggest?q=${'x'.repeat(501)}`)).statusCode, 400);
  });
});

describe('profile.css', () => {
  test('the profile’s valid colours as custom properties, each library’s accent as a class; short cache', async () => {
    const response = await get('/assets/profile.css');
    assert.match(response.headers['content-type'] as string, /^text\/css/);
    assert.equal(response.headers['cache-control'], 'public, max-age=300');
    assert.match(response.body, /:root\{--c-brand:#1f4e79;--c-brand-strong:#[0-9a-f]{6};--c-library-accent:var\(--c-brand\)\}/);
    assert.match(response.body, /\.accent-krokom\{--c-library-accent:#7a2e8c\}/);
  });

  test('nothing unsafe or unreadable reaches the CSS: an injection attempt, a name, a colour too light for white text', async () => {
    const css = (await get('/assets/profile.css')).body;
    assert.doesNotMatch(css, /--c-accent/, 'the invalid accent leaves the base one in place');
    assert.doesNotMatch(css, /display:none|url\(|evil|red/);
    assert.doesNotMatch(css, /accent-berg|accent-are/);
    assert.doesNotMatch(css.replace(/\/\*.*?\*\//g, ''), /[<>"'\\]/);
  });
});
