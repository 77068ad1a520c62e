// The county pages in both languages: the law-required ones at their translated addresses, the South Sámi page with
// its text marked lang="sma" and its heading in the page language, any other published county page at /{slug}, and
// 404 for anything else — without ever shadowing the site's own addresses.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { PageItem } from '../../../core/content.ts';
import { demoPages } from '../../../config/demo-content/demo-pages.ts';
import { FAKE_LIBRARIES } from '../../../../test/fakes/fake-catalogue.records.ts';
import { fakeContent } from '../../../../test/fakes/fake-content.ts';
import { buildFakeWebApp } from '../../../../test/fakes/fake-web-app.ts';
import { countyPage, okPage } from './info.fixtures.ts';

const clock = () => new Date('2026-12-02T10:00:00+01:00');
const seeded: PageItem[] = demoPages().map((seed) => ({
  ...seed, kind: 'page', createdAt: '2026-11-29T12:00:00.000Z', updatedAt: '2026-11-29T12:00:00.000Z', updatedBy: null, version: 1,
}));
const ITEMS = [
  ...seeded.filter((p) => p.slug !== 'integritet'),
  countyPage('p-hitta', 'hitta-hit', { title: { sv: 'Hitta hit' }, body: { sv: 'Så **hittar** du hit.' } }),
  { ...countyPage('p-utkast', 'utkast'), status: 'draft' as const },
  countyPage('p-krokom', 'oppettider', { library: 'krokom' }),
  countyPage('p-privacy', 'privacy', { title: { sv: 'Privacy – en sida om ordet' } }),
];

let app: FastifyInstance;
before(async () => ({ app } = await buildFakeWebApp({ clock, content: fakeContent({ libraries: FAKE_LIBRARIES, items: ITEMS, clock }) })));
after(() => app.close());

const page = (url: string) => okPage(app, url);

const h1 = (html: string) => /<h1[^>]*>.*?<\/h1>/.exec(html)?.[0];

describe('county pages', () => {
  test('/om and /en/about: the stored page in each language, Markdown rendered, headings below the page title', async () => {
    const sv = await page('/om');
    assert.equal(h1(sv), '<h1>Om samarbetet</h1>');
    assert.match(sv, /<h2>Kostnaderna delas efter folkmängd<\/h2>/);
    assert.match(sv, /<td>Östersund<\/td>\n<td>64\u00a0979<\/td>\n<td>48,9\u00a0%<\/td>/);
    assert.match(sv, /<link rel="alternate" hreflang="en" href="\/en\/about"\/>/);
    const en = await page('/en/about');
    assert.match(en, /<html lang="en">/);
    assert.equal(h1(en), '<h1>About the cooperation</h1>');
    assert.match(en, /<div class="prose"><p>The Libraries of Jämtland County/);
    assert.match(en, /<a href="\/en\/e-services">See all e-services<\/a>/);
  });

  test('the South Sámi page: its text in lang="sma" on both addresses, heading and menu in the page language', async () => {
    for (const [url, lang, heading, summary] of [
      ['/aarjelsaemien', 'sv', 'Sydsamiska', 'Samma sak på svenska'],
      ['/en/south-sami', 'en', 'South Sámi', 'The same in English'],
    ] as const) {
      const html = await page(url);
      assert.match(html, new RegExp(`<html lang="${lang}">`));
      assert.equal(h1(html), `<h1>${heading}</h1>`, 'the heading has no lang of its own: it is in the page language');
      assert.match(html, /<div class="prose" lang="sma"><h2>Buerie båeteme!<\/h2>/);
      assert.match(html, new RegExp(`<h2 id="summary-heading">${summary}</h2>`));
      assert.match(html, /<span lang="sma">Jiemthen leene<\/span>/);
      assert.match(html, /Östersund, Krokom, Åre, Strömsund, Härjedalen (och|and) Berg/);
      assert.match(html, /2009:724/);
    }
  });

  test('an English page without English text shows the Swedish, marked lang="sv"', async () => {
    const html = await page('/en/hitta-hit');
    assert.equal(h1(html), '<h1 lang="sv">Hitta hit</h1>');
    assert.match(html, /<div class="prose" lang="sv"><p>Så <strong>hittar<\/strong> du hit\.<\/p>/);
  });

  test('any other published county page lives at /{slug} and /en/{slug}', async () => {
    assert.match(await page('/hitta-hit'), /<h1>Hitta hit<\/h1>/);
    assert.match(await page('/hitta-hit'), /<link rel="alternate" hreflang="en" href="\/en\/hitta-hit"\/>/);
  });

  test('a law-required page nobody has written yet still answers, saying it has no text', async () => {
    const html = await page('/integritet');
    assert.equal(h1(html), '<h1>Integritet och kakor</h1>');
    assert.match(html, /Den här sidan har ingen text ännu\./);
    assert.equal(h1(await page('/en/privacy')), '<h1>Privacy and cookies</h1>');
  });

  test('unknown, draft, malformed and library-owned slugs are 404 pages', async () => {
    for (const url of ['/finns-inte', '/en/finns-inte', '/utkast', '/oppettider', '/Hitta-Hit', '/hitta_hit', '/favicon.ico', '/-x', `/${'a'.repeat(61)}`]) {
      const response = await app.inject(url);
      assert.equal(response.statusCode, 404, url);
      assert.match(response.headers['content-type'] as string, /text\/html/, url);
    }
  });

  test('a system page’s slug in the other language leads to the right address', async () => {
    for (const [from, to] of [['/en/om', '/en/about'], ['/about', '/om'], ['/en/tillganglighet', '/en/accessibility'], ['/south-sami', '/aarjelsaemien']]) {
      const response = await app.inject(from);
      assert.equal(response.statusCode, 301, from);
      assert.equal(response.headers.location, to);
    }
    assert.match(await page('/privacy'), /<h1>Privacy – en sida om ordet<\/h1>/, 'a Swedish page that happens to be named like an English system page');
    assert.match(await page('/en/privacy'), /<h1>Privacy and cookies<\/h1>/);
  });

  test('the site’s own addresses are never taken by a county page', async () => {
    assert.match(await page('/sok'), /<h1[^>]*>Alla titlar<\/h1>/);
    assert.match(await page('/e-tjanster'), /<h1>E-tjänster<\/h1>/);
    assert.match(await page('/stilguide'), /<h1>Grafisk profil<\/h1>/);
  });
});
