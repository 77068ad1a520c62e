// The news list and a news item in both languages: newest first, per library with the county's news, paging, feed
// links, images with their alt text, safe Markdown, NewsArticle JSON-LD; 400 for nonsense, 404 for unknown ids.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildEventsNewsApp, BULK_NEWS, has, NEWS, okPage } from '../events/events-news.fixtures.ts';

let app: FastifyInstance;
before(async () => { app = await buildEventsNewsApp([...NEWS, ...BULK_NEWS]); });
after(() => app.close());

const page = (url: string) => okPage(app, url);

const titles = (html: string) => [...html.matchAll(/<h2 class="news-card__title"><a href="[^"]+"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);

describe('news list', () => {
  test('newest first, from the county and the libraries; scheduled news not yet; feeds linked in head and page', async () => {
    const html = await page('/nyheter');
    has(html, /<h1>Nyheter<\/h1>/);
    has(html, /<a class="main-nav__link" href="\/nyheter" aria-current="page">/);
    assert.deepEqual(titles(html).slice(0, 3), ['Länsnyhet', 'Krokom &amp; &quot;vänner&quot; &lt;3 ]]> slut', 'Ny läshörna']);
    has(html, /Schemalagd/, false);
    has(html, /<time datetime="2026-11-30T08:00:00.000Z">30 november 2026<\/time><span>Biblioteken i länet<\/span><span class="demo-mark">Demo<\/span>/);
    has(html, /<link rel="alternate" type="application\/atom\+xml" href="\/nyheter.atom" title="Alla nyheter \(Atom\)"\/>/);
    has(html, /<link rel="alternate" type="application\/rss\+xml" href="\/nyheter.rss" title="Alla nyheter \(RSS\)"\/>/);
    has(html, /<a class="feed-link" href="\/nyheter.atom">Alla nyheter \(Atom\)<\/a>/);
  });

  test('one library: its own news and the county\'s, with its own feeds', async () => {
    const html = await page('/nyheter?library=krokom');
    has(html, /<h1>Nyheter från Krokoms bibliotek<\/h1>/);
    assert.deepEqual(titles(html), ['Länsnyhet', 'Krokom &amp; &quot;vänner&quot; &lt;3 ]]> slut']);
    has(html, /<option value="krokom" selected>Krokoms bibliotek<\/option>/);
    has(html, /<link rel="alternate" type="application\/atom\+xml" href="\/bibliotek\/krokom\/nyheter.atom"/);
    has(html, /<a class="feed-link" href="\/bibliotek\/krokom\/nyheter.rss">/);
  });

  test('pages of 20, the library kept in the links', async () => {
    const first = await page('/nyheter?library=ostersund');
    assert.equal(titles(first).length, 20);
    has(first, /<a class="pager__step" href="\/nyheter\?library=ostersund&amp;page=2" rel="next">/);
    const second = await page('/nyheter?library=ostersund&page=2');
    assert.deepEqual(titles(second).slice(-2), ['Östersundsnyhet 24', 'Östersundsnyhet 25']);
    assert.equal(titles(second).length, 6);
  });

  test('English: English titles, Swedish fallback marked lang="sv", English addresses', async () => {
    const html = await page('/en/news');
    has(html, /<h1>News<\/h1>/);
    has(html, /<a href="\/en\/news\/n-county">County news<\/a>/);
    has(html, /<a href="\/en\/news\/n-krokom" lang="sv">Krokom/);
    has(html, /30 November 2026/);
    has(html, /href="\/en\/news.atom"/);
  });

  test('nonsense is a 400', async () => {
    for (const query of ['library=atlantis', 'library=%3Cb%3E', 'page=0', 'page=x', 'page=501']) {
      assert.equal((await app.inject(`/nyheter?${query}`)).statusCode, 400, query);
    }
    assert.equal((await app.inject('/nyheter?library=')).statusCode, 200, 'an empty choice means all');
  });
});

describe('news item', () => {
  test('title, date, library link, summary, safe Markdown with its links', async () => {
    const html = await page('/nyheter/n-county');
    has(html, /<h1 class="news-item__title">Länsnyhet<\/h1>/);
    has(html, /<a href="\/sok\?q=x">katalogen<\/a>/);
    has(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    has(html, /<script>alert/, false);
    has(html, /Den här nyheten är påhittad/);
    const krokom = await page('/nyheter/n-krokom');
    has(krokom, /<a href="\/bibliotek\/krokom">Krokoms bibliotek<\/a>/);
    has(krokom, /<p class="news-item__summary">Barn &lt;3 böcker &amp; mer.<\/p>/);
  });

  test('an image with its alt text and size; the English alt on the English page', async () => {
    has(await page('/nyheter/n-are'), /<img class="news-item__image" src="\/bilder\/img-1" alt="En bokhylla" width="800" height="400"\/>/);
    has(await page('/en/news/n-are'), /<img class="news-item__image" src="\/bilder\/img-1" alt="A bookshelf" width="800" height="400"\/>/);
  });

  test('NewsArticle JSON-LD', async () => {
    const html = await page('/en/news/n-are');
    const data = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    assert.equal(data['@type'], 'NewsArticle');
    assert.equal(data.headline, 'New reading corner');
    assert.equal(data.datePublished, '2026-11-20T08:00:00.000Z');
    assert.equal(data.image, 'http://localhost:80/bilder/img-1');
    assert.deepEqual(data.author, { '@type': 'Library', name: 'Åre bibliotek', url: 'http://localhost:80/en/libraries/are' });
  });

  test('English page of a Swedish-only item marks the fallback', async () => {
    const html = await page('/en/news/n-krokom');
    has(html, /<h1 class="news-item__title" lang="sv">Krokom &amp; &quot;vänner&quot; &lt;3 ]]> slut<\/h1>/);
    has(html, /<div class="prose" lang="sv">/);
  });

  test('unknown, scheduled and malformed ids are 404', async () => {
    for (const url of ['/nyheter/n-nope', '/nyheter/n-future', '/en/news/n-future', '/nyheter/%3Cx%3E']) {
      assert.equal((await app.inject(url)).statusCode, 404, url);
    }
  });
});
