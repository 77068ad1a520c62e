// The news feeds checked against their specifications: Atom 1.0 (RFC 4287) and RSS 2.0, parsed as XML — required
// elements, absolute links, rel="self", dates in RFC 3339 / RFC 822, text escaped right — for the county and per
// library (a library's feed holds its own news and the county's), in both languages.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildEventsNewsApp, NEWS } from '../pages/events/events-news.fixtures.ts';

let app: FastifyInstance;
before(async () => { app = await buildEventsNewsApp(NEWS); });
after(() => app.close());

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_name, path) =>
  ['feed.entry', 'feed.link', 'feed.author', 'feed.entry.link', 'feed.entry.author', 'rss.channel.item', 'rss.channel.atom:link'].includes(String(path)) });
/** URLs compared as URLs: the feed library writes http://localhost:80/ as http://localhost/. */
const sameUrl = (a: string, b: string) => new URL(a).href === new URL(b).href;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const decodeHtml = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const text = (node: unknown): string => (typeof node === 'object' && node !== null ? String((node as Record<string, unknown>)['#text'] ?? '') : String(node));

async function fetchXml(url: string, type: string): Promise<any> {
  const response = await app.inject(url);
  assert.equal(response.statusCode, 200, url);
  assert.equal(response.headers['content-type'], `${type}; charset=utf-8`);
  assert.equal(XMLValidator.validate(response.body), true, `${url} is well-formed XML`);
  return parser.parse(response.body);
}

function checkAtom(doc: any, self: string): any[] {
  const feed = doc.feed;
  assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
  assert.ok(text(feed.id), 'feed id');
  assert.ok(text(feed.title), 'feed title');
  assert.match(text(feed.updated), RFC3339);
  assert.ok(feed.author?.[0]?.name, 'a feed author (entries need one)');
  assert.ok(feed.link.some((l: any) => l['@rel'] === 'self' && sameUrl(l['@href'], self)), 'rel=self is the feed itself');
  for (const entry of feed.entry ?? []) {
    assert.match(text(entry.id), /^http:\/\/localhost(:80)?\//);
    assert.ok(text(entry.title), 'entry title');
    assert.match(text(entry.updated), RFC3339);
    assert.match(entry.link[0]['@href'], /^http:\/\/localhost(:80)?\//);
  }
  return feed.entry ?? [];
}

function checkRss(doc: any, self: string): any[] {
  assert.equal(doc.rss['@version'], '2.0');
  const channel = doc.rss.channel;
  assert.ok(text(channel.title) && text(channel.link) && 'description' in channel, 'channel title, link, description');
  assert.ok(channel['atom:link'].some((l: any) => l['@rel'] === 'self' && sameUrl(l['@href'], self)));
  for (const item of channel.item ?? []) {
    assert.match(text(item.guid), /^http:\/\/localhost(:80)?\//);
    assert.match(text(item.pubDate), RFC822);
    assert.ok(item.title && item.link, 'item title and link');
  }
  return channel.item ?? [];
}

describe('Atom', () => {
  test('the county feed: valid, newest first, published news only, titles HTML-escaped as declared', async () => {
    const entries = checkAtom(await fetchXml('/nyheter.atom', 'application/atom+xml'), 'http://localhost:80/nyheter.atom');
    assert.deepEqual(entries.map((e) => new URL(text(e.id)).pathname), ['/nyheter/n-county', '/nyheter/n-krokom', '/nyheter/n-are']);
    const krokom = entries[1];
    assert.equal(krokom.title['@type'], 'html');
    assert.equal(decodeHtml(text(krokom.title)), 'Krokom & "vänner" <3 ]]> slut', 'the reader sees the title as written');
    assert.equal(decodeHtml(text(krokom.summary)), 'Barn <3 böcker & mer.');
    assert.equal(krokom.author[0].name, 'Krokoms bibliotek');
    assert.equal(entries[0].author[0].name, 'Biblioteken i Jämtlands län');
    assert.match(text(entries[0].content), /<a href="http:\/\/localhost:80\/sok\?q=x">katalogen<\/a>/, 'links made absolute');
    assert.match(text(entries[0].content), /&lt;script&gt;/, 'raw HTML in Markdown stays text');
    assert.equal(text(entries[0].published), '2026-11-30T08:00:00.000Z');
  });

  test('a library\'s feed holds its own news and the county\'s, nobody else\'s', async () => {
    const entries = checkAtom(await fetchXml('/bibliotek/krokom/nyheter.atom', 'application/atom+xml'), 'http://localhost:80/bibliotek/krokom/nyheter.atom');
    assert.deepEqual(entries.map((e) => text(e.id).split('/').pop()), ['n-county', 'n-krokom']);
    const berg = checkAtom(await fetchXml('/bibliotek/berg/nyheter.atom', 'application/atom+xml'), 'http://localhost:80/bibliotek/berg/nyheter.atom');
    assert.deepEqual(berg.map((e) => text(e.id).split('/').pop()), ['n-county']);
  });

  test('English: English titles and addresses, Swedish where no English was written', async () => {
    const doc = await fetchXml('/en/news.atom', 'application/atom+xml');
    const entries = checkAtom(doc, 'http://localhost:80/en/news.atom');
    assert.equal(text(doc.feed.title), 'News – Biblioteken i Jämtlands län');
    assert.equal(new URL(text(entries[0].id)).pathname, '/en/news/n-county');
    assert.equal(decodeHtml(text(entries[0].title)), 'County news');
    checkAtom(await fetchXml('/en/libraries/krokom/news.atom', 'application/atom+xml'), 'http://localhost:80/en/libraries/krokom/news.atom');
  });

  test('an empty feed is still valid', async () => {
    const empty = await buildEventsNewsApp([]);
    const response = await empty.inject('/nyheter.atom');
    await empty.close();
    const doc = parser.parse(response.body);
    assert.deepEqual(checkAtom(doc, 'http://localhost:80/nyheter.atom'), []);
    assert.equal(text(doc.feed.updated), '2026-12-02T09:00:00.000Z');
  });
});

describe('RSS 2.0', () => {
  test('the county feed: channel, items with guid and RFC 822 dates, plain-text titles', async () => {
    const doc = await fetchXml('/nyheter.rss', 'application/rss+xml');
    const items = checkRss(doc, 'http://localhost:80/nyheter.rss');
    assert.equal(text(doc.rss.channel.language), 'sv');
    assert.equal(items.length, 3);
    assert.equal(text(items[0].pubDate), 'Mon, 30 Nov 2026 08:00:00 GMT');
    assert.equal(items[0].guid['@isPermaLink'], 'true');
    const title = items[1].title;
    assert.equal(Array.isArray(title) ? title.join('') : text(title), 'Krokom & "vänner" <3 ]]> slut');
    assert.equal(items[0].author, undefined, 'RSS author must be an e-mail address; we have none');
  });

  test('per library, in both languages', async () => {
    const items = checkRss(await fetchXml('/bibliotek/are/nyheter.rss', 'application/rss+xml'), 'http://localhost:80/bibliotek/are/nyheter.rss');
    assert.deepEqual(items.map((i) => text(i.link).split('/').pop()), ['n-county', 'n-are']);
    const english = checkRss(await fetchXml('/en/libraries/are/news.rss', 'application/rss+xml'), 'http://localhost:80/en/libraries/are/news.rss');
    assert.equal(new URL(text(english[1].link)).pathname, '/en/news/n-are');
  });

  test('an unknown library has no feed', async () => {
    for (const url of ['/bibliotek/atlantis/nyheter.rss', '/bibliotek/atlantis/nyheter.atom', '/en/libraries/atlantis/news.atom']) {
      assert.equal((await app.inject(url)).statusCode, 404, url);
    }
  });
});
